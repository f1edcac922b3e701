// Account commands, shared by the routes and the CLI.
import type { Kysely } from 'kysely';
import type { ApiTokenScope, Database, Role, UserRow } from '../store/schema.js';
import { findUserByEmail, insertUser } from '../store/repositories/users.js';
import { upsertMembership } from '../store/repositories/workspaces.js';
import { deleteApiTokenOf, deleteSession, findApiTokenByHash, findApiTokenById, findLiveSession, insertApiToken, insertSession, touchApiToken } from '../store/repositories/sessions.js';
import { recordAudit } from '../store/repositories/audit.js';
import { newId } from '../store/ids.js';
import { DomainError } from './errors.js';
import { hashPassword, minimumPasswordLength, verifyPassword } from './passwords.js';
import { hashToken, newToken } from './secrets.js';
import { inTransaction } from '../store/transaction.js';

export const sessionLifetimeMs = 14 * 24 * 3600 * 1000;

/** The rules a new account's e-mail and password must meet (also used when joining by invite). */
export function checkNewUserInput(input: { email: string; password: string }): void {
  if (input.password.length < minimumPasswordLength) throw new DomainError('invalid_input', `password: at least ${minimumPasswordLength} characters`);
  if (!/^[^@\s]+@[^@\s]+$/.test(input.email.trim())) throw new DomainError('invalid_input', 'email: not an e-mail address');
}

export async function createUser(
  db: Kysely<Database>,
  input: { email: string; name: string; password: string; workspaceId?: string; role?: Role },
): Promise<UserRow> {
  checkNewUserInput(input);
  if ((await findUserByEmail(db, input.email)) !== undefined) throw new DomainError('conflict', `a user with e-mail ${input.email} already exists`);
  // Hashing is slow on purpose, so it happens before the transaction opens; the user, their
  // membership and the audit entry then commit together or not at all.
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    const user = await insertUser(trx, { email: input.email, name: input.name, passwordHash });
    if (input.workspaceId !== undefined) await upsertMembership(trx, input.workspaceId, user.id, input.role ?? 'officer');
    await recordAudit(trx, { workspaceId: input.workspaceId ?? null, actorUserId: null, action: 'user.created', targetType: 'user', targetId: user.id, details: { email: user.email, role: input.role ?? null } });
    return user;
  });
}

export interface SignedIn {
  user: UserRow;
  sessionToken: string;
  csrfToken: string;
  expiresAt: number;
}

// A fixed dummy hash keeps the time of a wrong-email sign-in close to a wrong-password one.
let dummyHash: Promise<string> | null = null;

export async function signIn(db: Kysely<Database>, email: string, password: string, now = Date.now()): Promise<SignedIn | null> {
  const user = await findUserByEmail(db, email);
  if (user === undefined) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(password, await dummyHash);
    return null;
  }
  if (!(await verifyPassword(password, user.password_hash))) return null;
  return startSession(db, user, now);
}

/** A new browser session for a user whose identity is already proven. */
export async function startSession(db: Kysely<Database>, user: UserRow, now = Date.now()): Promise<SignedIn> {
  const sessionToken = newToken('sess');
  const csrfToken = newToken('csrf');
  const expiresAt = now + sessionLifetimeMs;
  await insertSession(db, { id: hashToken(sessionToken), user_id: user.id, csrf_token: csrfToken, created_at: now, expires_at: expiresAt });
  return { user, sessionToken, csrfToken, expiresAt };
}

export async function signOut(db: Kysely<Database>, sessionToken: string): Promise<void> {
  await deleteSession(db, hashToken(sessionToken));
}

export interface Authenticated {
  userId: string;
  via: 'session' | 'token';
  /** The stored id of the session (its hash) or of the API token: what sign-out or revoking ends. */
  credentialId: string;
  csrfToken: string | null;
  /** A read-only API token may only use safe methods; sessions are always full. */
  scope: ApiTokenScope;
}

export async function authenticateSession(db: Kysely<Database>, sessionToken: string): Promise<Authenticated | null> {
  const session = await findLiveSession(db, hashToken(sessionToken));
  return session === undefined ? null : { userId: session.user_id, via: 'session', credentialId: session.id, csrfToken: session.csrf_token, scope: 'full' };
}

export async function authenticateApiToken(db: Kysely<Database>, token: string, now = Date.now()): Promise<Authenticated | null> {
  const row = await findApiTokenByHash(db, hashToken(token));
  if (row === undefined || (row.expires_at !== null && row.expires_at <= now)) return null;
  await touchApiToken(db, row.id, now);
  return { userId: row.user_id, via: 'token', credentialId: row.id, csrfToken: null, scope: row.scope };
}

/** Whether a credential checked earlier still holds (long-lived streams re-check it). */
export async function credentialStillValid(db: Kysely<Database>, auth: Pick<Authenticated, 'via' | 'credentialId'>): Promise<boolean> {
  if (auth.via === 'session') return (await findLiveSession(db, auth.credentialId)) !== undefined;
  const token = await findApiTokenById(db, auth.credentialId);
  return token !== undefined && (token.expires_at === null || token.expires_at > Date.now());
}

export const defaultTokenLifetimeDays = 90;

/**
 * API tokens are credentials of their own, for scripts: signing out of a browser session does
 * not end them (a script would break each time its owner signs out), but they expire, can be
 * listed and revoked, and end with the user's account (rows cascade on user deletion).
 * Returns the token once; only its hash is stored.
 */
export async function createApiToken(
  db: Kysely<Database>, userId: string, input: { name: string; scope?: ApiTokenScope; expiresInDays?: number }, now = Date.now(),
): Promise<{ id: string; token: string; expiresAt: number }> {
  const token = newToken('sapa');
  const id = newId(now);
  const scope = input.scope ?? 'full';
  const expiresAt = now + (input.expiresInDays ?? defaultTokenLifetimeDays) * 24 * 3600_000;
  await inTransaction(db, async (trx) => {
    await insertApiToken(trx, { id, user_id: userId, name: input.name, token_hash: hashToken(token), created_at: now, last_used_at: null, expires_at: expiresAt, scope });
    await recordAudit(trx, { workspaceId: null, actorUserId: userId, action: 'api_token.created', targetType: 'api_token', targetId: id, details: { name: input.name, scope, expiresAt } }, now);
  });
  return { id, token, expiresAt };
}

/** Revokes one of the user's own tokens; another user's id is "not found". */
export async function revokeApiToken(db: Kysely<Database>, userId: string, tokenId: string, now = Date.now()): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await deleteApiTokenOf(trx, userId, tokenId))) throw new DomainError('not_found', 'API token not found.', 'token.not_found');
    await recordAudit(trx, { workspaceId: null, actorUserId: userId, action: 'api_token.revoked', targetType: 'api_token', targetId: tokenId, details: {} }, now);
  });
}
