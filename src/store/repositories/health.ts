import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** True when the database answers a trivial query. */
export function pingDatabase(db: Kysely<Database>): Promise<boolean> {
  return sql`select 1`.execute(db).then(() => true, () => false);
}
