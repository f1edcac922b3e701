import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../schema.js';
import { newId } from '../ids.js';

export interface NewUserInput {
  email: string;
  name: string;
  passwordHash: string;
  locale?: 'id' | 'en' | null;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(db: Kysely<Database>, input: NewUserInput, now = Date.now()): Promise<UserRow> {
  const row: UserRow = {
    id: newId(now),
    email: normaliseEmail(input.email),
    name: input.name,
    password_hash: input.passwordHash,
    locale: input.locale ?? null,
    color_scheme: 'auto',
    created_at: now,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('created_at').execute();
}

export interface UserPreferences {
  locale?: 'id' | 'en';
  colorScheme?: 'light' | 'dark' | 'auto';
  name?: string;
}

export async function updateUserPreferences(db: Kysely<Database>, id: string, prefs: UserPreferences): Promise<UserRow | undefined> {
  const changes = {
    ...(prefs.locale === undefined ? {} : { locale: prefs.locale }),
    ...(prefs.colorScheme === undefined ? {} : { color_scheme: prefs.colorScheme }),
    ...(prefs.name === undefined ? {} : { name: prefs.name }),
  };
  if (Object.keys(changes).length > 0) await db.updateTable('users').set(changes).where('id', '=', id).execute();
  return findUserById(db, id);
}
