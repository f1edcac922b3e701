// Issue 12: audit entries commit with the change they record. A failing audit write must
// leave the saved response policy unchanged.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { readWorkspaceSetting } from '../store/repositories/settings.js';
import { createTestDatabase, type TestDatabase } from '../test-support/databases.js';
import { saveResponsePolicy } from './policies.js';
import { defaultResponsePolicy } from './response-targets.js';

describe('saveResponsePolicy', () => {
  let database: TestDatabase | undefined;
  afterEach(() => database?.dispose());

  it('rolls the policy back when its audit entry cannot be written', async () => {
    database = await createTestDatabase('sqlite');
    const { db } = database.store;
    const workspace = await insertWorkspace(db, { name: 'Audit Brand' });
    await sql`create trigger refuse_audit before insert on audit_log begin select raise(abort, 'audit refused'); end`.execute(db);
    await expect(saveResponsePolicy(db, workspace.id, defaultResponsePolicy, null)).rejects.toThrow(/audit refused/);
    expect(await readWorkspaceSetting(db, workspace.id, 'response_policy')).toBeUndefined();
  });
});
