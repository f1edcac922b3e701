// Invites: a manager or owner makes one (role, expiry, single or multiple use) and passes on
// the link or the typed code; the invited person joins with a new account or the one they are
// signed in with. Using an invite, the membership and the audit entry commit together.
import type { Kysely } from 'kysely';
import type { Database, InviteRow, Role, UserRow } from '../store/schema.js';
import { recordAudit } from '../store/repositories/audit.js';
import { findInvite, findInviteByCodeHash, insertInvite, listInvites, markInviteRevoked, useInvite } from '../store/repositories/invites.js';
import { findMemberRole, insertMembership } from '../store/repositories/team.js';
import { findUserByEmail, findUserById, insertUser } from '../store/repositories/users.js';
import { findWorkspace } from '../store/repositories/workspaces.js';
import { newId } from '../store/ids.js';
import { checkNewUserInput } from './accounts.js';
import { DomainError } from './errors.js';
import { hashInviteCode, newInviteCode, normaliseInviteCode } from './invite-codes.js';
import { hashPassword } from './passwords.js';
import { mayGrantRole } from './team-rules.js';
import type { TeamActor } from './team.js';
import { inTransaction } from '../store/transaction.js';

export const defaultInviteDays = 7;
export type InviteStatus = 'active' | 'used' | 'expired' | 'revoked';

export function inviteStatus(invite: InviteRow, now = Date.now()): InviteStatus {
  if (invite.revoked_at !== null) return 'revoked';
  if (invite.single_use === 1 && invite.use_count > 0) return 'used';
  if (invite.expires_at <= now) return 'expired';
  return 'active';
}

export async function createInvite(
  db: Kysely<Database>, actor: TeamActor & { role: Role },
  input: { role: Role; expiresInDays?: number | undefined; singleUse?: boolean | undefined }, now = Date.now(),
): Promise<{ invite: InviteRow; code: string }> {
  if (!mayGrantRole(actor.role, input.role)) throw new DomainError('forbidden', `A ${actor.role} cannot invite a ${input.role}; ask an owner.`);
  const days = input.expiresInDays ?? defaultInviteDays;
  if (!Number.isInteger(days) || days < 1 || days > 30) throw new DomainError('invalid_input', 'expiresInDays: from 1 to 30 days');
  const code = newInviteCode();
  const invite: InviteRow = {
    id: newId(now), workspace_id: actor.workspaceId, code_hash: hashInviteCode(normaliseInviteCode(code) ?? code), role: input.role,
    single_use: input.singleUse === false ? 0 : 1, use_count: 0, created_by: actor.userId, created_at: now,
    expires_at: now + days * 24 * 3600_000, last_used_at: null, last_used_by: null, revoked_at: null,
  };
  await inTransaction(db, async (trx) => {
    await insertInvite(trx, invite);
    await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'invite.created', targetType: 'invite', targetId: invite.id, details: { role: invite.role, expiresAt: invite.expires_at, singleUse: invite.single_use === 1 } }, now);
  });
  return { invite, code };
}

export function listWorkspaceInvites(db: Kysely<Database>, workspaceId: string): Promise<InviteRow[]> {
  return listInvites(db, workspaceId);
}

export async function revokeInvite(db: Kysely<Database>, actor: TeamActor & { role: Role }, inviteId: string, now = Date.now()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const invite = await findInvite(trx, actor.workspaceId, inviteId);
    if (invite === undefined) throw new DomainError('not_found', 'Invite not found.', 'invite.not_found');
    if (!mayGrantRole(actor.role, invite.role)) throw new DomainError('forbidden', `A ${actor.role} cannot revoke an invite for a ${invite.role}; ask an owner.`);
    if (!(await markInviteRevoked(trx, actor.workspaceId, inviteId, now))) return;
    await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'invite.revoked', targetType: 'invite', targetId: inviteId, details: { role: invite.role } }, now);
  });
}

