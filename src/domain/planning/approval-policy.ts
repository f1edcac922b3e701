// Whether a workspace asks for approval before posts go out (off unless a manager turns it on),
// and the gate scheduling and publishing pass through.
import { inTransaction } from '../../store/transaction.js';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../store/repositories/audit.js';
import { insertApprovalStep, setApprovalState } from '../../store/repositories/post-approvals.js';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../../store/repositories/settings.js';
import type { Database, Role } from '../../store/schema.js';
import { DomainError } from '../errors.js';
import { roleAtLeastManager } from '../roles.js';

const settingKey = 'post_approval';

export async function approvalRequired(db: Kysely<Database>, workspaceId: string): Promise<boolean> {
  const value = await readWorkspaceSetting(db, workspaceId, settingKey) as { required?: unknown } | undefined;
  return value?.required === true;
}

export async function setApprovalRequired(db: Kysely<Database>, workspaceId: string, required: boolean, userId: string, now = Date.now()): Promise<void> {
  await inTransaction(db, async (trx) => {
    await writeWorkspaceSetting(trx, workspaceId, settingKey, { required }, userId, now);
    await recordAudit(trx, { workspaceId, actorUserId: userId, action: 'post_approval.setting', targetType: 'workspace', targetId: workspaceId, details: { required } }, now);
  });
}

/** What scheduling must also write, in its own transaction, when the workspace asks for approval. */
export type ApprovalStep = (trx: Transaction<Database>, now: number) => Promise<void>;

/**
 * Scheduling under approval: an approved post goes as it is; a manager's own scheduling is
 * their approval (recorded); an officer's unapproved post is refused with what to do instead.
 */
export async function approvalForScheduling(
  db: Kysely<Database>, input: { workspaceId: string; postId: string; userId: string; role: Role; approvalState: string | null },
): Promise<ApprovalStep | null> {
  if (!(await approvalRequired(db, input.workspaceId)) || input.approvalState === 'approved') return null;
  if (!roleAtLeastManager(input.role)) throw new DomainError('forbidden', 'This workspace asks for approval: submit the post for approval instead of scheduling it.', 'post.approval_required');
  return async (trx, now) => {
    if (!(await setApprovalState(trx, { workspaceId: input.workspaceId, postId: input.postId, from: [null, 'pending_approval', 'rejected'], to: 'approved', approvedBy: input.userId }, now))) {
      throw new DomainError('conflict', 'The post changed meanwhile; reload it.', 'post.changed_meanwhile');
    }
    await insertApprovalStep(trx, { workspaceId: input.workspaceId, postId: input.postId, action: 'approved', actorUserId: input.userId, comment: null }, now);
    await recordAudit(trx, { workspaceId: input.workspaceId, actorUserId: input.userId, action: 'post.approved', targetType: 'post', targetId: input.postId, details: { by: 'scheduling' } }, now);
  };
}

/** The publisher's last word: under approval, only an approved post may go out. */
export async function mayPublish(db: Kysely<Database>, post: { workspace_id: string; approval_state: string | null }): Promise<boolean> {
  return post.approval_state === 'approved' || !(await approvalRequired(db, post.workspace_id));
}

/**
 * Called in the edit's transaction: an approved post whose text or channels change goes back
 * to the managers (its approval was for the old text).
 */
export async function reopenAfterEdit(trx: Transaction<Database>, input: { workspaceId: string; postId: string; userId: string | null }, now: number): Promise<void> {
  if (!(await setApprovalState(trx, { workspaceId: input.workspaceId, postId: input.postId, from: ['approved'], to: 'pending_approval', approvedBy: null }, now))) return;
  await insertApprovalStep(trx, { workspaceId: input.workspaceId, postId: input.postId, action: 'reopened', actorUserId: input.userId, comment: null }, now);
  await recordAudit(trx, { workspaceId: input.workspaceId, actorUserId: input.userId, action: 'post.reopened', targetType: 'post', targetId: input.postId, details: { reason: 'edited after approval' } }, now);
}
