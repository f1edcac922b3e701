// A CSV import is remembered by the digest of its text (in the audit entry written with the
// posts), so submitting the same file twice answers with the first import instead of doubling it.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function findCsvImport(db: Executor, workspaceId: string, digest: string): Promise<{ details: string; created_at: number } | undefined> {
  return db.selectFrom('audit_log').select(['details', 'created_at'])
    .where('workspace_id', '=', workspaceId).where('action', '=', 'posts.imported')
    .where('target_type', '=', 'csv_import').where('target_id', '=', digest)
    .orderBy('created_at').executeTakeFirst();
}
