// Writes of the ingest pipeline. Every write is idempotent on the network's ids, so the
// same event delivered twice — or twice at once — yields one message.
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { ContactRow, ConversationRow, Database, NewMessage } from '../schema.js';
import { newId } from '../ids.js';
import { reusableQuery, type ReusableQuery } from '../reusable-query.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Rows per multi-row statement: few statements per batch, well under both databases' parameter limits. */
const rowsPerStatement = 100;

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

export interface ContactSighting {
  workspaceId: string;
  channelId: string;
  networkUserId: string;
  handle: string;
  displayName: string;
  seenAt: number;
}

const contactColumns = 7;
const upsertContactsQueries = new Map<number, ReusableQuery<Pick<ContactRow, 'id' | 'channel_id' | 'network_user_id' | 'vip'>>>();

function upsertContactsQuery(rows: number): ReusableQuery<Pick<ContactRow, 'id' | 'channel_id' | 'network_user_id' | 'vip'>> {
  let query = upsertContactsQueries.get(rows);
  if (query === undefined) {
    query = reusableQuery(rows * contactColumns, (db, ...params) => db.insertInto('contacts').values(Array.from({ length: rows }, (_, row) => {
      const at = (index: number): string => params[row * contactColumns + index] ?? '';
      // Sentinel strings stand in for every value, numbers included (see reusable-query.ts).
      const seenAt = at(6) as unknown as number;
      return {
        id: at(0), workspace_id: at(1), channel_id: at(2), network_user_id: at(3), handle: at(4), display_name: at(5),
        first_seen_at: seenAt, last_seen_at: seenAt, message_count: 0, vip: 0,
      };
    })).onConflict((oc) => oc.columns(['channel_id', 'network_user_id']).doUpdateSet((eb) => ({
      handle: eb.ref('excluded.handle'),
      display_name: eb.ref('excluded.display_name'),
      last_seen_at: sql<number>`case when contacts.last_seen_at > excluded.last_seen_at then contacts.last_seen_at else excluded.last_seen_at end`,
    }))).returning(['id', 'channel_id', 'network_user_id', 'vip']));
    upsertContactsQueries.set(rows, query);
  }
  return query;
}

/**
 * upsertContact for many followers in one statement per 100: each is created, or has its
 * name and last sighting refreshed. One sighting per follower (the first of a batch, as one by
 * one would upsert): a repeat is ignored, since PostgreSQL refuses to touch a row twice in
 * a statement. Returns each follower's contact.
 */
export async function upsertContacts(db: Executor, sightings: readonly ContactSighting[]): Promise<Array<Pick<ContactRow, 'id' | 'channel_id' | 'network_user_id' | 'vip'>>> {
  const key = (channelId: string, networkUserId: string): string => `${channelId}\u0000${networkUserId}`;
  const firsts = new Map<string, ContactSighting>();
  for (const sighting of sightings) if (!firsts.has(key(sighting.channelId, sighting.networkUserId))) firsts.set(key(sighting.channelId, sighting.networkUserId), sighting);
  const unique = [...firsts.values()];
  const contacts: Array<Pick<ContactRow, 'id' | 'channel_id' | 'network_user_id' | 'vip'>> = [];
  for (let start = 0; start < unique.length; start += rowsPerStatement) {
    const chunk = unique.slice(start, start + rowsPerStatement);
    const result = await upsertContactsQuery(chunk.length).execute(db, chunk.flatMap((sighting) => [
      newId(sighting.seenAt), sighting.workspaceId, sighting.channelId, sighting.networkUserId, sighting.handle, sighting.displayName, sighting.seenAt,
    ]));
    contacts.push(...result.rows);
  }
  return contacts;
}

const findConversationQuery = reusableQuery<ConversationRow>(2, (db, channelId, threadKey) =>
  db.selectFrom('conversations').selectAll().where('channel_id', '=', channelId).where('thread_key', '=', threadKey));

