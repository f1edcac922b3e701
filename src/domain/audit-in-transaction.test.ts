// Issue 12: an audit entry commits with the change it records, everywhere. With audit writes
// refused (a trigger), each command must fail and leave nothing of its change behind.
// (The response-policy case lives in policies.test.ts.)
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../store/repositories/users.js';
import { insertWorkspace, listWorkspacesForUser } from '../store/repositories/workspaces.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { createUser } from './accounts.js';
import { loadRetention, saveRetention } from './privacy/retention.js';
import { createWorkspace } from './team.js';

describe('audit entries in the change\'s transaction', () => {
  let database: TestDatabase;
  let workspaceId: string;

  beforeEach(async () => {
    database = await createTestDatabase('sqlite');
    workspaceId = (await insertWorkspace(database.store.db, { name: 'Audit Brand' })).id;
  });
  afterEach(() => database.dispose());

  const refuseAudit = () => sql`create trigger refuse_audit before insert on audit_log begin select raise(abort, 'audit refused'); end`.execute(database.store.db);

  it('creating a user leaves no user and no membership when the audit entry fails', async () => {
    await refuseAudit();
    const input = { email: 'rollback@test.local', name: 'Rollback', password: 'correct horse battery', workspaceId, role: 'officer' as const };
    await expect(createUser(database.store.db, input)).rejects.toThrow(/audit refused/);
    expect(await findUserByEmail(database.store.db, input.email)).toBeUndefined();
  });

  it('creating a workspace leaves no workspace when the audit entry fails', async () => {
    const owner = await createUser(database.store.db, { email: 'owner@test.local', name: 'Owner', password: 'correct horse battery' });
    await refuseAudit();
    await expect(createWorkspace(database.store.db, { name: 'Never', ownerUserId: owner.id, actorUserId: owner.id })).rejects.toThrow(/audit refused/);
    expect(await listWorkspacesForUser(database.store.db, owner.id)).toEqual([]);
  });

  it('changing the retention period keeps the old period when the audit entry fails', async () => {
    const before = await loadRetention(database.store.db, workspaceId);
    await refuseAudit();
    await expect(saveRetention(database.store.db, { workspaceId, userId: null, via: 'cli' }, { messageTextDays: 30 })).rejects.toThrow(/audit refused/);
    expect(await loadRetention(database.store.db, workspaceId)).toEqual(before);
  });
});
