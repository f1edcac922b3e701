// Posting slots: a channel's usual times to post, as a weekday and minute on the workspace clock.
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export function listPostingSlots(db: Executor, workspaceId: string, channelIds?: string[]) {
  let query = db.selectFrom('posting_slots').select(['id', 'channel_id', 'weekday', 'minute_of_day']).where('workspace_id', '=', workspaceId);
  if (channelIds !== undefined) {
    if (channelIds.length === 0) return Promise.resolve([]);
    query = query.where('channel_id', 'in', channelIds);
  }
  return query.orderBy('weekday').orderBy('minute_of_day').orderBy('channel_id').execute();
}

/** Adds a slot; an existing identical slot is kept as it is (returns its id). */
export async function insertPostingSlot(db: Executor, slot: { workspaceId: string; channelId: string; weekday: number; minuteOfDay: number }, now: number): Promise<string> {
  await db.insertInto('posting_slots').values({
    id: newId(now), workspace_id: slot.workspaceId, channel_id: slot.channelId, weekday: slot.weekday, minute_of_day: slot.minuteOfDay, created_at: now,
  }).onConflict((oc) => oc.columns(['channel_id', 'weekday', 'minute_of_day']).doNothing()).execute();
  const row = await db.selectFrom('posting_slots').select('id')
    .where('channel_id', '=', slot.channelId).where('weekday', '=', slot.weekday).where('minute_of_day', '=', slot.minuteOfDay).executeTakeFirstOrThrow();
  return row.id;
}

export async function deletePostingSlot(db: Executor, workspaceId: string, slotId: string): Promise<boolean> {
  const result = await db.deleteFrom('posting_slots').where('id', '=', slotId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
