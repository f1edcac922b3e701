// Team commands: change a member's role, remove a member, create a workspace. Each runs in one
// transaction with its audit entry, after taking the workspace's lock so the "last owner" rule
// holds even when two owners act at the same moment.
import type { Kysely, Transaction } from 'kysely';
import type { Database, Role, WorkspaceRow } from '../store/schema.js';
import { recordAudit } from '../store/repositories/audit.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import {
  countMembershipsOfUser, countOwners, deleteCredentialsOfUser, deleteMembership, findMemberRole, insertMembership,
  lockWorkspaceForTeamChange, setMemberRole,
} from '../store/repositories/team.js';
import { DomainError } from './errors.js';
import { leavesNoOwner, mayManageMember, mayGrantRole } from './team-rules.js';
import { inTransaction } from '../store/transaction.js';

export interface TeamActor {
  workspaceId: string;
  userId: string;
}

/** Locks the workspace and reads the actor's and the member's roles as they are now. */
async function lockAndRead(trx: Transaction<Database>, actor: TeamActor, memberId: string): Promise<{ actorRole: Role; memberRole: Role }> {
  if (!(await lockWorkspaceForTeamChange(trx, actor.workspaceId))) throw new DomainError('not_found', 'Workspace not found.', 'workspace.not_found');
  const actorRole = await findMemberRole(trx, actor.workspaceId, actor.userId);
  if (actorRole === undefined) throw new DomainError('not_found', 'Workspace not found.', 'workspace.not_found');
  const memberRole = await findMemberRole(trx, actor.workspaceId, memberId);
  if (memberRole === undefined) throw new DomainError('not_found', 'Member not found.', 'member.not_found');
  return { actorRole, memberRole };
}

function refuseUnlessMayManage(actorRole: Role, memberRole: Role): void {
  if (!mayManageMember(actorRole, memberRole)) {
    throw new DomainError('forbidden', `A ${actorRole} cannot change or remove a ${memberRole}; ask an owner.`);
  }
}

export async function changeMemberRole(db: Kysely<Database>, actor: TeamActor, memberId: string, role: Role, now = Date.now()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { actorRole, memberRole } = await lockAndRead(trx, actor, memberId);
    refuseUnlessMayManage(actorRole, memberRole);
    if (!mayGrantRole(actorRole, role)) throw new DomainError('forbidden', `A ${actorRole} cannot give the ${role} role; ask an owner.`);
    if (role === memberRole) return;
    if (leavesNoOwner(memberRole, role, await countOwners(trx, actor.workspaceId))) {
      throw new DomainError('conflict', 'This is the last owner: make someone else owner first.', 'member.last_owner');
    }
    await setMemberRole(trx, actor.workspaceId, memberId, role);
    await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'member.role_changed', targetType: 'user', targetId: memberId, details: { from: memberRole, to: role } }, now);
  });
}

export interface RemovedMember {
  /** Sessions and API tokens that ended because the person has no workspace left. */
  endedCredentialIds: string[];
}

/**
 * Removes a member. Their access to this workspace ends with the membership (every request
 * checks it). Sessions and tokens are not tied to one workspace, so they end only when the
 * person has no workspace left; open live streams of this workspace are closed by the caller.
 */
export async function removeMember(db: Kysely<Database>, actor: TeamActor, memberId: string, now = Date.now()): Promise<RemovedMember> {
  return inTransaction(db, async (trx) => {
    const { actorRole, memberRole } = await lockAndRead(trx, actor, memberId);
    refuseUnlessMayManage(actorRole, memberRole);
    if (leavesNoOwner(memberRole, null, await countOwners(trx, actor.workspaceId))) {
      throw new DomainError('conflict', 'This is the last owner: make someone else owner first.', 'member.last_owner');
    }
    await deleteMembership(trx, actor.workspaceId, memberId);
    const endedCredentialIds = (await countMembershipsOfUser(trx, memberId)) === 0 ? await deleteCredentialsOfUser(trx, memberId) : [];
    await recordAudit(trx, {
      workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'member.removed', targetType: 'user', targetId: memberId,
      details: { role: memberRole, credentialsEnded: endedCredentialIds.length },
    }, now);
    return { endedCredentialIds };
  });
}

export function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** A new workspace with `ownerUserId` as its first owner. */
export async function createWorkspace(
  db: Kysely<Database>,
  input: { name: string; timezone?: string | undefined; locale?: 'id' | 'en' | undefined; ownerUserId: string; actorUserId: string | null },
  now = Date.now(),
): Promise<WorkspaceRow> {
  const name = input.name.trim();
  if (name === '') throw new DomainError('invalid_input', 'name: the workspace needs a name');
  if (name.length > 100) throw new DomainError('invalid_input', 'name: at most 100 characters');
  const timezone = input.timezone ?? 'Asia/Jakarta';
  if (!isKnownTimezone(timezone)) throw new DomainError('invalid_input', `timezone: "${timezone}" is not an IANA time zone (e.g. Asia/Jakarta)`);
  return inTransaction(db, async (trx) => {
    const workspace = await insertWorkspace(trx, { name, timezone, locale: input.locale ?? 'id' }, now);
    await insertMembership(trx, workspace.id, input.ownerUserId, 'owner', now);
    await recordAudit(trx, { workspaceId: workspace.id, actorUserId: input.actorUserId, action: 'workspace.created', targetType: 'workspace', targetId: workspace.id, details: { name, owner: input.ownerUserId } }, now);
    return workspace;
  });
}
