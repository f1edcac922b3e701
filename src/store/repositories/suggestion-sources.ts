// What suggested replies are drawn from: the workspace's FAQ and the replies officers marked
// good, each with the follower message it answered (and who wrote it, to put {nama} back).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface FaqRow {
  id: string;
  question: string;
  answer: string;
  language: 'id' | 'en';
}

export interface GoodReplyRow {
  id: string;
  answer: string;
  question: string;
  askedBy: string | null;
}

export function listFaqForSuggestions(db: Kysely<Database>, workspaceId: string): Promise<FaqRow[]> {
  return db.selectFrom('knowledge_entries').select(['id', 'question', 'answer', 'language']).where('workspace_id', '=', workspaceId).limit(2_000).execute();
}

export function listGoodRepliesForSuggestions(db: Kysely<Database>, workspaceId: string): Promise<GoodReplyRow[]> {
  return db.selectFrom('messages as reply')
    .innerJoin('messages as asked', (join) => join.onRef('asked.network_message_id', '=', 'reply.parent_network_message_id').onRef('asked.channel_id', '=', 'reply.channel_id'))
    .leftJoin('contacts', 'contacts.id', 'asked.author_contact_id')
    .select(['reply.id', 'reply.text as answer', 'asked.text as question', 'contacts.display_name as askedBy'])
    .where('reply.workspace_id', '=', workspaceId).where('reply.marked_good', '=', 1).where('reply.direction', '=', 'outbound')
    .orderBy('reply.sent_at', 'desc').limit(2_000).execute();
}
