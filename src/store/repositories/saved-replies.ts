// Saved replies and the FAQ (knowledge entries): the officer's written material. Every lookup
// by id is scoped to the workspace, so an id from another workspace matches nothing.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, KnowledgeEntriesTable, SavedRepliesTable } from '../schema.js';

export type SavedReplyRow = Selectable<SavedRepliesTable>;
export type KnowledgeEntryRow = Selectable<KnowledgeEntriesTable>;
type SavedReplyChange = Pick<SavedReplyRow, 'title' | 'language' | 'text'>;

export function listSavedReplies(db: Kysely<Database>, workspaceId: string): Promise<SavedReplyRow[]> {
  return db.selectFrom('saved_replies').selectAll().where('workspace_id', '=', workspaceId).orderBy('title').execute();
}

export async function insertSavedReplies(db: Kysely<Database>, rows: Insertable<SavedRepliesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('saved_replies').values(rows).execute();
}

/** Returns false when the workspace has no saved reply with this id. */
export async function updateSavedReply(db: Kysely<Database>, workspaceId: string, id: string, change: SavedReplyChange, now: number): Promise<boolean> {
  const result = await db.updateTable('saved_replies').set({ ...change, updated_at: now })
    .where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Returns false when the workspace has no saved reply with this id. */
export async function deleteSavedReply(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('saved_replies').where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function listKnowledgeEntries(db: Kysely<Database>, workspaceId: string): Promise<KnowledgeEntryRow[]> {
  return db.selectFrom('knowledge_entries').selectAll().where('workspace_id', '=', workspaceId).orderBy('question').execute();
}

export async function insertKnowledgeEntries(db: Kysely<Database>, rows: Insertable<KnowledgeEntriesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('knowledge_entries').values(rows).execute();
}

/** Returns false when the workspace has no entry with this id. */
export async function deleteKnowledgeEntry(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('knowledge_entries').where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
