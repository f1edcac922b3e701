// Approval of posts, when the workspace asks for it: an officer submits a draft for a time, a
// manager approves (which schedules it, through the same guard and pacing checks, with a
// written override for a blocking finding) or rejects with a comment the author then sees.
// Each step is one transaction with its history row and its audit entry.
import { inTransaction } from '../../store/transaction.js';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../store/repositories/audit.js';
import { setPlannedAt } from '../../store/repositories/calendar.js';
import { insertApprovalStep, listApprovalSteps, setApprovalState } from '../../store/repositories/post-approvals.js';
import type { Database, Role } from '../../store/schema.js';
import { DomainError } from '../errors.js';
import type { AppDeps } from '../deps.js';
import { schedulePost } from '../posts-schedule.js';
import { getPost, type PostWithVariants } from '../posts.js';
import { approvalRequired } from './approval-policy.js';

const minimumCommentLength = 3;

export interface ApprovalActor {
  workspaceId: string;
  postId: string;
  userId: string;
  role: Role;
}

async function draftUnderApproval(db: Kysely<Database>, actor: ApprovalActor): Promise<PostWithVariants> {
  // The post is looked up first, so another workspace's id is a 404 whatever this workspace's settings.
  const found = await getPost(db, actor.workspaceId, actor.postId);
  if (!(await approvalRequired(db, actor.workspaceId))) throw new DomainError('conflict', 'This workspace does not ask for approval: schedule the post directly.');
  if (found.post.status !== 'draft') throw new DomainError('conflict', `The post is already ${found.post.status}.`, 'post.not_draft');
  return found;
}

/** Officer: send a draft to the managers for a time (the time it is planned for, or a new one). */
export async function submitForApproval(runtime: AppDeps, actor: ApprovalActor & { plannedAt?: number }, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  const found = await draftUnderApproval(db, actor);
  if (found.variants.length === 0) throw new DomainError('invalid_input', 'channelIds: choose at least one channel before submitting');
  const plannedAt = actor.plannedAt ?? found.post.planned_at;
  if (plannedAt === null) throw new DomainError('invalid_input', 'plannedAt: choose when the post should go out');
  if (plannedAt < now) throw new DomainError('invalid_input', 'plannedAt: this time has already passed');
  const submitted = await inTransaction(db, async (trx) => {
    if (!(await setApprovalState(trx, { workspaceId: actor.workspaceId, postId: actor.postId, from: [null, 'rejected'], to: 'pending_approval', plannedAt }, now))) return false;
    await insertApprovalStep(trx, { workspaceId: actor.workspaceId, postId: actor.postId, action: 'submitted', actorUserId: actor.userId, comment: null }, now);
    await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'post.submitted', targetType: 'post', targetId: actor.postId, details: { plannedAt } }, now);
    return true;
  });
  if (!submitted) throw new DomainError('conflict', `The post is ${found.post.approval_state ?? 'not submitted'}: it cannot be submitted again.`);
  return getPost(db, actor.workspaceId, actor.postId);
}

/** Manager: approve, which schedules the post for its planned time (or the one given). */
export async function approvePost(runtime: AppDeps, actor: ApprovalActor & { scheduledAt?: number; overrideReason?: string }, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  const found = await draftUnderApproval(db, actor);
  if (found.post.approval_state !== 'pending_approval') throw new DomainError('conflict', 'Only a post waiting for approval can be approved.');
  const scheduledAt = actor.scheduledAt ?? found.post.planned_at;
  if (scheduledAt === null) throw new DomainError('invalid_input', 'scheduledAt: choose when the post should go out');
  return schedulePost(runtime, {
    workspaceId: actor.workspaceId, postId: actor.postId, userId: actor.userId, role: actor.role, scheduledAt,
    ...(actor.overrideReason === undefined ? {} : { overrideReason: actor.overrideReason }),
    approvalStep: async (trx, at) => {
      if (!(await setApprovalState(trx, { workspaceId: actor.workspaceId, postId: actor.postId, from: ['pending_approval'], to: 'approved', approvedBy: actor.userId, plannedAt: scheduledAt }, at))) {
        throw new DomainError('conflict', 'The post changed meanwhile; reload it.', 'post.changed_meanwhile');
      }
      await insertApprovalStep(trx, { workspaceId: actor.workspaceId, postId: actor.postId, action: 'approved', actorUserId: actor.userId, comment: actor.overrideReason ?? null }, at);
      await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'post.approved', targetType: 'post', targetId: actor.postId, details: { scheduledAt } }, at);
    },
  }, now);
}

/** Manager: reject with a comment the author reads on the post. */
export async function rejectPost(runtime: AppDeps, actor: ApprovalActor & { comment: string }, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  const comment = actor.comment.trim();
  if (comment.length < minimumCommentLength) throw new DomainError('invalid_input', 'comment: say what the author should change');
  const found = await draftUnderApproval(db, actor);
  const rejected = await inTransaction(db, async (trx) => {
    if (!(await setApprovalState(trx, { workspaceId: actor.workspaceId, postId: actor.postId, from: ['pending_approval'], to: 'rejected' }, now))) return false;
    await insertApprovalStep(trx, { workspaceId: actor.workspaceId, postId: actor.postId, action: 'rejected', actorUserId: actor.userId, comment }, now);
    await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'post.rejected', targetType: 'post', targetId: actor.postId, details: { comment } }, now);
    return true;
  });
  if (!rejected) throw new DomainError('conflict', `Only a post waiting for approval can be rejected (this one is ${found.post.approval_state ?? 'not submitted'}).`);
  return getPost(db, actor.workspaceId, actor.postId);
}

export async function approvalHistory(db: Kysely<Database>, workspaceId: string, postId: string) {
  await getPost(db, workspaceId, postId);
  return listApprovalSteps(db, workspaceId, postId);
}

/** A draft's planned time (calendar), without scheduling it. */
export async function planDraft(db: Kysely<Database>, workspaceId: string, postId: string, plannedAt: number | null, now = Date.now()): Promise<PostWithVariants> {
  if (!(await setPlannedAt(db, workspaceId, postId, plannedAt, now))) {
    const found = await getPost(db, workspaceId, postId);
    throw new DomainError('conflict', `The post is ${found.post.status}: only a draft can be planned.`);
  }
  return getPost(db, workspaceId, postId);
}
