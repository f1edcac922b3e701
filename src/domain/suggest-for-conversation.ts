// Suggestions for the conversation at hand: the newest follower message against the FAQ and
// the replies officers marked good (with the question each one answered).
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { findConversationInWorkspace } from '../store/repositories/conversations.js';
import { latestInbound } from '../store/repositories/replies.js';
import { DomainError } from './accounts.js';
import { rankSuggestions, type Suggestion, type SuggestionDocument } from './suggestions.js';

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

export async function suggestRepliesFor(db: Kysely<Database>, workspaceId: string, conversationId: string): Promise<Suggestion[]> {
  // The id comes from the path: a conversation of another workspace is "not found", never read.
  if ((await findConversationInWorkspace(db, workspaceId, conversationId)) === undefined) throw new DomainError('not_found', 'Conversation not found.');
  const inbound = await latestInbound(db, workspaceId, conversationId);
  if (inbound === undefined) return [];
  const faq = await db.selectFrom('knowledge_entries').select(['id', 'question', 'answer']).where('workspace_id', '=', workspaceId).limit(2_000).execute();
  const good = await db.selectFrom('messages as reply')
    .innerJoin('messages as asked', (join) => join.onRef('asked.network_message_id', '=', 'reply.parent_network_message_id').onRef('asked.channel_id', '=', 'reply.channel_id'))
    .leftJoin('contacts', 'contacts.id', 'asked.author_contact_id')
    .select(['reply.id', 'reply.text as answer', 'asked.text as question', 'contacts.display_name as askedBy'])
    .where('reply.workspace_id', '=', workspaceId).where('reply.marked_good', '=', 1).where('reply.direction', '=', 'outbound')
    .orderBy('reply.sent_at', 'desc').limit(2_000).execute();
  const documents: SuggestionDocument[] = [
    ...faq.map((entry) => ({ source: { type: 'faq' as const, id: entry.id, title: entry.question }, matchText: `${entry.question} ${entry.question} ${entry.answer}`, replyText: entry.answer })),
    ...good.map((row) => ({ source: { type: 'past_reply' as const, id: row.id, title: row.question }, matchText: row.question, replyText: withNamePlaceholder(row.answer, row.askedBy) })),
  ];
  return rankSuggestions(documents, inbound.text, 3);
}
