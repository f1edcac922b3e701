// The one way code outside src/store opens a transaction. Domain commands decide what belongs
// together (a change and its audit entry, a reply and its guard check) and pass the
// transaction to repository functions; only this module and the repositories touch Kysely's
// builders (lint-enforced, see eslint.config.js).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Either the database or an open transaction: what repository functions accept. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
