import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function readWorkspaceSetting(db: Kysely<Database>, workspaceId: string, key: string): Promise<unknown> {
  const row = await db.selectFrom('workspace_settings').select('value').where('workspace_id', '=', workspaceId).where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export async function writeWorkspaceSetting(db: Kysely<Database>, workspaceId: string, key: string, value: unknown, userId: string | null, now = Date.now()): Promise<void> {
  const json = JSON.stringify(value);
  await db.insertInto('workspace_settings').values({ workspace_id: workspaceId, key, value: json, updated_at: now, updated_by: userId })
    .onConflict((oc) => oc.columns(['workspace_id', 'key']).doUpdateSet({ value: json, updated_at: now, updated_by: userId }))
    .execute();
}
