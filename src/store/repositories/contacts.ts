import type { Kysely } from 'kysely';
import type { ContactRow, Database } from '../schema.js';

export interface ContactHistory {
  contact: ContactRow;
  conversations: Array<{ id: string; last_message_at: number; status: string; last_intents: string; last_sentiment: string | null }>;
}

export async function contactHistory(db: Kysely<Database>, workspaceId: string, contactId: string): Promise<ContactHistory | null> {
  const contact = await db.selectFrom('contacts').selectAll().where('id', '=', contactId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (contact === undefined) return null;
  const conversations = await db.selectFrom('conversations').select(['id', 'last_message_at', 'status', 'last_intents', 'last_sentiment'])
    .where('contact_id', '=', contactId).orderBy('last_message_at', 'desc').limit(20).execute();
  return { contact, conversations };
}

export function listNotes(db: Kysely<Database>, conversationId: string) {
  return db.selectFrom('notes').leftJoin('users', 'users.id', 'notes.user_id')
    .select(['notes.id', 'notes.text', 'notes.created_at', 'users.name as author'])
    .where('notes.conversation_id', '=', conversationId).orderBy('notes.created_at').execute();
}
