// Writes of the ingest pipeline. Every write is idempotent on the network's ids, so the
// same event delivered twice — or twice at once — yields one message.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ContactRow, ConversationRow, Database, NewMessage } from '../schema.js';
import { newId } from '../ids.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function upsertContact(
  db: Executor,
  input: { workspaceId: string; channelId: string; networkUserId: string; handle: string; displayName: string; seenAt: number },
): Promise<ContactRow> {
  return db.insertInto('contacts').values({
    id: newId(input.seenAt), workspace_id: input.workspaceId, channel_id: input.channelId, network_user_id: input.networkUserId,
    handle: input.handle, display_name: input.displayName, first_seen_at: input.seenAt, last_seen_at: input.seenAt, message_count: 0, vip: 0,
  }).onConflict((oc) => oc.columns(['channel_id', 'network_user_id']).doUpdateSet({
    handle: input.handle,
    display_name: input.displayName,
    last_seen_at: sql<number>`case when contacts.last_seen_at > ${input.seenAt} then contacts.last_seen_at else ${input.seenAt} end`,
  })).returningAll().executeTakeFirstOrThrow();
}

export async function findOrCreateConversation(
  db: Executor,
  input: { workspaceId: string; channelId: string; kind: 'thread' | 'direct'; threadKey: string; rootPostNetworkId: string | null; rootPostText: string | null; contactId: string; at: number },
): Promise<ConversationRow> {
  const find = () => db.selectFrom('conversations').selectAll().where('channel_id', '=', input.channelId).where('thread_key', '=', input.threadKey).executeTakeFirst();
  // Most events land in a thread that exists: a read is far cheaper than an upsert that rewrites the row.
  const existing = await find();
  if (existing !== undefined) return existing;
  const created = await db.insertInto('conversations').values({
    id: newId(input.at), workspace_id: input.workspaceId, channel_id: input.channelId, kind: input.kind, thread_key: input.threadKey,
    root_post_network_id: input.rootPostNetworkId, root_post_text: input.rootPostText, contact_id: input.contactId, status: 'open',
    assignee_id: null, priority: 0, first_response_due_at: null, first_responded_at: null, last_inbound_at: null, last_message_at: input.at,
    unanswered: 0, snoozed_until: null, tags: '[]', last_intents: '[]', last_sentiment: null, last_emotion: null, last_urgency: null,
    language: null, created_at: input.at, updated_at: input.at,
  }).onConflict((oc) => oc.columns(['channel_id', 'thread_key']).doNothing()).returningAll().executeTakeFirst();
  // Created at the same moment by a concurrent delivery: read the winner's row.
  return created ?? (await find()) ?? Promise.reject(new Error(`conversation ${input.threadKey} vanished`));
}

/** Returns false when a message with the same network id already exists on the channel. */
export async function insertMessageOnce(db: Executor, message: NewMessage): Promise<boolean> {
  const result = await db.insertInto('messages').values(message)
    .onConflict((oc) => oc.columns(['channel_id', 'network_message_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Counts a stored message and refreshes what the network says about its author. */
export async function recordContactMessage(db: Executor, contactId: string, author: { handle: string; displayName: string; seenAt: number }): Promise<void> {
  await db.updateTable('contacts').set((eb) => ({
    message_count: eb('message_count', '+', 1),
    handle: author.handle,
    display_name: author.displayName,
    last_seen_at: sql<number>`case when last_seen_at > ${author.seenAt} then last_seen_at else ${author.seenAt} end`,
  })).where('id', '=', contactId).execute();
}

export function findMessageByNetworkId(db: Executor, channelId: string, networkMessageId: string) {
  return db.selectFrom('messages').selectAll().where('channel_id', '=', channelId).where('network_message_id', '=', networkMessageId).executeTakeFirst();
}
