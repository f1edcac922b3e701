// The repository contract, run against SQLite and PostgreSQL alike.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { migrateToLatest } from './migrate.js';
import { listAudit, recordAudit } from './repositories/audit.js';
import { findLiveSession, insertSession, deleteExpiredSessions } from './repositories/sessions.js';
import { findUserByEmail, insertUser, updateUserPreferences } from './repositories/users.js';
import { findRole, insertWorkspace, listWorkspacesForUser, upsertMembership } from './repositories/workspaces.js';

describe.each(databaseKinds)('store on %s', (kind) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(() => database.dispose());

  it('migrates idempotently', async () => {
    const again = await migrateToLatest(database.store);
    expect(again.applied).toEqual([]);
  });

  it('creates a workspace with Asia/Jakarta and Indonesian by default', async () => {
    const workspace = await insertWorkspace(database.store.db, { name: 'Kopi Senja' });
    expect(workspace).toMatchObject({ timezone: 'Asia/Jakarta', locale: 'id' });
  });

  it('finds users by e-mail case-insensitively and refuses a second account with the same e-mail', async () => {
    await insertUser(database.store.db, { email: 'Rina@Example.com', name: 'Rina', passwordHash: 'x' });
    expect((await findUserByEmail(database.store.db, 'rina@example.COM'))?.name).toBe('Rina');
    await expect(insertUser(database.store.db, { email: 'rina@example.com', name: 'Other', passwordHash: 'y' })).rejects.toThrow();
  });

  it('keeps one membership per user and workspace, with its role', async () => {
    const { db } = database.store;
    const user = await insertUser(db, { email: 'a@b.c', name: 'A', passwordHash: 'x' });
    const workspace = await insertWorkspace(db, { name: 'W' });
    await upsertMembership(db, workspace.id, user.id, 'officer');
    await upsertMembership(db, workspace.id, user.id, 'manager');
    expect(await findRole(db, workspace.id, user.id)).toBe('manager');
    expect(await listWorkspacesForUser(db, user.id)).toHaveLength(1);
  });

  it('stores preferences', async () => {
    const { db } = database.store;
    const user = await insertUser(db, { email: 'p@b.c', name: 'P', passwordHash: 'x' });
    const updated = await updateUserPreferences(db, user.id, { locale: 'en', colorScheme: 'dark' });
    expect(updated).toMatchObject({ locale: 'en', color_scheme: 'dark' });
  });

  it('finds only live sessions and purges expired ones', async () => {
    const { db } = database.store;
    const user = await insertUser(db, { email: 's@b.c', name: 'S', passwordHash: 'x' });
    const now = Date.now();
    await insertSession(db, { id: 'live', user_id: user.id, csrf_token: 'c', created_at: now, expires_at: now + 60_000 });
    await insertSession(db, { id: 'old', user_id: user.id, csrf_token: 'c', created_at: now - 120_000, expires_at: now - 60_000 });
    expect(await findLiveSession(db, 'live', now)).toBeDefined();
    expect(await findLiveSession(db, 'old', now)).toBeUndefined();
    expect(await deleteExpiredSessions(db, now)).toBe(1);
  });

  it('records the audit log newest first', async () => {
    const { db } = database.store;
    const workspace = await insertWorkspace(db, { name: 'W' });
    await recordAudit(db, { workspaceId: workspace.id, actorUserId: null, action: 'a.first', targetType: 't', targetId: null }, 1_000);
    await recordAudit(db, { workspaceId: workspace.id, actorUserId: null, action: 'a.second', targetType: 't', targetId: null, details: { why: 'test' } }, 2_000);
    const entries = await listAudit(db, workspace.id);
    expect(entries.map((entry) => entry.action)).toEqual(['a.second', 'a.first']);
    expect(JSON.parse(entries[0]?.details ?? '{}')).toEqual({ why: 'test' });
  });
});
