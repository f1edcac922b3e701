// Team management (issue 12, operations): role changes and removals follow the role rules,
// a removed member's access ends at once, and every id is scoped to the workspace in the path.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser } from '../../../domain/accounts.js';
import { insertWorkspace, upsertMembership } from '../../../store/repositories/workspaces.js';
import { listAudit } from '../../../store/repositories/audit.js';
import type { Role } from '../../../store/schema.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, testPassword, type SignedInClient, type TestApp } from '../../../test-support/app.js';

interface Person extends SignedInClient { id: string; email: string }

describe.each(databaseKinds)('team: members (%s)', (kind) => {
  let testApp: TestApp;
  let owner: Person;
  let otherWorkspaceId: string;
  let stranger: Person;
  let sequence = 0;

  const request = (client: SignedInClient | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: client === null ? {} : { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });

  async function signIn(email: string): Promise<SignedInClient> {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: testPassword } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sapa_session');
    return { cookie: `sapa_session=${cookie?.value ?? ''}`, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
  }

  /** A fresh person with `role` in `workspaceId`, signed in: tests never depend on each other's changes. */
  async function person(role: Role, workspaceId = testApp.workspaceId): Promise<Person> {
    sequence += 1;
    const email = `${role}-${sequence}@team.test`;
    const user = await createUser(testApp.database.store.db, { email, name: `${role} ${sequence}`, password: testPassword, workspaceId, role });
    return { id: user.id, email, ...(await signIn(email)) };
  }

  const members = (workspaceId = testApp.workspaceId) => `/api/workspaces/${workspaceId}/members`;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    owner = await person('owner');
    otherWorkspaceId = (await insertWorkspace(testApp.database.store.db, { name: 'Another Brand' })).id;
    stranger = await person('officer', otherWorkspaceId);
  });
  afterAll(() => testApp.dispose());

  it('lists members with their roles for any member', async () => {
    const viewer = await person('viewer');
    const response = await request(viewer, 'GET', members());
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Array<{ id: string; role: string; joinedAt: string }> }>().items;
    expect(items).toContainEqual(expect.objectContaining({ id: viewer.id, role: 'viewer' }));
    expect(items.map((item) => item.id)).not.toContain(stranger.id);
  });

  it('lets a manager change officers and viewers, but not managers or owners, and not give manager', async () => {
    const manager = await person('manager');
    const officer = await person('officer');
    const otherManager = await person('manager');
    expect((await request(manager, 'PATCH', `${members()}/${officer.id}`, { role: 'viewer' })).json()).toMatchObject({ id: officer.id, role: 'viewer' });
    expect((await request(manager, 'PATCH', `${members()}/${officer.id}`, { role: 'manager' })).statusCode).toBe(403);
    expect((await request(manager, 'PATCH', `${members()}/${otherManager.id}`, { role: 'officer' })).statusCode).toBe(403);
    expect((await request(manager, 'PATCH', `${members()}/${owner.id}`, { role: 'viewer' })).statusCode).toBe(403);
    expect((await request(manager, 'DELETE', `${members()}/${otherManager.id}`)).statusCode).toBe(403);
    const officerClient = await person('officer');
    expect((await request(officerClient, 'PATCH', `${members()}/${officer.id}`, { role: 'officer' })).statusCode).toBe(403);
  });

  it('lets an owner change anyone; writes the change to the audit log', async () => {
    const manager = await person('manager');
    const response = await request(owner, 'PATCH', `${members()}/${manager.id}`, { role: 'owner' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'owner' });
    const audit = await listAudit(testApp.database.store.db, testApp.workspaceId);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'member.role_changed', target_id: manager.id, actor_user_id: owner.id }));
    expect((await request(owner, 'PATCH', `${members()}/${manager.id}`, { role: 'viewer' })).statusCode).toBe(200);
  });

  it('never demotes or removes the last owner', async () => {
    const workspace = await insertWorkspace(testApp.database.store.db, { name: 'Solo' });
    const soleOwner = await person('owner', workspace.id);
    expect((await request(soleOwner, 'PATCH', `${members(workspace.id)}/${soleOwner.id}`, { role: 'manager' })).statusCode).toBe(409);
    const removal = await request(soleOwner, 'DELETE', `${members(workspace.id)}/${soleOwner.id}`);
    expect(removal.statusCode).toBe(409);
    expect(removal.json<{ message: string }>().message).toMatch(/last owner/);
    // With a second owner, the first may step down.
    const second = await person('manager', workspace.id);
    expect((await request(soleOwner, 'PATCH', `${members(workspace.id)}/${second.id}`, { role: 'owner' })).statusCode).toBe(200);
    expect((await request(soleOwner, 'PATCH', `${members(workspace.id)}/${soleOwner.id}`, { role: 'manager' })).statusCode).toBe(200);
  });

  it('answers 404 for another workspace\'s member and 400 for a role that does not exist', async () => {
    expect((await request(owner, 'PATCH', `${members()}/${stranger.id}`, { role: 'viewer' })).statusCode).toBe(404);
    expect((await request(owner, 'DELETE', `${members()}/${stranger.id}`)).statusCode).toBe(404);
    expect((await request(owner, 'GET', members(otherWorkspaceId))).statusCode).toBe(404);
    expect((await request(owner, 'DELETE', `${members(otherWorkspaceId)}/${stranger.id}`)).statusCode).toBe(404);
    const officer = await person('officer');
    expect((await request(owner, 'PATCH', `${members()}/${officer.id}`, { role: 'admin' })).statusCode).toBe(400);
    expect((await request(owner, 'PATCH', `${members()}/${officer.id}`, {})).statusCode).toBe(400);
  });

  it('ends a removed member\'s sessions and API tokens when no workspace is left (401 at once)', async () => {
    const leaving = await person('officer');
    const { token } = await createApiToken(testApp.database.store.db, leaving.id, { name: 'script' });
    expect((await request(leaving, 'GET', members())).statusCode).toBe(200);
    expect((await request(owner, 'DELETE', `${members()}/${leaving.id}`)).statusCode).toBe(204);
    expect((await request(leaving, 'GET', '/api/session')).statusCode).toBe(401);
    expect((await request(leaving, 'GET', members())).statusCode).toBe(401);
    const byToken = await testApp.app.inject({ method: 'GET', url: members(), headers: { authorization: `Bearer ${token}` } });
    expect(byToken.statusCode).toBe(401);
    const audit = await listAudit(testApp.database.store.db, testApp.workspaceId);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'member.removed', target_id: leaving.id, actor_user_id: owner.id }));
  });

  it('keeps a removed member\'s other workspaces working, but this one answers 404', async () => {
    const leaving = await person('viewer');
    await upsertMembership(testApp.database.store.db, otherWorkspaceId, leaving.id, 'officer');
    const manager = await person('manager');
    expect((await request(manager, 'DELETE', `${members()}/${leaving.id}`)).statusCode).toBe(204);
    expect((await request(leaving, 'GET', members())).statusCode).toBe(404);
    expect((await request(leaving, 'GET', members(otherWorkspaceId))).statusCode).toBe(200);
    expect((await request(owner, 'DELETE', `${members()}/${leaving.id}`)).statusCode).toBe(404);
  });

  it('creates a workspace for any signed-in user, who becomes its owner', async () => {
    const viewer = await person('viewer');
    const created = await request(viewer, 'POST', '/api/workspaces', { name: '  Kopi Senja  ', timezone: 'Asia/Makassar', locale: 'en' });
    expect(created.statusCode).toBe(201);
    const workspace = created.json<{ id: string; name: string; role: string; timezone: string }>();
    expect(workspace).toMatchObject({ name: 'Kopi Senja', role: 'owner', timezone: 'Asia/Makassar' });
    const session = (await request(viewer, 'GET', '/api/session')).json<{ workspaces: Array<{ id: string; role: string }> }>();
    expect(session.workspaces).toContainEqual(expect.objectContaining({ id: workspace.id, role: 'owner' }));
    expect((await request(viewer, 'GET', members(workspace.id))).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await request(viewer, 'POST', '/api/workspaces', { name: 'X', timezone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await request(viewer, 'POST', '/api/workspaces', { name: '   ' })).statusCode).toBe(400);
    expect((await request(null, 'POST', '/api/workspaces', { name: 'Anon' })).statusCode).toBe(401);
  });
});

