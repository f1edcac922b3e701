import type { Kysely } from 'kysely';
import type { Database, OAuthStatesTable } from '../schema.js';

export type OAuthStateRow = OAuthStatesTable;

export async function insertOAuthState(db: Kysely<Database>, row: OAuthStateRow): Promise<void> {
  await db.insertInto('oauth_states').values(row).execute();
}

/** Takes a pending hand-off exactly once: the row is deleted as it is read, so a replayed callback finds nothing. */
export async function takeOAuthState(db: Kysely<Database>, state: string, now: number): Promise<OAuthStateRow | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('oauth_states').selectAll().where('state', '=', state).executeTakeFirst();
    if (row === undefined) return undefined;
    const deleted = await trx.deleteFrom('oauth_states').where('state', '=', state).executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1 || row.expires_at < now) return undefined;
    return row;
  });
}

export async function deleteExpiredOAuthStates(db: Kysely<Database>, now: number): Promise<void> {
  await db.deleteFrom('oauth_states').where('expires_at', '<', now).execute();
}
