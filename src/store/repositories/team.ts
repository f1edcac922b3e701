// Memberships as the team settings see them, and ending a person's credentials when they
// leave their last workspace.
import type { Kysely, Transaction } from 'kysely';
import type { Database, Role } from '../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: number;
}

export function listMembers(db: Db, workspaceId: string): Promise<MemberRow[]> {
  return db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at as joinedAt'])
    .where('memberships.workspace_id', '=', workspaceId).orderBy('users.name').orderBy('users.id').execute();
}

/**
 * Serialises membership changes of one workspace: a no-op write to its row takes the row lock on
 * PostgreSQL (and the write lock on SQLite) until commit, so two owners demoting each other at the
 * same moment cannot both pass the "last owner" check. False when the workspace does not exist.
 */
export async function lockWorkspaceForTeamChange(db: Transaction<Database>, workspaceId: string): Promise<boolean> {
  const result = await db.updateTable('workspaces').set((eb) => ({ name: eb.ref('name') })).where('id', '=', workspaceId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findMemberRole(db: Db, workspaceId: string, userId: string): Promise<Role | undefined> {
  const row = await db.selectFrom('memberships').select('role').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return row?.role;
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspace_id', '=', workspaceId).where('role', '=', 'owner').executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertMembership(db: Db, workspaceId: string, userId: string, role: Role, now: number): Promise<void> {
  await db.insertInto('memberships').values({ workspace_id: workspaceId, user_id: userId, role, created_at: now }).execute();
}

export async function setMemberRole(db: Db, workspaceId: string, userId: string, role: Role): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Db, workspaceId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function countMembershipsOfUser(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('count')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Ends every session and API token of the user; returns their ids (to close open live streams). */
export async function deleteCredentialsOfUser(db: Db, userId: string): Promise<string[]> {
  const sessions = await db.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
  const tokens = await db.deleteFrom('api_tokens').where('user_id', '=', userId).returning('id').execute();
  return [...sessions, ...tokens].map((row) => row.id);
}

export interface WorkspaceListing {
  id: string;
  name: string;
  timezone: string;
  locale: 'id' | 'en';
  createdAt: number;
  members: number;
  owners: string[];
}

/** Every workspace with its member count and owners' e-mails (the operator's view, `sapa workspace list`). */
export async function listAllWorkspaces(db: Db): Promise<WorkspaceListing[]> {
  const workspaces = await db.selectFrom('workspaces')
    .select(['id', 'name', 'timezone', 'locale', 'created_at as createdAt'])
    .select((eb) => eb.selectFrom('memberships').select(eb.fn.countAll<number>().as('n')).whereRef('memberships.workspace_id', '=', 'workspaces.id').as('members'))
    .orderBy('created_at').orderBy('id').execute();
  const owners = await db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.workspace_id', 'users.email']).where('memberships.role', '=', 'owner').orderBy('users.email').execute();
  return workspaces.map((workspace) => ({
    ...workspace,
    members: Number(workspace.members ?? 0),
    owners: owners.filter((owner) => owner.workspace_id === workspace.id).map((owner) => owner.email),
  }));
}