describe.each(databaseKinds)('team: a removed member\'s live streams close (%s)', (kind) => {
  let testApp: TestApp;
  let base: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    base = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => testApp.dispose());

  function openStream(path: string, cookie: string): Promise<{ status: number; ended: Promise<void>; close(): void }> {
    return new Promise((resolve, reject) => {
      const req = http.get(`${base}${path}`, { headers: { cookie } }, (response) => {
        const ended = new Promise<void>((done) => { response.on('end', done); response.on('close', done); });
        response.resume();
        resolve({ status: response.statusCode ?? 0, ended, close: () => req.destroy() });
      });
      req.on('error', reject);
    });
  }

  async function signInCookie(email: string) {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: testPassword } });
    const cookie = response.cookies.find((c) => c.name === 'sapa_session');
    return { cookie: `sapa_session=${cookie?.value ?? ''}`, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
  }

  it('closes the removed member\'s stream of that workspace, not their stream of another', async () => {
    const { db } = testApp.database.store;
    const other = await insertWorkspace(db, { name: 'Other' });
    const user = await createUser(db, { email: 'leaving@team.test', name: 'Leaving', password: testPassword, workspaceId: testApp.workspaceId, role: 'officer' });
    await upsertMembership(db, other.id, user.id, 'viewer');
    const leaving = await signInCookie(user.email);
    const owner = await signInCookie(testApp.emails.owner);
    const here = await openStream(`/api/workspaces/${testApp.workspaceId}/events`, leaving.cookie);
    const there = await openStream(`/api/workspaces/${other.id}/events`, leaving.cookie);
    expect([here.status, there.status]).toEqual([200, 200]);
    const removal = await testApp.app.inject({ method: 'DELETE', url: `/api/workspaces/${testApp.workspaceId}/members/${user.id}`, headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken } });
    expect(removal.statusCode).toBe(204);
    await here.ended;
    let thereEnded = false;
    void there.ended.then(() => { thereEnded = true; });
    await new Promise((resolve) => setImmediate(resolve));
    expect(thereEnded).toBe(false);
    there.close();
  });
});