export async function findOrCreateConversation(
  db: Executor,
  input: { workspaceId: string; channelId: string; kind: 'thread' | 'direct'; threadKey: string; rootPostNetworkId: string | null; rootPostText: string | null; contactId: string; at: number },
): Promise<ConversationRow> {
  const find = async () => (await findConversationQuery.execute(db, [input.channelId, input.threadKey])).rows[0];
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

export interface NewConversationThread {
  workspaceId: string;
  channelId: string;
  kind: 'thread' | 'direct';
  threadKey: string;
  rootPostNetworkId: string | null;
  rootPostText: string | null;
  contactId: string;
  at: number;
}

const conversationColumns = 9;
const createConversationsQueries = new Map<number, ReusableQuery<ConversationRow>>();

function createConversationsQuery(rows: number): ReusableQuery<ConversationRow> {
  let query = createConversationsQueries.get(rows);
  if (query === undefined) {
    query = reusableQuery<ConversationRow>(rows * conversationColumns, (db, ...params) => db.insertInto('conversations').values(Array.from({ length: rows }, (_, row) => {
      const at = (index: number): string => params[row * conversationColumns + index] ?? '';
      // Sentinel strings stand in for every value, numbers included (see reusable-query.ts).
      const time = at(8) as unknown as number;
      return {
        id: at(0), workspace_id: at(1), channel_id: at(2), kind: at(3) as 'thread' | 'direct', thread_key: at(4),
        root_post_network_id: at(5), root_post_text: at(6), contact_id: at(7), status: 'open' as const,
        assignee_id: null, priority: 0, first_response_due_at: null, first_responded_at: null, last_inbound_at: null, last_message_at: time,
        unanswered: 0, snoozed_until: null, tags: '[]', last_intents: '[]', last_sentiment: null, last_emotion: null, last_urgency: null,
        language: null, created_at: time, updated_at: time,
      };
    })).onConflict((oc) => oc.columns(['channel_id', 'thread_key']).doNothing()).returningAll());
    createConversationsQueries.set(rows, query);
  }
  return query;
}

/**
 * findOrCreateConversation for many threads in one statement per 100 (plus a read for any
 * created meanwhile by another process). The first entry of a thread decides its creation.
 * Returns the conversation of every thread.
 */
export async function findOrCreateConversations(db: Executor, threads: readonly NewConversationThread[]): Promise<ConversationRow[]> {
  const key = (channelId: string, threadKey: string): string => `${channelId}\u0000${threadKey}`;
  const firsts = new Map<string, NewConversationThread>();
  for (const thread of threads) if (!firsts.has(key(thread.channelId, thread.threadKey))) firsts.set(key(thread.channelId, thread.threadKey), thread);
  const unique = [...firsts.values()];
  const conversations = new Map<string, ConversationRow>();
  for (let start = 0; start < unique.length; start += rowsPerStatement) {
    const chunk = unique.slice(start, start + rowsPerStatement);
    const result = await createConversationsQuery(chunk.length).execute(db, chunk.flatMap((thread) => [
      newId(thread.at), thread.workspaceId, thread.channelId, thread.kind, thread.threadKey, thread.rootPostNetworkId, thread.rootPostText, thread.contactId, thread.at,
    ]));
    for (const row of result.rows) conversations.set(key(row.channel_id, row.thread_key), row);
  }
  // Created at the same moment by a concurrent delivery: read the winners' rows.
  const missing = new Map<string, string[]>();
  for (const thread of unique) {
    if (conversations.has(key(thread.channelId, thread.threadKey))) continue;
    missing.set(thread.channelId, [...(missing.get(thread.channelId) ?? []), thread.threadKey]);
  }
  for (const [channelId, threadKeys] of missing) {
    for (const row of await findConversations(db, channelId, threadKeys)) conversations.set(key(channelId, row.thread_key), row);
  }
  for (const thread of unique) if (!conversations.has(key(thread.channelId, thread.threadKey))) throw new Error(`conversation ${thread.threadKey} vanished`);
  return [...conversations.values()];
}

export type NewInboundMessage = Pick<NewMessage, (typeof inboundColumns)[number]>;

const inboundColumns = ['id', 'workspace_id', 'conversation_id', 'channel_id', 'kind', 'network_message_id', 'parent_network_message_id',
  'author_contact_id', 'text', 'sent_at', 'received_at', 'analysis'] as const;

/** Rows per multi-row insert: few statements per batch, well under both databases' parameter limits. */
const inboundRowsPerInsert = 100;
const insertInboundQueries = new Map<number, ReusableQuery<{ id: string }>>();

function insertInboundQuery(rows: number): ReusableQuery<{ id: string }> {
  let query = insertInboundQueries.get(rows);
  if (query === undefined) {
    query = reusableQuery<{ id: string }>(rows * inboundColumns.length, (db, ...params) =>
      db.insertInto('messages').values(Array.from({ length: rows }, (_, row) => ({
        // Sentinel strings stand in for every value here, numbers included (see reusable-query.ts).
        ...(Object.fromEntries(inboundColumns.map((column, index) => [column, params[row * inboundColumns.length + index]])) as unknown as NewInboundMessage),
        direction: 'inbound' as const, author_user_id: null, delivery_state: 'received' as const, idempotency_key: null, error: null,
        edited_at: null, deleted_at: null, history: '[]',
      }))).onConflict((oc) => oc.columns(['channel_id', 'network_message_id']).doNothing()).returning('id'));
    insertInboundQueries.set(rows, query);
  }
  return query;
}

/**
 * Inserts inbound messages, skipping any whose network id the channel already has (or that
 * repeats an earlier row of the same call). Returns the ids of the rows actually inserted.
 */
export async function insertInboundMessages(db: Executor, messages: readonly NewInboundMessage[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let start = 0; start < messages.length; start += inboundRowsPerInsert) {
    const chunk = messages.slice(start, start + inboundRowsPerInsert);
    const args = chunk.flatMap((message) => inboundColumns.map((column) => message[column] ?? null));
    const result = await insertInboundQuery(chunk.length).execute(db, args);
    for (const row of result.rows) inserted.add(row.id);
  }
  return inserted;
}

/** Rows per multi-row update: few statements per batch, well under both databases' parameter limits. */
const rowsPerUpdate = 100;

/**
 * The rows of a multi-row update, as a VALUES list both databases read the same way: its
 * columns are column1, column2, … on SQLite and PostgreSQL alike, and each value is cast so
 * PostgreSQL knows its type (a bare parameter in VALUES would be text).
 */
function valuesList(rows: ReadonlyArray<readonly unknown[]>, types: readonly string[]) {
  return sql`(values ${sql.join(rows.map((row) => sql`(${sql.join(row.map((value, index) => sql`cast(${value} as ${sql.raw(types[index] ?? 'text')})`))})`))})`;
}

const contactMessagesQueries = new Map<number, ReusableQuery<never>>();

function contactMessagesQuery(rows: number): ReusableQuery<never> {
  let query = contactMessagesQueries.get(rows);
  if (query === undefined) {
    query = reusableQuery<never>(rows * 5, (db, ...params) => {
      const values = valuesList(Array.from({ length: rows }, (_, row) => params.slice(row * 5, row * 5 + 5)), ['text', 'integer', 'text', 'text', 'bigint']);
      return { compile: () => sql<never>`update contacts set message_count = contacts.message_count + v.column2, handle = v.column3, display_name = v.column4,
        last_seen_at = case when contacts.last_seen_at > v.column5 then contacts.last_seen_at else v.column5 end
        from ${values} as v where contacts.id = v.column1`.compile(db) };
    });
    contactMessagesQueries.set(rows, query);
  }
  return query;
}

/** Counts stored messages per author and refreshes what the network last said about them: one statement per 100 authors. */
export async function recordContactMessages(db: Executor, touches: ReadonlyArray<{ id: string; count: number; handle: string; displayName: string; seenAt: number }>): Promise<void> {
  for (let start = 0; start < touches.length; start += rowsPerUpdate) {
    const chunk = touches.slice(start, start + rowsPerUpdate);
    await contactMessagesQuery(chunk.length).execute(db, chunk.flatMap((touch) => [touch.id, touch.count, touch.handle, touch.displayName, touch.seenAt]));
  }
}

/** What an inbound message changes on its conversation. */
export interface InboundConversationUpdate {
  status: ConversationRow['status'];
  contact_id: string;
  awaiting_since: number;
  first_response_due_at: number | null;
  last_inbound_at: number;
  last_message_at: number;
  last_intents: string;
  last_sentiment: string | null;
  last_emotion: string | null;
  last_urgency: string | null;
  language: string | null;
  priority: number;
  priority_reasons: string;
  updated_at: number;
}

const conversationUpdateColumns = ['status', 'contact_id', 'awaiting_since', 'first_response_due_at', 'last_inbound_at', 'last_message_at', 'last_intents',
  'last_sentiment', 'last_emotion', 'last_urgency', 'language', 'priority', 'priority_reasons', 'updated_at'] as const satisfies ReadonlyArray<keyof InboundConversationUpdate>;

const conversationUpdateTypes = ['text', 'text', 'bigint', 'bigint', 'bigint', 'bigint', 'text', 'text', 'text', 'text', 'text', 'double precision', 'text', 'bigint'] as const;

const conversationUpdateQueries = new Map<number, ReusableQuery<never>>();
const conversationUpdateWidth = conversationUpdateColumns.length + 1;

function conversationUpdateQuery(rows: number): ReusableQuery<never> {
  let query = conversationUpdateQueries.get(rows);
  if (query === undefined) {
    query = reusableQuery<never>(rows * conversationUpdateWidth, (db, ...params) => {
      const assignments = sql.join(conversationUpdateColumns.map((column, index) => sql`${sql.ref(column)} = v.${sql.raw(`column${index + 2}`)}`));
      const values = valuesList(Array.from({ length: rows }, (_, row) => params.slice(row * conversationUpdateWidth, (row + 1) * conversationUpdateWidth)), ['text', ...conversationUpdateTypes]);
      return { compile: () => sql<never>`update conversations set ${assignments}, snoozed_until = null, unanswered = 1, resolved_at = null
        from ${values} as v where conversations.id = v.column1`.compile(db) };
    });
    conversationUpdateQueries.set(rows, query);
  }
  return query;
}

/** What inbound messages changed on their conversations, each conversation once: one statement per 100 conversations. */
export async function applyInboundToConversations(db: Executor, updates: ReadonlyArray<{ id: string; update: InboundConversationUpdate }>): Promise<void> {
  for (let start = 0; start < updates.length; start += rowsPerUpdate) {
    const chunk = updates.slice(start, start + rowsPerUpdate);
    await conversationUpdateQuery(chunk.length).execute(db, chunk.flatMap(({ id, update }) => [id, ...conversationUpdateColumns.map((column) => update[column])]));
  }
}

const findConversationsQuery = new Map<number, ReusableQuery<ConversationRow>>();

/** The conversations of these threads of one channel that exist (one statement per 500 threads). */
export async function findConversations(db: Executor, channelId: string, threadKeys: readonly string[]): Promise<ConversationRow[]> {
  const found: ConversationRow[] = [];
  for (let start = 0; start < threadKeys.length; start += 500) {
    const keys = threadKeys.slice(start, start + 500);
    // Padded to a multiple of 50 with repeats (harmless in IN): a few statement shapes, each prepared once.
    while (keys.length % 50 !== 0) keys.push(keys[keys.length - 1] ?? '');
    let query = findConversationsQuery.get(keys.length);
    if (query === undefined) {
      query = reusableQuery<ConversationRow>(keys.length + 1, (executor, channel, ...threads) =>
        executor.selectFrom('conversations').selectAll().where('channel_id', '=', channel ?? '').where('thread_key', 'in', threads));
      findConversationsQuery.set(keys.length, query);
    }
    found.push(...(await query.execute(db, [channelId, ...keys])).rows);
  }
  return found;
}

export function findMessageByNetworkId(db: Executor, channelId: string, networkMessageId: string) {
  return db.selectFrom('messages').selectAll().where('channel_id', '=', channelId).where('network_message_id', '=', networkMessageId).executeTakeFirst();
}

/** Any constant works: the key only has to be the same in every Sapa process. */
const ingestLockKey = 0x5a7a_0001;

/**
 * On PostgreSQL, one ingest transaction at a time across processes (a transaction-level
 * advisory lock, released at commit). SQLite has a single writer already.
 */
export async function serializeIngest(trx: Transaction<Database>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${ingestLockKey})`.execute(trx);
}

/** How many messages a channel holds per network id, for the given ids (checks that nothing was lost or doubled). */
export async function messageCountsByNetworkId(db: Executor, channelId: string, networkMessageIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  // In slices: SQLite allows a limited number of bound parameters per statement.
  for (let start = 0; start < networkMessageIds.length; start += 500) {
    const rows = await db.selectFrom('messages').select(['network_message_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('channel_id', '=', channelId).where('network_message_id', 'in', networkMessageIds.slice(start, start + 500))
      .groupBy('network_message_id').execute();
    for (const row of rows) if (row.network_message_id !== null) counts.set(row.network_message_id, Number(row.n));
  }
  return counts;
}

/** An edit or delete of a stored message: its new state (the old text kept in `history`), and the conversation touched. */
export async function applyMessageRevision(
  trx: Executor, target: { id: string; conversation_id: string },
  change: { deleted_at: number; history: string } | { text: string; edited_at: number; history: string; analysis: string | null },
  now: number,
): Promise<void> {
  await trx.updateTable('messages').set(change).where('id', '=', target.id).execute();
  await trx.updateTable('conversations').set({ updated_at: now }).where('id', '=', target.conversation_id).execute();
}

/** Every message in the database (the ingest benchmark checks that none was lost or doubled). */
export async function countAllMessages(db: Executor): Promise<number> {
  const row = await db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
