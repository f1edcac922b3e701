// Account commands, shared by the routes and the CLI.
import type { Kysely } from 'kysely';
import type { Database, Role, UserRow } from '../store/schema.js';
import { findUserByEmail, insertUser } from '../store/repositories/users.js';
import { upsertMembership } from '../store/repositories/workspaces.js';
import { deleteSession, findApiTokenByHash, findApiTokenById, findLiveSession, insertApiToken, insertSession, touchApiToken } from '../store/repositories/sessions.js';
import { recordAudit } from '../store/repositories/audit.js';
import { newId } from '../store/ids.js';
import { hashPassword, minimumPasswordLength, verifyPassword } from './passwords.js';
import { hashToken, newToken } from './secrets.js';

export const sessionLifetimeMs = 14 * 24 * 3600 * 1000;

export class DomainError extends Error {
  constructor(readonly code: 'invalid_input' | 'conflict' | 'not_found' | 'forbidden', message: string) {
    super(message);
    this.name = 'DomainError';
  }
}

export async function createUser(
  db: Kysely<Database>,
  input: { email: string; name: string; password: string; workspaceId?: string; role?: Role },
): Promise<UserRow> {
  if (input.password.length < minimumPasswordLength) throw new DomainError('invalid_input', `password: at least ${minimumPasswordLength} characters`);
  if (!/^[^@\s]+@[^@\s]+$/.test(input.email.trim())) throw new DomainError('invalid_input', 'email: not an e-mail address');
  if ((await findUserByEmail(db, input.email)) !== undefined) throw new DomainError('conflict', `a user with e-mail ${input.email} already exists`);
  const user = await insertUser(db, { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) });
  if (input.workspaceId !== undefined) await upsertMembership(db, input.workspaceId, user.id, input.role ?? 'officer');
  await recordAudit(db, { workspaceId: input.workspaceId ?? null, actorUserId: null, action: 'user.created', targetType: 'user', targetId: user.id, details: { email: user.email, role: input.role ?? null } });
  return user;
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
}

export async function authenticateSession(db: Kysely<Database>, sessionToken: string): Promise<Authenticated | null> {
  const session = await findLiveSession(db, hashToken(sessionToken));
  return session === undefined ? null : { userId: session.user_id, via: 'session', credentialId: session.id, csrfToken: session.csrf_token };
}

export async function authenticateApiToken(db: Kysely<Database>, token: string): Promise<Authenticated | null> {
  const row = await findApiTokenByHash(db, hashToken(token));
  if (row === undefined) return null;
  await touchApiToken(db, row.id);
  return { userId: row.user_id, via: 'token', credentialId: row.id, csrfToken: null };
}

/** Whether a credential checked earlier still holds (long-lived streams re-check it). */
export async function credentialStillValid(db: Kysely<Database>, auth: Pick<Authenticated, 'via' | 'credentialId'>): Promise<boolean> {
  if (auth.via === 'session') return (await findLiveSession(db, auth.credentialId)) !== undefined;
  return (await findApiTokenById(db, auth.credentialId)) !== undefined;
}

/** Returns the token once; only its hash is stored. */
export async function createApiToken(db: Kysely<Database>, userId: string, name: string, now = Date.now()): Promise<{ id: string; token: string }> {
  const token = newToken('sapa');
  const id = newId(now);
  await insertApiToken(db, { id, user_id: userId, name, token_hash: hashToken(token), created_at: now, last_used_at: null });
  await recordAudit(db, { workspaceId: null, actorUserId: userId, action: 'api_token.created', targetType: 'api_token', targetId: id, details: { name } });
  return { id, token };
}
