// Posting slots (a channel's usual times, on the workspace clock) and "add to the next free
// slot": the post goes to the earliest slot of its channels that no other post holds and that
// the same guard and pacing checks as scheduling allow.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../store/repositories/audit.js';
import { takenTimesOnChannels } from '../../store/repositories/calendar.js';
import { listChannels } from '../../store/repositories/channels.js';
import { deletePostingSlot, insertPostingSlot, listPostingSlots } from '../../store/repositories/posting-slots.js';
import { findWorkspace } from '../../store/repositories/workspaces.js';
import type { Database, Role } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import type { AppDeps } from '../deps.js';
import { DomainError } from '../errors.js';
import { PostPacingHoldError, schedulePost } from '../posts-schedule.js';
import { getPost, type PostWithVariants } from '../posts.js';
import { upcomingSlotTimes } from './next-slot.js';

export interface PostingSlot { id: string; channelId: string; weekday: number; minuteOfDay: number }

const searchMs = 56 * 24 * 3600_000;
// A pacing hold on one slot moves on to the next; a post the rules never allow stops here.
const maxPacingTries = 30;

export async function listSlots(db: Kysely<Database>, workspaceId: string): Promise<PostingSlot[]> {
  return (await listPostingSlots(db, workspaceId)).map((row) => ({ id: row.id, channelId: row.channel_id, weekday: row.weekday, minuteOfDay: row.minute_of_day }));
}

export async function addSlot(db: Kysely<Database>, input: { workspaceId: string; userId: string | null; channelId: string; weekday: number; minuteOfDay: number }, now = Date.now()): Promise<PostingSlot> {
  const channels = await listChannels(db, input.workspaceId);
  if (!channels.some((channel) => channel.id === input.channelId)) throw new DomainError('invalid_input', `channelId: ${input.channelId} is not a channel of this workspace`);
  const id = await inTransaction(db, async (trx) => {
    const slotId = await insertPostingSlot(trx, input, now);
    await recordAudit(trx, { workspaceId: input.workspaceId, actorUserId: input.userId, action: 'posting_slot.added', targetType: 'channel', targetId: input.channelId, details: { weekday: input.weekday, minuteOfDay: input.minuteOfDay } }, now);
    return slotId;
  });
  return { id, channelId: input.channelId, weekday: input.weekday, minuteOfDay: input.minuteOfDay };
}

export async function removeSlot(db: Kysely<Database>, input: { workspaceId: string; userId: string | null; slotId: string }, now = Date.now()): Promise<void> {
  const removed = await inTransaction(db, async (trx) => {
    if (!(await deletePostingSlot(trx, input.workspaceId, input.slotId))) return false;
    await recordAudit(trx, { workspaceId: input.workspaceId, actorUserId: input.userId, action: 'posting_slot.removed', targetType: 'posting_slot', targetId: input.slotId, details: {} }, now);
    return true;
  });
  if (!removed) throw new DomainError('not_found', 'Posting slot not found.', 'slot.not_found');
}

/** Schedules a draft at its channels' next free slot after now (guard and pacing as in Compose). */
export async function scheduleAtNextSlot(runtime: AppDeps, input: { workspaceId: string; postId: string; userId: string; role: Role }, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  const found = await getPost(db, input.workspaceId, input.postId);
  if (found.post.status !== 'draft') throw new DomainError('conflict', `The post is already ${found.post.status}.`, 'post.not_draft');
  const channelIds = found.variants.map((variant) => variant.channel_id);
  if (channelIds.length === 0) throw new DomainError('invalid_input', 'channelIds: choose at least one channel before scheduling');
  const slots = (await listPostingSlots(db, input.workspaceId, channelIds)).map((row) => ({ weekday: row.weekday, minuteOfDay: row.minute_of_day }));
  if (slots.length === 0) throw new DomainError('conflict', 'The post\'s channels have no posting slots yet: add some in the calendar\'s slot editor.', 'slot.none');
  const timezone = (await findWorkspace(db, input.workspaceId))?.timezone ?? 'Asia/Jakarta';
  const taken = await takenTimesOnChannels(db, { workspaceId: input.workspaceId, channelIds, from: now, to: now + searchMs, excludePostId: input.postId });
  const free = upcomingSlotTimes(slots, timezone, now, 200).filter((at) => !taken.has(at));
  let lastHold: PostPacingHoldError | null = null;
  for (const at of free.slice(0, maxPacingTries)) {
    try {
      return await schedulePost(runtime, { workspaceId: input.workspaceId, postId: input.postId, userId: input.userId, role: input.role, scheduledAt: at }, now);
    } catch (error) {
      if (!(error instanceof PostPacingHoldError)) throw error;
      lastHold = error;
    }
  }
  if (lastHold !== null) throw lastHold;
  throw new DomainError('conflict', 'Every posting slot in the next eight weeks is taken: add slots or pick a time in Compose.', 'slot.all_taken');
}
