import type { Kysely } from 'kysely';
import type { Database, Role, WorkspaceRow } from '../schema.js';
import { newId } from '../ids.js';

export async function insertWorkspace(
  db: Kysely<Database>,
  input: { name: string; timezone?: string; locale?: 'id' | 'en'; id?: string },
  now = Date.now(),
): Promise<WorkspaceRow> {
  const row: WorkspaceRow = {
    id: input.id ?? newId(now),
    name: input.name,
    timezone: input.timezone ?? 'Asia/Jakarta',
    locale: input.locale ?? 'id',
    created_at: now,
  };
  await db.insertInto('workspaces').values(row).execute();
  return row;
}

export async function upsertMembership(db: Kysely<Database>, workspaceId: string, userId: string, role: Role, now = Date.now()): Promise<void> {
  await db.insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export interface WorkspaceWithRole extends WorkspaceRow {
  role: Role;
}

export function listWorkspacesForUser(db: Kysely<Database>, userId: string): Promise<WorkspaceWithRole[]> {
  return db.selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
    .selectAll('workspaces')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.created_at')
    .execute();
}

export async function findRole(db: Kysely<Database>, workspaceId: string, userId: string): Promise<Role | null> {
  const row = await db.selectFrom('memberships').select('role')
    .where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
  return row?.role ?? null;
}

export function findWorkspace(db: Kysely<Database>, id: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Deletes a workspace; foreign keys cascade to its channels, conversations and messages. */
export async function deleteWorkspace(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('workspaces').where('id', '=', id).execute();
}
