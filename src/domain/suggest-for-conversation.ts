// Suggestions for the conversation at hand: the newest follower message against the FAQ and
// the replies officers marked good (with the question each one answered).
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { findConversationInWorkspace } from '../store/repositories/conversations.js';
import { latestInbound } from '../store/repositories/replies.js';
import { listFaqForSuggestions, listGoodRepliesForSuggestions } from '../store/repositories/suggestion-sources.js';
import { DomainError } from './errors.js';
import { getBrandProfile } from './brand-profile.js';
import type { SuggestionContext } from './suggestion-rerank.js';
import { faqDocument, pastReplyDocument, rankSuggestions, type Suggestion } from './suggestions.js';

/** A past reply greets someone else: their name becomes {nama} again, for the officer to fill. */
export function withNamePlaceholder(text: string, name: string | null): string {
  if (name === null || name.trim() === '') return text;
  const variants = [name.trim(), name.trim().split(/\s+/)[0] ?? ''].filter((variant) => variant.length >= 2);
  let result = text;
  for (const variant of variants) {
    const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(escaped, 'giu'), '{nama}');
  }
  return result;
}

/** Language, intents and reasons from the analysis stored on the message (null before analysis). */
function storedUnderstanding(analysis: string | null): SuggestionContext['understanding'] {
  if (analysis === null) return undefined;
  try {
    const value = JSON.parse(analysis) as { language?: unknown; intents?: unknown; reasons?: unknown };
    const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
    return { language: typeof value.language === 'string' ? value.language : 'other', intents: strings(value.intents), reasons: strings(value.reasons) };
  } catch {
    return undefined;
  }
}

export async function suggestRepliesFor(db: Kysely<Database>, workspaceId: string, conversationId: string): Promise<Suggestion[]> {
  // The id comes from the path: a conversation of another workspace is "not found", never read.
  if ((await findConversationInWorkspace(db, workspaceId, conversationId)) === undefined) throw new DomainError('not_found', 'Conversation not found.', 'conversation.not_found');
  const inbound = await latestInbound(db, workspaceId, conversationId);
  if (inbound === undefined) return [];
  const faq = await listFaqForSuggestions(db, workspaceId);
  const good = await listGoodRepliesForSuggestions(db, workspaceId);
  const documents = [
    ...faq.map((entry) => faqDocument(entry.id, entry.question, entry.answer, entry.language)),
    ...good.map((row) => pastReplyDocument(row.id, row.question, withNamePlaceholder(row.answer, row.askedBy))),
  ];
  const profile = await getBrandProfile(db, workspaceId);
  const products = (profile.products ?? []).map((product) => ({ name: product.name, aliases: [product.name, ...(product.aliases ?? [])] }));
  const understanding = storedUnderstanding(inbound.analysis);
  return rankSuggestions(documents, inbound.text, 3, { products, ...(understanding === undefined ? {} : { understanding }) });
}
