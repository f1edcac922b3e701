// Inbox reads. The list query is shaped for conversations_inbox_idx (workspace, status,
// priority, last message): the busiest query of the product.
import type { Kysely } from 'kysely';
import type { ChannelRow, ContactRow, ConversationRow, Database, MessageRow } from '../schema.js';

export interface ConversationListFilter {
  workspaceId: string;
  status: 'open' | 'snoozed' | 'closed' | 'all';
  channelId?: string;
  unansweredOnly?: boolean;
  intent?: string;
  sentiment?: string;
  emotion?: string;
  urgency?: string;
  language?: string;
  tag?: string;
  /** The contact's loyalty stage (contact_loyalty, kept by the Insights rollup). */
  loyaltyStage?: string;
  /** A user id, or null for unassigned conversations. */
  assigneeId?: string | null;
  /** Against the first-response target at `now`. */
  target?: { state: 'breached' | 'due_soon' | 'ok'; now: number; dueSoonMs: number };
  spam?: boolean;
  /** Matches the contact's name or handle. */
  search?: string;
  limit: number;
  /** Opaque cursor from a previous page: `<priority>:<last_message_at>:<id>`. */
  cursor?: string;
}

export interface ConversationListRow extends ConversationRow {
  channel_network: string | null;
  channel_handle: string | null;
  contact_display_name: string | null;
  contact_handle: string | null;
  last_text: string | null;
  last_direction: 'inbound' | 'outbound' | null;
  last_sent_at: number | null;
}

function decodeCursor(cursor: string): { priority: number; lastMessageAt: number; id: string } | null {
  const [priority, lastMessageAt, id] = cursor.split(':');
  if (priority === undefined || lastMessageAt === undefined || id === undefined) return null;
  const p = Number(priority);
  const t = Number(lastMessageAt);
  return Number.isFinite(p) && Number.isFinite(t) ? { priority: p, lastMessageAt: t, id } : null;
}

export function encodeCursor(row: ConversationRow): string {
  return `${row.priority}:${row.last_message_at}:${row.id}`;
}

export async function listConversations(db: Kysely<Database>, filter: ConversationListFilter): Promise<ConversationListRow[]> {
  // Conversations only, with scalar subqueries for the channel, contact and last message: a
  // join would let the planner start from another table and sort every match before the limit.
  let query = db.selectFrom('conversations')
    .selectAll('conversations')
    .select((eb) => [
      eb.selectFrom('channels').select('network').whereRef('channels.id', '=', 'conversations.channel_id').as('channel_network'),
      eb.selectFrom('channels').select('handle').whereRef('channels.id', '=', 'conversations.channel_id').as('channel_handle'),
      eb.selectFrom('contacts').select('display_name').whereRef('contacts.id', '=', 'conversations.contact_id').as('contact_display_name'),
      eb.selectFrom('contacts').select('handle').whereRef('contacts.id', '=', 'conversations.contact_id').as('contact_handle'),
      eb.selectFrom('messages').select('text').whereRef('messages.conversation_id', '=', 'conversations.id')
        .orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(1).as('last_text'),
      eb.selectFrom('messages').select('direction').whereRef('messages.conversation_id', '=', 'conversations.id')
        .orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(1).as('last_direction'),
      eb.selectFrom('messages').select('sent_at').whereRef('messages.conversation_id', '=', 'conversations.id')
        .orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(1).as('last_sent_at'),
    ])
    .where('conversations.workspace_id', '=', filter.workspaceId);
  if (filter.status !== 'all') query = query.where('conversations.status', '=', filter.status);
  if (filter.channelId !== undefined) query = query.where('conversations.channel_id', '=', filter.channelId);
  if (filter.unansweredOnly === true) query = query.where('conversations.unanswered', '=', 1);
  query = query.where('conversations.spam', '=', filter.spam === true ? 1 : 0);
  // Intents and tags are JSON arrays of plain words: a quoted LIKE matches one element exactly.
  if (filter.intent !== undefined) query = query.where('conversations.last_intents', 'like', `%"${filter.intent}"%`);
  if (filter.tag !== undefined) query = query.where('conversations.tags', 'like', `%${JSON.stringify(filter.tag).replace(/[%_]/g, '')}%`);
  if (filter.sentiment !== undefined) query = query.where('conversations.last_sentiment', '=', filter.sentiment);
  if (filter.emotion !== undefined) query = query.where('conversations.last_emotion', '=', filter.emotion);
  if (filter.urgency !== undefined) query = query.where('conversations.last_urgency', '=', filter.urgency);
  if (filter.language !== undefined) query = query.where('conversations.language', '=', filter.language);
  if (filter.loyaltyStage !== undefined) {
    const stage = filter.loyaltyStage;
    query = query.where('conversations.contact_id', 'in', (eb) => eb.selectFrom('contact_loyalty').select('contact_loyalty.contact_id')
      .where('contact_loyalty.workspace_id', '=', filter.workspaceId).where('contact_loyalty.stage', '=', stage));
  }
  if (filter.assigneeId !== undefined) {
    query = filter.assigneeId === null ? query.where('conversations.assignee_id', 'is', null) : query.where('conversations.assignee_id', '=', filter.assigneeId);
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const pattern = `%${filter.search.trim().toLowerCase().replace(/[%_]/g, '')}%`;
    query = query.where('conversations.contact_id', 'in', (eb) => eb.selectFrom('contacts').select('contacts.id')
      .where('contacts.workspace_id', '=', filter.workspaceId)
      .where((inner) => inner.or([inner(inner.fn('lower', ['contacts.display_name']), 'like', pattern), inner(inner.fn('lower', ['contacts.handle']), 'like', pattern)])));
  }
  if (filter.target !== undefined) {
    const { state, now, dueSoonMs } = filter.target;
    query = query.where('conversations.unanswered', '=', 1);
    if (state === 'breached') query = query.where('conversations.first_response_due_at', '<=', now);
    else if (state === 'due_soon') query = query.where('conversations.first_response_due_at', '>', now).where('conversations.first_response_due_at', '<=', now + dueSoonMs);
    else query = query.where('conversations.first_response_due_at', '>', now + dueSoonMs);
  }
  const after = filter.cursor === undefined ? null : decodeCursor(filter.cursor);
  if (after !== null) {
    query = query.where((eb) => eb.or([
      eb('conversations.priority', '<', after.priority),
      eb.and([eb('conversations.priority', '=', after.priority), eb('conversations.last_message_at', '<', after.lastMessageAt)]),
      eb.and([eb('conversations.priority', '=', after.priority), eb('conversations.last_message_at', '=', after.lastMessageAt), eb('conversations.id', '<', after.id)]),
    ]));
  }
  return query.orderBy('conversations.priority', 'desc').orderBy('conversations.last_message_at', 'desc').orderBy('conversations.id', 'desc')
    .limit(filter.limit).execute();
}

