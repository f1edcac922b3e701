// What officers and the scheduler change on a conversation after it exists: actions (assign,
// tag, snooze, close, spam) with their resolution events, notes, snooze wake-ups, re-ranking
// and breaches of the response target, and replies marked good.
import type { Insertable, Kysely } from 'kysely';
import type { ConversationRow, ConversationUpdate, Database, ReportingEventsTable } from '../schema.js';

export type NewReportingEvent = Insertable<ReportingEventsTable>;

/** Applies an officer's change, and the resolution event it caused if any, in one transaction. */
export async function applyConversationChange(db: Kysely<Database>, conversationId: string, change: ConversationUpdate, event: NewReportingEvent | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('conversations').set(change).where('id', '=', conversationId).execute();
    if (event !== null) await trx.insertInto('reporting_events').values(event).execute();
  });
}

export async function insertNote(db: Kysely<Database>, note: { id: string; workspace_id: string; conversation_id: string; user_id: string; text: string; created_at: number }): Promise<void> {
  await db.insertInto('notes').values(note).execute();
}

export function listDueSnoozed(db: Kysely<Database>, now: number): Promise<Array<Pick<ConversationRow, 'id' | 'workspace_id'>>> {
  return db.selectFrom('conversations').select(['id', 'workspace_id'])
    .where('status', '=', 'snoozed').where('snoozed_until', '<=', now).execute();
}

export async function wakeConversation(db: Kysely<Database>, conversationId: string, now: number): Promise<void> {
  await db.updateTable('conversations').set({ status: 'open', snoozed_until: null, updated_at: now }).where('id', '=', conversationId).execute();
}

/** Open, non-spam conversations still waiting for a first answer, with what ranks them. */
export function listWaitingConversations(db: Kysely<Database>) {
  return db.selectFrom('conversations')
    .leftJoin('contacts', 'contacts.id', 'conversations.contact_id')
    .select(['conversations.id', 'conversations.workspace_id', 'conversations.channel_id', 'conversations.first_response_due_at', 'conversations.awaiting_since',
      'conversations.breach_warned_at', 'conversations.last_intents', 'conversations.last_sentiment', 'conversations.last_emotion',
      'conversations.last_urgency', 'conversations.language', 'conversations.priority', 'conversations.priority_reasons', 'contacts.vip'])
    .where('conversations.unanswered', '=', 1).where('conversations.status', '=', 'open').where('conversations.spam', '=', 0)
    .execute();
}

export async function setConversationRank(db: Kysely<Database>, conversationId: string, rank: { priority: number; priority_reasons: string; breach_warned_at?: number }): Promise<void> {
  await db.updateTable('conversations').set(rank).where('id', '=', conversationId).execute();
}

export async function insertReportingEvent(db: Kysely<Database>, event: NewReportingEvent): Promise<void> {
  await db.insertInto('reporting_events').values(event).execute();
}

/** Returns false when this workspace's conversation has no outbound message with this id. */
export async function setReplyMarkedGood(db: Kysely<Database>, input: { workspaceId: string; conversationId: string; messageId: string; good: boolean }): Promise<boolean> {
  const result = await db.updateTable('messages').set({ marked_good: input.good ? 1 : 0 })
    .where('id', '=', input.messageId).where('conversation_id', '=', input.conversationId)
    .where('workspace_id', '=', input.workspaceId).where('direction', '=', 'outbound').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
