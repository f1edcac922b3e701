// Approval of posts: the post's approval state (a compare-and-set, so a decision and an edit
// racing cannot both win) and the history of steps with the decider's comment.
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type ApprovalState = 'pending_approval' | 'approved' | 'rejected';
export type ApprovalAction = Database['post_approvals']['action'];

/** Moves a draft's approval state only from one of the expected states; false otherwise. */
export async function setApprovalState(
  db: Executor, input: { workspaceId: string; postId: string; from: Array<ApprovalState | null>; to: ApprovalState | null; approvedBy?: string | null; plannedAt?: number | null }, now: number,
): Promise<boolean> {
  const fromStates = input.from.filter((state): state is ApprovalState => state !== null);
  const acceptsNull = input.from.includes(null);
  const result = await db.updateTable('posts')
    .set({
      approval_state: input.to, updated_at: now,
      ...(input.approvedBy === undefined ? {} : { approved_by: input.approvedBy }),
      ...(input.plannedAt === undefined ? {} : { planned_at: input.plannedAt }),
    })
    .where('id', '=', input.postId).where('workspace_id', '=', input.workspaceId)
    .where((eb) => {
      const options = [];
      if (fromStates.length > 0) options.push(eb('approval_state', 'in', fromStates));
      if (acceptsNull) options.push(eb('approval_state', 'is', null));
      return eb.or(options);
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertApprovalStep(
  db: Executor, step: { workspaceId: string; postId: string; action: ApprovalAction; actorUserId: string | null; comment: string | null }, now: number,
): Promise<void> {
  await db.insertInto('post_approvals').values({
    id: newId(now), workspace_id: step.workspaceId, post_id: step.postId, action: step.action, actor_user_id: step.actorUserId, comment: step.comment, created_at: now,
  }).execute();
}

export function listApprovalSteps(db: Executor, workspaceId: string, postId: string) {
  return db.selectFrom('post_approvals').leftJoin('users', 'users.id', 'post_approvals.actor_user_id')
    .select(['post_approvals.id', 'post_approvals.action', 'post_approvals.comment', 'post_approvals.created_at', 'post_approvals.actor_user_id', 'users.name as actor_name'])
    .where('post_approvals.workspace_id', '=', workspaceId).where('post_approvals.post_id', '=', postId)
    .orderBy('post_approvals.created_at').orderBy('post_approvals.id').execute();
}

/** The latest rejection comment of each of these posts (shown to the author on the calendar). */
export async function latestRejections(db: Executor, postIds: string[]): Promise<Map<string, { comment: string; at: number }>> {
  const found = new Map<string, { comment: string; at: number }>();
  if (postIds.length === 0) return found;
  const rows = await db.selectFrom('post_approvals').select(['post_id', 'comment', 'created_at', 'id'])
    .where('post_id', 'in', postIds).where('action', '=', 'rejected').orderBy('created_at').orderBy('id').execute();
  for (const row of rows) found.set(row.post_id, { comment: row.comment ?? '', at: row.created_at });
  return found;
}

/** Posts of this author that were rejected and not yet resubmitted (the author's badge). */
export async function countRejectedFor(db: Executor, workspaceId: string, userId: string): Promise<number> {
  const row = await db.selectFrom('posts').select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspace_id', '=', workspaceId).where('created_by', '=', userId).where('status', '=', 'draft').where('approval_state', '=', 'rejected')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Posts waiting for a decision (the manager's badge). */
export async function countPendingApproval(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('posts').select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspace_id', '=', workspaceId).where('status', '=', 'draft').where('approval_state', '=', 'pending_approval')
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
