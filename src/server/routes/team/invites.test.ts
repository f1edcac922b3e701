// Invites (issue 12, operations): made by managers and owners, used once through the join
// page by a new or an existing account, refused clearly when used, expired or withdrawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../domain/accounts.js';
import { createInvite } from '../../../domain/invites.js';
import { listAudit } from '../../../store/repositories/audit.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, signInAs, testPassword, type SignedInClient, type TestApp } from '../../../test-support/app.js';

interface Created { invite: { id: string; role: string; status: string }; code: string; joinPath: string }

describe.each(databaseKinds)('team: invites (%s)', (kind) => {
  let testApp: TestApp;
  let owner: SignedInClient;
  let manager: SignedInClient;
  let sequence = 0;

  const request = (client: SignedInClient | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: client === null ? {} : { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
  const invites = (workspaceId = testApp.workspaceId) => `/api/workspaces/${workspaceId}/invites`;
  const invite = async (client: SignedInClient, body: object): Promise<Created> => {
    const response = await request(client, 'POST', invites(), body);
    expect(response.statusCode).toBe(201);
    return response.json<Created>();
  };
  const newcomer = () => { sequence += 1; return { name: `New ${sequence}`, email: `new-${sequence}@team.test`, password: 'a long enough password' }; };
  const sessionFrom = (response: { cookies: Array<{ name: string; value: string }>; json: <T>() => T }): SignedInClient => ({
    cookie: `sapa_session=${response.cookies.find((c) => c.name === 'sapa_session')?.value ?? ''}`, csrfToken: response.json<{ csrfToken: string }>().csrfToken,
  });

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await signInAs(testApp, 'owner');
    manager = await signInAs(testApp, 'manager');
  });
  afterAll(() => testApp.dispose());

  it('gives a link and a typed code; a new person signs up with it and is a member at once', async () => {
    const created = await invite(manager, { role: 'officer' });
    expect(created.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(created.joinPath).toBe(`/join/${created.code}`);
    const preview = await request(null, 'GET', `/api/invites/${created.code.toLowerCase()}`);
    expect(preview.json()).toMatchObject({ status: 'active', workspaceName: 'Test Brand', role: 'officer' });
    const person = newcomer();
    const joined = await request(null, 'POST', `/api/invites/${created.code}/sign-up`, person);
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ workspaceId: testApp.workspaceId, role: 'officer', user: { email: person.email } });
    const members = await request(sessionFrom(joined), 'GET', `/api/workspaces/${testApp.workspaceId}/members`);
    expect(members.statusCode).toBe(200);
    expect(members.json<{ items: Array<{ email: string; role: string }> }>().items).toContainEqual(expect.objectContaining({ email: person.email, role: 'officer' }));
    const audit = await listAudit(testApp.database.store.db, testApp.workspaceId);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['invite.created', 'invite.accepted']));
  });

  it('is single use: a second person is refused with a clear message, and the list shows it used', async () => {
    const created = await invite(manager, { role: 'viewer' });
    expect((await request(null, 'POST', `/api/invites/${created.code}/sign-up`, newcomer())).statusCode).toBe(201);
    const second = await request(null, 'POST', `/api/invites/${created.code}/sign-up`, newcomer());
    expect(second.statusCode).toBe(409);
    expect(second.json<{ message: string }>().message).toMatch(/already been used/);
    expect((await request(null, 'GET', `/api/invites/${created.code}`)).json()).toMatchObject({ status: 'used', workspaceName: null });
    const list = (await request(manager, 'GET', invites())).json<{ items: Array<{ id: string; status: string; useCount: number }> }>();
    expect(list.items.find((item) => item.id === created.invite.id)).toMatchObject({ status: 'used', useCount: 1 });
    expect(JSON.stringify(list)).not.toContain(created.code);
  });

  it('lets several people join with a multi-use invite', async () => {
    const created = await invite(owner, { role: 'viewer', singleUse: false, expiresInDays: 2 });
    for (let i = 0; i < 2; i += 1) expect((await request(null, 'POST', `/api/invites/${created.code}/sign-up`, newcomer())).statusCode).toBe(201);
  });

  it('refuses an expired invite and a withdrawn one', async () => {
    const [ownerUser] = (await testApp.database.store.db.selectFrom('users').select('id').where('email', '=', testApp.emails.owner).execute());
    const old = await createInvite(testApp.database.store.db, { workspaceId: testApp.workspaceId, userId: ownerUser?.id ?? '', role: 'owner' }, { role: 'officer', expiresInDays: 1 }, Date.now() - 2 * 24 * 3600_000);
    expect((await request(null, 'GET', `/api/invites/${old.code}`)).json()).toMatchObject({ status: 'expired' });
    const expired = await request(null, 'POST', `/api/invites/${old.code}/sign-up`, newcomer());
    expect(expired.statusCode).toBe(409);
    expect(expired.json<{ message: string }>().message).toMatch(/expired/);

    const created = await invite(manager, { role: 'officer' });
    expect((await request(manager, 'DELETE', `${invites()}/${created.invite.id}`)).statusCode).toBe(204);
    expect((await request(null, 'GET', `/api/invites/${created.code}`)).json()).toMatchObject({ status: 'revoked' });
    const withdrawn = await request(null, 'POST', `/api/invites/${created.code}/sign-up`, newcomer());
    expect(withdrawn.json<{ message: string }>().message).toMatch(/withdrawn/);
  });

  it('lets a signed-in user join with their account; a member cannot join twice', async () => {
    const other = await insertWorkspace(testApp.database.store.db, { name: 'Other Brand' });
    await createUser(testApp.database.store.db, { email: 'elsewhere@team.test', name: 'Elsewhere', password: testPassword, workspaceId: other.id, role: 'owner' });
    const signedIn = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'elsewhere@team.test', password: testPassword } });
    const elsewhere = sessionFrom(signedIn);
    const created = await invite(manager, { role: 'viewer' });
    const joined = await request(elsewhere, 'POST', `/api/invites/${created.code}/accept`);
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toEqual({ workspaceId: testApp.workspaceId, role: 'viewer' });
    const again = await request(manager, 'POST', `/api/invites/${(await invite(manager, { role: 'viewer' })).code}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toMatch(/already a member/);
    // Signing up with an e-mail that has an account points to signing in instead.
    const taken = await request(null, 'POST', `/api/invites/${(await invite(manager, { role: 'viewer' })).code}/sign-up`, { name: 'X', email: 'ELSEWHERE@team.test', password: 'a long enough password' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ message: string }>().message).toMatch(/sign in first/);
  });

  it('follows the role rules: a manager cannot invite a manager or owner, an officer cannot invite at all', async () => {
    expect((await request(manager, 'POST', invites(), { role: 'manager' })).statusCode).toBe(403);
    expect((await request(manager, 'POST', invites(), { role: 'owner' })).statusCode).toBe(403);
    expect((await request(await signInAs(testApp, 'officer'), 'POST', invites(), { role: 'viewer' })).statusCode).toBe(403);
    expect((await request(await signInAs(testApp, 'officer'), 'GET', invites())).statusCode).toBe(403);
    const ownerInvite = await invite(owner, { role: 'manager' });
    expect((await request(manager, 'DELETE', `${invites()}/${ownerInvite.invite.id}`)).statusCode).toBe(403);
  });

  it('answers 404 for another workspace\'s invite, unknown or malformed codes, and 400 for bad input', async () => {
    const other = await insertWorkspace(testApp.database.store.db, { name: 'Third Brand' });
    const otherOwner = await createUser(testApp.database.store.db, { email: 'third@team.test', name: 'Third', password: testPassword, workspaceId: other.id, role: 'owner' });
    const foreign = await createInvite(testApp.database.store.db, { workspaceId: other.id, userId: otherOwner.id, role: 'owner' }, { role: 'officer' });
    expect((await request(owner, 'DELETE', `${invites()}/${foreign.invite.id}`)).statusCode).toBe(404);
    expect((await request(owner, 'GET', invites(other.id))).statusCode).toBe(404);
    expect((await request(owner, 'DELETE', `${invites(other.id)}/${foreign.invite.id}`)).statusCode).toBe(404);
    expect((await request(null, 'GET', '/api/invites/AAAA-BBBB-CCCC')).statusCode).toBe(404);
    expect((await request(null, 'GET', '/api/invites/not-a-code')).statusCode).toBe(404);
    expect((await request(manager, 'POST', invites(), { role: 'officer', expiresInDays: 90 })).statusCode).toBe(400);
    expect((await request(manager, 'POST', invites(), { role: 'chief' })).statusCode).toBe(400);
    const created = await invite(manager, { role: 'officer' });
    const weak = await request(null, 'POST', `/api/invites/${created.code}/sign-up`, { name: 'Weak', email: 'weak@team.test', password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect((await request(null, 'POST', `/api/invites/${created.code}/sign-up`, { name: 'No mail', email: 'nope', password: 'a long enough password' })).statusCode).toBe(400);
    expect((await request(null, 'GET', `/api/invites/${created.code}`)).json()).toMatchObject({ status: 'active' });
    expect((await request(null, 'POST', `/api/invites/${created.code}/accept`)).statusCode).toBe(401);
  });
});
