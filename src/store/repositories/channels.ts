import type { Kysely } from 'kysely';
import type { ChannelRow, Database } from '../schema.js';
import { newId } from '../ids.js';

export async function insertChannel(
  db: Kysely<Database>,
  input: { workspaceId: string; network: string; handle: string; displayName: string; simulated?: boolean; credentialsEncrypted?: string | null },
  now = Date.now(),
): Promise<ChannelRow> {
  const row: ChannelRow = {
    id: newId(now),
    workspace_id: input.workspaceId,
    network: input.network,
    handle: input.handle,
    display_name: input.displayName,
    status: 'active',
    credentials_encrypted: input.credentialsEncrypted ?? null,
    simulated: input.simulated === true ? 1 : 0,
    created_at: now,
  };
  await db.insertInto('channels').values(row).execute();
  return row;
}

export function listChannels(db: Kysely<Database>, workspaceId: string): Promise<ChannelRow[]> {
  return db.selectFrom('channels').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
}

export function listAllSimulatedChannels(db: Kysely<Database>): Promise<ChannelRow[]> {
  return db.selectFrom('channels').selectAll().where('simulated', '=', 1).orderBy('created_at').execute();
}

export function findChannel(db: Kysely<Database>, id: string): Promise<ChannelRow | undefined> {
  return db.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirst();
}
