// Suggestions for the conversation at hand: the newest follower message against the FAQ and
// the replies officers marked good (with the question each one answered).
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { latestInbound } from '../store/repositories/replies.js';
import { rankSuggestions, type Suggestion, type SuggestionDocument } from './suggestions.js';

export async function suggestRepliesFor(db: Kysely<Database>, workspaceId: string, conversationId: string): Promise<Suggestion[]> {
  const inbound = await latestInbound(db, conversationId);
  if (inbound === undefined) return [];
  const faq = await db.selectFrom('knowledge_entries').select(['id', 'question', 'answer']).where('workspace_id', '=', workspaceId).limit(2_000).execute();
  const good = await db.selectFrom('messages as reply')
    .innerJoin('messages as asked', (join) => join.onRef('asked.network_message_id', '=', 'reply.parent_network_message_id').onRef('asked.channel_id', '=', 'reply.channel_id'))
    .select(['reply.id', 'reply.text as answer', 'asked.text as question'])
    .where('reply.workspace_id', '=', workspaceId).where('reply.marked_good', '=', 1).where('reply.direction', '=', 'outbound')
    .orderBy('reply.sent_at', 'desc').limit(2_000).execute();
  const documents: SuggestionDocument[] = [
    ...faq.map((entry) => ({ source: { type: 'faq' as const, id: entry.id, title: entry.question }, matchText: `${entry.question} ${entry.question} ${entry.answer}`, replyText: entry.answer })),
    ...good.map((row) => ({ source: { type: 'past_reply' as const, id: row.id, title: row.question }, matchText: row.question, replyText: row.answer })),
  ];
  return rankSuggestions(documents, inbound.text, 3);
}
