// Personal data of one contact (UU 27/2022 PDP): everything stored about them, for an export,
// and the erasure of it (texts, names, handles, notes), which keeps the rows that aggregate
// counts rest on. Also the retention sweep's batches of old message texts. Every lookup is
// scoped to the workspace.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export function findContactInWorkspace(db: Executor, workspaceId: string, contactId: string) {
  return db.selectFrom('contacts').innerJoin('channels', 'channels.id', 'contacts.channel_id')
    .selectAll('contacts').select(['channels.network', 'channels.handle as channel_handle'])
    .where('contacts.id', '=', contactId).where('contacts.workspace_id', '=', workspaceId).executeTakeFirst();
}

export type ContactWithChannel = NonNullable<Awaited<ReturnType<typeof findContactInWorkspace>>>;

function contactConversationIds(db: Executor, workspaceId: string, contactId: string) {
  return db.selectFrom('conversations').select('id').where('workspace_id', '=', workspaceId).where('contact_id', '=', contactId);
}

/** Everything stored about the contact, in the order an export lists it. */
export async function contactDataRows(db: Executor, workspaceId: string, contact: ContactWithChannel) {
  const conversations = await db.selectFrom('conversations')
    .select(['id', 'kind', 'status', 'tags', 'root_post_text', 'created_at', 'last_message_at'])
    .where('workspace_id', '=', workspaceId).where('contact_id', '=', contact.id).orderBy('created_at').orderBy('id').execute();
  // Their own messages anywhere, and what the brand wrote in their conversations.
  const messages = await db.selectFrom('messages')
    .select(['id', 'conversation_id', 'direction', 'kind', 'network_message_id', 'text', 'sent_at', 'received_at', 'edited_at', 'deleted_at', 'history', 'analysis'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('author_contact_id', '=', contact.id), eb('conversation_id', 'in', contactConversationIds(db, workspaceId, contact.id))]))
    .orderBy('sent_at').orderBy('id').execute();
  const notes = await db.selectFrom('notes').leftJoin('users', 'users.id', 'notes.user_id')
    .select(['notes.id', 'notes.conversation_id', 'notes.text', 'notes.created_at', 'users.name as author'])
    .where('notes.workspace_id', '=', workspaceId).where('notes.conversation_id', 'in', contactConversationIds(db, workspaceId, contact.id))
    .orderBy('notes.created_at').orderBy('notes.id').execute();
  const loyalty = await db.selectFrom('contact_loyalty').selectAll().where('workspace_id', '=', workspaceId).where('contact_id', '=', contact.id).executeTakeFirst();
  const loyaltyMoves = await db.selectFrom('loyalty_moves').select(['from_stage', 'to_stage', 'at'])
    .where('workspace_id', '=', workspaceId).where('contact_id', '=', contact.id).orderBy('at').execute();
  const listeningPosts = await db.selectFrom('listening_posts').select(['id', 'network_post_id', 'text', 'url', 'sent_at', 'found_at'])
    .where('workspace_id', '=', workspaceId).where('channel_id', '=', contact.channel_id).where('author_network_id', '=', contact.network_user_id)
    .orderBy('sent_at').execute();
  return { conversations, messages, notes, loyalty: loyalty ?? null, loyaltyMoves, listeningPosts };
}

/** Id and stored analysis of the messages an erasure of the contact clears. */
export function contactMessagesToErase(db: Executor, workspaceId: string, contactId: string) {
  return db.selectFrom('messages').select(['id', 'analysis'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('author_contact_id', '=', contactId), eb('conversation_id', 'in', contactConversationIds(db, workspaceId, contactId))]))
    .execute();
}

export const erasedContactName = 'Erased contact';

/**
 * The contact becomes a tombstone: no name, handle or network id (a later message from the same
 * person makes a new contact), its counts and dates kept. Their notes and listening posts go.
 */
export async function eraseContactDetails(trx: Transaction<Database>, workspaceId: string, contact: ContactWithChannel): Promise<{ notes: number; listeningPosts: number; conversations: number }> {
  const conversationIds = (await contactConversationIds(trx, workspaceId, contact.id).execute()).map((row) => row.id);
  const notes = conversationIds.length === 0 ? 0
    : Number((await trx.deleteFrom('notes').where('workspace_id', '=', workspaceId).where('conversation_id', 'in', conversationIds).executeTakeFirst()).numDeletedRows);
  const listening = await trx.updateTable('listening_posts')
    .set({ text: '', author_handle: '', author_name: erasedContactName, author_network_id: `erased:${contact.id}`, url: null, analysis: null })
    .where('workspace_id', '=', workspaceId).where('channel_id', '=', contact.channel_id).where('author_network_id', '=', contact.network_user_id)
    .executeTakeFirst();
  await trx.updateTable('contacts')
    .set({ handle: '', display_name: erasedContactName, network_user_id: `erased:${contact.id}`, vip: 0 })
    .where('id', '=', contact.id).where('workspace_id', '=', workspaceId).execute();
  return { notes, listeningPosts: Number(listening.numUpdatedRows), conversations: conversationIds.length };
}

/**
 * Clears the texts (and earlier versions) of these messages of the workspace and stores the
 * analysis given per message (labels only). Messages with the same analysis share one update.
 */
export async function eraseMessageTexts(trx: Transaction<Database>, workspaceId: string, analysisById: ReadonlyMap<string, string | null>): Promise<number> {
  const groups = new Map<string | null, string[]>();
  for (const [id, analysis] of analysisById) groups.set(analysis, [...(groups.get(analysis) ?? []), id]);
  let erased = 0;
  for (const [analysis, ids] of groups) {
    for (let start = 0; start < ids.length; start += 500) {
      const result = await trx.updateTable('messages').set({ text: '', history: '[]', analysis })
        .where('workspace_id', '=', workspaceId).where('id', 'in', ids.slice(start, start + 500)).executeTakeFirst();
      erased += Number(result.numUpdatedRows);
    }
  }
  return erased;
}

/** Workspaces whose retention setting is stored, with its JSON value. */
export function retentionSettings(db: Executor, key: string) {
  return db.selectFrom('workspace_settings').select(['workspace_id', 'value']).where('key', '=', key).execute();
}

/**
 * The next messages of the workspace stored before `beforeId` and after `afterId` (ids are
 * time-ordered, so this walks the primary key once; already-cleared ones are skipped).
 */
export function messagesStoredBefore(db: Executor, workspaceId: string, afterId: string, beforeId: string, limit: number) {
  return db.selectFrom('messages').select(['id', 'analysis', 'text', 'history'])
    .where('workspace_id', '=', workspaceId).where('id', '>', afterId).where('id', '<', beforeId)
    .orderBy('id').limit(limit).execute();
}