const refusals: Record<Exclude<InviteStatus, 'active'>, string> = {
  used: 'This invite has already been used. Ask for a new one.',
  expired: 'This invite has expired. Ask for a new one.',
  revoked: 'This invite was withdrawn. Ask for a new one.',
};

async function inviteForCode(db: Kysely<Database>, typedCode: string): Promise<InviteRow> {
  const normalised = normaliseInviteCode(typedCode);
  const invite = normalised === null ? undefined : await findInviteByCodeHash(db, hashInviteCode(normalised));
  if (invite === undefined) throw new DomainError('not_found', 'No invite has this code. Check it, or ask for a new one.', 'invite.code_unknown');
  return invite;
}

export interface InviteDescription {
  status: InviteStatus;
  /** Only while the invite can still be used. */
  workspaceName: string | null;
  role: Role;
  expiresAt: number;
}

/** What the join page shows before anyone commits to anything. */
export async function describeInvite(db: Kysely<Database>, typedCode: string, now = Date.now()): Promise<InviteDescription> {
  const invite = await inviteForCode(db, typedCode);
  const status = inviteStatus(invite, now);
  const workspace = status === 'active' ? await findWorkspace(db, invite.workspace_id) : undefined;
  return { status, workspaceName: workspace?.name ?? null, role: invite.role, expiresAt: invite.expires_at };
}

function refuseUnlessActive(invite: InviteRow, now: number): void {
  const status = inviteStatus(invite, now);
  if (status !== 'active') throw new DomainError('conflict', refusals[status]);
}

async function join(trx: Kysely<Database>, invite: InviteRow, user: UserRow, now: number, newAccount: boolean): Promise<void> {
  if (!(await useInvite(trx, invite.id, user.id, now))) throw new DomainError('conflict', refusals.used);
  await insertMembership(trx, invite.workspace_id, user.id, invite.role, now);
  await recordAudit(trx, {
    workspaceId: invite.workspace_id, actorUserId: user.id, action: 'invite.accepted', targetType: 'user', targetId: user.id,
    details: { inviteId: invite.id, role: invite.role, newAccount },
  }, now);
}

/** The signed-in user joins with their own account. */
export async function acceptInvite(db: Kysely<Database>, userId: string, typedCode: string, now = Date.now()): Promise<{ workspaceId: string; role: Role }> {
  const invite = await inviteForCode(db, typedCode);
  refuseUnlessActive(invite, now);
  await inTransaction(db, async (trx) => {
    const user = await findUserById(trx, userId);
    if (user === undefined) throw new DomainError('not_found', 'User not found.', 'user.not_found');
    if ((await findMemberRole(trx, invite.workspace_id, userId)) !== undefined) throw new DomainError('conflict', 'You are already a member of this workspace.');
    await join(trx, invite, user, now, false);
  });
  return { workspaceId: invite.workspace_id, role: invite.role };
}

/** Someone without an account joins: the account and the membership are made together. */
export async function signUpWithInvite(
  db: Kysely<Database>, typedCode: string, input: { name: string; email: string; password: string }, now = Date.now(),
): Promise<{ user: UserRow; workspaceId: string; role: Role }> {
  const name = input.name.trim();
  if (name === '') throw new DomainError('invalid_input', 'name: tell your team who you are');
  checkNewUserInput(input);
  const invite = await inviteForCode(db, typedCode);
  refuseUnlessActive(invite, now);
  const exists = 'An account with this e-mail already exists: sign in first, then open the invite again.';
  if ((await findUserByEmail(db, input.email)) !== undefined) throw new DomainError('conflict', exists);
  // Hashing is slow on purpose; doing it before the transaction keeps the write lock short.
  const passwordHash = await hashPassword(input.password);
  const user = await inTransaction(db, async (trx) => {
    if ((await findUserByEmail(trx, input.email)) !== undefined) throw new DomainError('conflict', exists);
    const created = await insertUser(trx, { email: input.email, name, passwordHash }, now);
    await join(trx, invite, created, now, true);
    return created;
  });
  return { user, workspaceId: invite.workspace_id, role: invite.role };
}
