// The calendar: posts by their time (published, scheduled or planned) in a range, each with a
// display state (draft, pending_approval, rejected, scheduled, publishing, published, failed),
// and moving a post, which for a scheduled post runs the same checks as scheduling.
import { inTransaction } from '../../store/transaction.js';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../store/repositories/audit.js';
import { listCalendarPostRows, listCalendarVariants, moveSchedule } from '../../store/repositories/calendar.js';
import { latestRejections } from '../../store/repositories/post-approvals.js';
import type { Database, Role } from '../../store/schema.js';
import { DomainError } from '../errors.js';
import type { AppDeps } from '../deps.js';
import { checkSchedule, enqueuePublishJobs, recordScheduleChecks } from '../posts-schedule.js';
import { getPost, type PostWithVariants } from '../posts.js';
import { planDraft } from './approval.js';

export const calendarStates = ['draft', 'pending_approval', 'rejected', 'scheduled', 'publishing', 'published', 'failed'] as const;
export type CalendarState = typeof calendarStates[number];
const maxRangeMs = 62 * 24 * 3600_000;

export async function listCalendar(db: Kysely<Database>, input: { workspaceId: string; from: number; to: number; channelIds?: string[]; authorIds?: string[]; states?: CalendarState[] }) {
  if (!(input.to > input.from) || input.to - input.from > maxRangeMs) throw new DomainError('invalid_input', 'to: must be after from, at most 62 days later');
  const rows = await listCalendarPostRows(db, { ...input, limit: 2000 });
  const variants = await listCalendarVariants(db, rows.map((row) => row.id));
  const rejections = await latestRejections(db, rows.filter((row) => row.approval_state === 'rejected').map((row) => row.id));
  return rows.map((row) => {
    const state: CalendarState = row.status === 'draft' && row.approval_state !== null && row.approval_state !== 'approved' ? row.approval_state : row.status;
    return { ...row, state, rejection: rejections.get(row.id) ?? null, variants: variants.filter((variant) => variant.post_id === row.id) };
  }).filter((item) => input.states === undefined || input.states.length === 0 || input.states.includes(item.state));
}

/**
 * A drag or a keyboard move. A draft only changes its planned time; a scheduled post is
 * rescheduled through the guard and pacing checks, and its old jobs find the time changed.
 */
export async function movePost(runtime: AppDeps, input: { workspaceId: string; postId: string; userId: string; role: Role; at: number; overrideReason?: string }, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  const found = await getPost(db, input.workspaceId, input.postId);
  if (found.post.status === 'draft') {
    if (input.at < now) throw new DomainError('invalid_input', 'at: this time has already passed');
    return planDraft(db, input.workspaceId, input.postId, input.at, now);
  }
  if (found.post.status !== 'scheduled' || found.post.scheduled_at === null) throw new DomainError('conflict', `The post is ${found.post.status}: it cannot be moved.`);
  const from = found.post.scheduled_at;
  const scheduleInput = { workspaceId: input.workspaceId, postId: input.postId, userId: input.userId, role: input.role, scheduledAt: input.at, ...(input.overrideReason === undefined ? {} : { overrideReason: input.overrideReason }) };
  const checks = await checkSchedule(runtime, scheduleInput, found, now);
  const moved = await inTransaction(db, async (trx) => {
    if (!(await moveSchedule(trx, { workspaceId: input.workspaceId, postId: input.postId, from, to: input.at }, now))) return false;
    await recordScheduleChecks(trx, scheduleInput, checks, now);
    await recordAudit(trx, { workspaceId: input.workspaceId, actorUserId: input.userId, action: 'post.rescheduled', targetType: 'post', targetId: input.postId, details: { from, to: input.at } }, now);
    return true;
  });
  if (!moved) throw new DomainError('conflict', 'The post was moved, unscheduled or started publishing meanwhile; reload it.', 'post.changed_meanwhile');
  await enqueuePublishJobs(runtime, found, input.at, now);
  return getPost(db, input.workspaceId, input.postId);
}
