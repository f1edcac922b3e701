import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The stored brand profile as parsed JSON (validated by the guard library before it is saved). */
export async function readBrandProfile(db: Kysely<Database>, workspaceId: string): Promise<unknown> {
  const row = await db.selectFrom('brand_profiles').select('profile').where('workspace_id', '=', workspaceId).executeTakeFirst();
  return row === undefined ? null : (JSON.parse(row.profile) as unknown);
}

export async function writeBrandProfile(db: Kysely<Database>, workspaceId: string, profile: unknown, userId: string | null, now = Date.now()): Promise<void> {
  const json = JSON.stringify(profile);
  await db.insertInto('brand_profiles').values({ workspace_id: workspaceId, profile: json, updated_at: now, updated_by: userId })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ profile: json, updated_at: now, updated_by: userId }))
    .execute();
}
