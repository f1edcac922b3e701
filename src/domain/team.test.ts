// Team commands against both databases, including the races the workspace lock and the
// conditional invite update exist for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { countOwners, listAllWorkspaces } from '../store/repositories/team.js';
import { insertUser } from '../store/repositories/users.js';
import { changeMemberRole, createWorkspace, removeMember } from './team.js';
import { createInvite, signUpWithInvite } from './invites.js';

describe.each(databaseKinds)('team commands (%s)', (kind) => {
  let database: TestDatabase;
  let sequence = 0;
  const user = async () => { sequence += 1; return insertUser(database.store.db, { email: `u${sequence}@team.test`, name: `U${sequence}`, passwordHash: 'x' }); };

  beforeAll(async () => { database = await createTestDatabase(kind); });
  afterAll(() => database.dispose());

  it('keeps one owner when two owners demote themselves at the same moment', async () => {
    const { db } = database.store;
    const [first, second] = [await user(), await user()];
    const workspace = await createWorkspace(db, { name: 'Race', ownerUserId: first.id, actorUserId: first.id });
    await changeMemberRole(db, { workspaceId: workspace.id, userId: first.id }, first.id, 'owner');
    await db.insertInto('memberships').values({ workspace_id: workspace.id, user_id: second.id, role: 'owner', created_at: Date.now() }).execute();
    // Open a few pool connections first, so both transactions really run side by side on PostgreSQL.
    await Promise.all([1, 2, 3].map(() => db.transaction().execute((trx) => trx.selectFrom('workspaces').select('id').execute())));
    const results = await Promise.allSettled([
      changeMemberRole(db, { workspaceId: workspace.id, userId: first.id }, first.id, 'viewer'),
      removeMember(db, { workspaceId: workspace.id, userId: second.id }, second.id),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(String((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(/last owner/);
    expect(await countOwners(db, workspace.id)).toBe(1);
  });

  it('lets exactly one of two people racing for a single-use invite join', async () => {
    const { db } = database.store;
    const owner = await user();
    const workspace = await createWorkspace(db, { name: 'Invite race', ownerUserId: owner.id, actorUserId: owner.id });
    const { code } = await createInvite(db, { workspaceId: workspace.id, userId: owner.id, role: 'owner' }, { role: 'officer' });
    const results = await Promise.allSettled([1, 2, 3].map((n) => signUpWithInvite(db, code, { name: `Racer ${n}`, email: `racer-${n}-${kind}@team.test`, password: 'a long enough password' })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const workspaces = await listAllWorkspaces(db);
    expect(workspaces.find((entry) => entry.id === workspace.id)).toMatchObject({ members: 2, owners: [owner.email] });
  });
});
