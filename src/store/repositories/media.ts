// Uploaded images: what the blob store holds for a workspace, with the facts the limits table
// checks (type, size, dimensions) and the alt text.
import type { Kysely, Transaction } from 'kysely';
import type { Database, MediaTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type MediaRow = MediaTable;

export async function insertMedia(db: Executor, row: MediaRow): Promise<void> {
  await db.insertInto('media').values(row).execute();
}

export function findWorkspaceMedia(db: Executor, workspaceId: string, mediaId: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', mediaId).where('workspace_id', '=', workspaceId).executeTakeFirst();
}

/** For jobs and signed public links, which carry only the id. */
export function findMediaById(db: Executor, mediaId: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', mediaId).executeTakeFirst();
}

export function listWorkspaceMedia(db: Executor, workspaceId: string, mediaIds: readonly string[]): Promise<MediaRow[]> {
  if (mediaIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('media').selectAll().where('workspace_id', '=', workspaceId).where('id', 'in', [...mediaIds]).execute();
}

export async function updateMediaAlt(db: Executor, workspaceId: string, mediaId: string, altText: string): Promise<boolean> {
  const result = await db.updateTable('media').set({ alt_text: altText }).where('id', '=', mediaId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