export interface ConversationDetail {
  conversation: ConversationRow;
  channel: ChannelRow;
  contact: ContactRow | null;
  messages: Array<MessageRow & { author_display_name: string | null; author_handle: string | null }>;
}

/** A conversation by id, only if it belongs to the workspace (ids from a path are never trusted alone). */
export function findConversationInWorkspace(db: Kysely<Database>, workspaceId: string, id: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversations').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
}

export async function getConversationDetail(db: Kysely<Database>, workspaceId: string, id: string): Promise<ConversationDetail | null> {
  const conversation = await findConversationInWorkspace(db, workspaceId, id);
  if (conversation === undefined) return null;
  const channel = await db.selectFrom('channels').selectAll().where('id', '=', conversation.channel_id).executeTakeFirstOrThrow();
  const contact = conversation.contact_id === null ? null
    : (await db.selectFrom('contacts').selectAll().where('id', '=', conversation.contact_id).executeTakeFirst()) ?? null;
  const messages = await db.selectFrom('messages')
    .leftJoin('contacts', 'contacts.id', 'messages.author_contact_id')
    .selectAll('messages')
    .select(['contacts.display_name as author_display_name', 'contacts.handle as author_handle'])
    .where('messages.conversation_id', '=', id)
    .orderBy('messages.sent_at').orderBy('messages.id')
    .execute();
  return { conversation, channel, contact, messages };
}

export interface InboxCounts {
  unansweredQuestions: number;
  unanswered: number;
  breaching: number;
  open: number;
  mine: number;
}

export async function countInbox(db: Kysely<Database>, workspaceId: string, userId: string, now: number): Promise<InboxCounts> {
  const row = await db.selectFrom('conversations')
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when('unanswered', '=', 1).then(1).else(0).end()).as('unanswered'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('unanswered', '=', 1), eb('last_intents', 'like', '%"question"%')])).then(1).else(0).end()).as('unansweredQuestions'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('unanswered', '=', 1), eb('first_response_due_at', '<=', now)])).then(1).else(0).end()).as('breaching'),
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('assignee_id', '=', userId).then(1).else(0).end()).as('mine'),
    ])
    .where('workspace_id', '=', workspaceId).where('status', '=', 'open').where('spam', '=', 0)
    .executeTakeFirstOrThrow();
  return {
    unansweredQuestions: Number(row.unansweredQuestions ?? 0), unanswered: Number(row.unanswered ?? 0),
    breaching: Number(row.breaching ?? 0), open: Number(row.open ?? 0), mine: Number(row.mine ?? 0),
  };
}

/** Where a reply in this conversation goes: a DM needs the thread and the follower's id and handle. */
export function findReplyAddress(db: Kysely<Database>, workspaceId: string, conversationId: string): Promise<{ kind: 'thread' | 'direct'; thread_key: string; network_user_id: string | null; handle: string | null } | undefined> {
  return db.selectFrom('conversations')
    .leftJoin('contacts', 'contacts.id', 'conversations.contact_id')
    .select(['conversations.kind', 'conversations.thread_key', 'contacts.network_user_id', 'contacts.handle'])
    .where('conversations.id', '=', conversationId).where('conversations.workspace_id', '=', workspaceId)
    .executeTakeFirst();
}
