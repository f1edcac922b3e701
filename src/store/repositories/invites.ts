// Workspace invites. Lookups by id are always scoped to the workspace; lookups by code use
// the code's hash (the code itself is never stored).
import type { Kysely, Transaction } from 'kysely';
import type { Database, InviteRow, InvitesTable } from '../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertInvite(db: Db, invite: InvitesTable): Promise<void> {
  await db.insertInto('invites').values(invite).execute();
}

/** Newest first; revoked ones stay listed (marked) so managers see what happened. */
export function listInvites(db: Db, workspaceId: string): Promise<InviteRow[]> {
  return db.selectFrom('invites').selectAll().where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

export function findInvite(db: Db, workspaceId: string, inviteId: string): Promise<InviteRow | undefined> {
  return db.selectFrom('invites').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', inviteId).executeTakeFirst();
}

export function findInviteByCodeHash(db: Db, codeHash: string): Promise<InviteRow | undefined> {
  return db.selectFrom('invites').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

export async function markInviteRevoked(db: Db, workspaceId: string, inviteId: string, now: number): Promise<boolean> {
  const result = await db.updateTable('invites').set({ revoked_at: now })
    .where('workspace_id', '=', workspaceId).where('id', '=', inviteId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Takes one use of the invite in a single conditional update, so two people racing for a
 * single-use code cannot both get in. False when it is revoked, expired or used up.
 */
export async function useInvite(db: Db, inviteId: string, userId: string, now: number): Promise<boolean> {
  const result = await db.updateTable('invites')
    .set((eb) => ({ use_count: eb('use_count', '+', 1), last_used_at: now, last_used_by: userId }))
    .where('id', '=', inviteId).where('revoked_at', 'is', null).where('expires_at', '>', now)
    .where((eb) => eb.or([eb('single_use', '=', 0), eb('use_count', '=', 0)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
