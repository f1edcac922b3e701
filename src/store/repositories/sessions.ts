import type { Kysely, Transaction } from 'kysely';
import type { ApiTokensTable, Database, SessionsTable } from '../schema.js';

export async function insertSession(db: Kysely<Database>, session: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export function findLiveSession(db: Kysely<Database>, id: string, now = Date.now()): Promise<SessionsTable | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).where('expires_at', '>', now).executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertApiToken(db: Kysely<Database> | Transaction<Database>, token: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(token).execute();
}

export async function findApiTokenByHash(db: Kysely<Database>, tokenHash: string): Promise<ApiTokensTable | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function findApiTokenById(db: Kysely<Database>, id: string): Promise<ApiTokensTable | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A user's own tokens, newest first (never another user's: the caller passes the signed-in id). */
export function listApiTokensOf(db: Kysely<Database>, userId: string): Promise<ApiTokensTable[]> {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Deletes one of the user's tokens; false when the id is not theirs. */
export async function deleteApiTokenOf(db: Kysely<Database> | Transaction<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function touchApiToken(db: Kysely<Database>, id: string, now = Date.now()): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
