// Approval through HTTP on both databases: an officer submits, a manager rejects with a comment
// (the author reads it) or approves (which schedules), officers cannot decide, editing an
// approved post sends it back, every step is audited, and another workspace's posts are 404.
// Each test has workspaces of its own (one app per engine).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../store/repositories/channels.js';
import { listAudit } from '../../../store/repositories/audit.js';
import { findUserByEmail } from '../../../store/repositories/users.js';
import { insertWorkspace, upsertMembership } from '../../../store/repositories/workspaces.js';
import type { Role } from '../../../store/schema.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

interface Answer { post: { id: string; status: string }; approvalState: string | null }

describe.each(databaseKinds)('post approval API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  const clients = {} as Record<Role, SignedInClient>;
  let base: string;
  let otherBase: string;
  let channelId: string;
  let otherPostId: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    const { db } = testApp.database.store;
    for (const role of ['owner', 'manager', 'officer', 'viewer'] as const) clients[role] = await signInAs(testApp, role);
    base = `/api/workspaces/${testApp.workspaceId}`;
    channelId = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'facebook', handle: 'glowria.id', displayName: 'Glowria', simulated: true })).id;
    const other = await insertWorkspace(db, { name: 'Other' });
    otherBase = `/api/workspaces/${other.id}`;
    for (const role of ['manager', 'officer'] as const) {
      const user = await findUserByEmail(db, testApp.emails[role]);
      if (user !== undefined) await upsertMembership(db, other.id, user.id, role);
    }
    const otherChannel = await insertChannel(db, { workspaceId: other.id, network: 'facebook', handle: 'other', displayName: 'Other', simulated: true });
    otherPostId = (await call('officer', 'POST', `${otherBase}/posts`, { text: 'Rahasia brand lain', channelIds: [otherChannel.id] })).json<{ id: string }>().id;
  });

  const call = (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => testApp.app.inject({
    method, url, headers: { cookie: clients[role].cookie, 'x-csrf-token': clients[role].csrfToken }, ...(payload === undefined ? {} : { payload }),
  });
  const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
  /** Turns approval on for this test's workspace (the first test does it through its own steps). */
  const requireApproval = async () => { expect((await call('manager', 'PUT', `${base}/post-approval`, { required: true })).statusCode).toBe(200); };
  const draft = async (text: string) => (await call('officer', 'POST', `${base}/posts`, { text, channelIds: [channelId] })).json<{ id: string }>().id;

  it('lets only managers turn approval on, and then refuses an officer\'s direct scheduling', async () => {
    expect((await call('officer', 'PUT', `${base}/post-approval`, { required: true })).statusCode).toBe(403);
    expect((await call('manager', 'PUT', `${base}/post-approval`, { required: true })).statusCode).toBe(200);
    expect((await call('viewer', 'GET', `${base}/post-approval`)).json()).toEqual({ required: true });
    const id = await draft('Selamat pagi! Kulit kalian lagi butuh apa minggu ini?');
    expect((await call('officer', 'POST', `${base}/posts/${id}/schedule`, { scheduledAt: inHours(3) })).statusCode).toBe(403);
  });

  it('rejects with a required comment the author can read, then approves a resubmission, which schedules it', async () => {
    await requireApproval();
    const id = await draft('Cerita di balik kemasan isi ulang kami, kalau penasaran.');
    const submitted = await call('officer', 'POST', `${base}/posts/${id}/submit`, { plannedAt: inHours(30) });
    expect(submitted.json<Answer>()).toMatchObject({ approvalState: 'pending_approval', post: { status: 'draft' } });
    expect((await call('officer', 'POST', `${base}/posts/${id}/approve`, {})).statusCode).toBe(403);
    expect((await call('manager', 'POST', `${base}/posts/${id}/reject`, {})).statusCode).toBe(400);
    const rejected = await call('manager', 'POST', `${base}/posts/${id}/reject`, { comment: 'Tambahkan harga dan tautan toko.' });
    expect(rejected.json<Answer>().approvalState).toBe('rejected');
    const history = (await call('officer', 'GET', `${base}/posts/${id}/approvals`)).json<{ items: Array<{ action: string; comment: string | null }> }>();
    expect(history.items.map((step) => step.action)).toEqual(['submitted', 'rejected']);
    expect(history.items[1]?.comment).toBe('Tambahkan harga dan tautan toko.');

    await call('officer', 'POST', `${base}/posts/${id}/submit`, {});
    const approved = await call('manager', 'POST', `${base}/posts/${id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json<Answer>()).toMatchObject({ approvalState: 'approved', post: { status: 'scheduled' } });
    const actions = (await listAudit(testApp.database.store.db, testApp.workspaceId)).filter((e) => e.target_id === id).map((e) => e.action);
    expect(actions.sort()).toEqual(['post.approved', 'post.rejected', 'post.submitted', 'post.submitted'].sort());

    // Unscheduled and edited: the approval was for the old text, so it goes back to the managers.
    await call('officer', 'POST', `${base}/posts/${id}/unschedule`);
    await call('officer', 'PUT', `${base}/posts/${id}`, { text: 'Teks baru setelah disetujui.', channelIds: [channelId] });
    const after = (await call('officer', 'GET', `${base}/posts/${id}/approvals`)).json<{ items: Array<{ action: string }> }>();
    expect(after.items.at(-1)?.action).toBe('reopened');
  });

  it('tells open browsers of each decision (post.updated) and shows the state on the post itself', async () => {
    await requireApproval();
    const id = await draft('Rutinitas pagi tim kami, mana yang paling mirip punyamu?');
    const events: Array<{ name: string; data: Record<string, unknown> }> = [];
    const unsubscribe = testApp.context.events.subscribe(testApp.workspaceId, (event) => events.push(event));
    await call('officer', 'POST', `${base}/posts/${id}/submit`, { plannedAt: inHours(40) });
    await call('manager', 'POST', `${base}/posts/${id}/reject`, { comment: 'Ganti fotonya dulu ya.' });
    unsubscribe();
    expect(events.filter((event) => event.name === 'post.updated').map((event) => [event.data.postId, event.data.action, event.data.approvalState]))
      .toEqual([[id, 'submitted', 'pending_approval'], [id, 'rejected', 'rejected']]);
    expect((await call('officer', 'GET', `${base}/posts/${id}`)).json()).toMatchObject({ approvalState: 'rejected' });
  });

  it('still needs a manager\'s written override for a blocking finding', async () => {
    await requireApproval();
    const id = await draft('Dijamin 100% sembuh total, tanpa efek samping!');
    await call('officer', 'POST', `${base}/posts/${id}/submit`, { plannedAt: inHours(60) });
    expect((await call('manager', 'POST', `${base}/posts/${id}/approve`, {})).statusCode).toBe(422);
    const overridden = await call('manager', 'POST', `${base}/posts/${id}/approve`, { overrideReason: 'Legal approved this wording' });
    expect(overridden.json<Answer>().approvalState).toBe('approved');
  });

  it('answers another workspace\'s post with 404 through this workspace\'s path', async () => {
    await requireApproval();
    expect((await call('officer', 'POST', `${base}/posts/${otherPostId}/submit`, { plannedAt: inHours(5) })).statusCode).toBe(404);
    expect((await call('manager', 'POST', `${base}/posts/${otherPostId}/reject`, { comment: 'tidak' })).statusCode).toBe(404);
    const history = await call('viewer', 'GET', `${base}/posts/${otherPostId}/approvals`);
    expect(history.statusCode).toBe(404);
    expect(history.body).not.toContain('Rahasia');
  });

  it('answers another workspace\'s post with 404 even when this workspace does not ask for approval', async () => {
    expect((await call('officer', 'POST', `${base}/posts/${otherPostId}/submit`, { plannedAt: inHours(5) })).statusCode).toBe(404);
    expect((await call('manager', 'POST', `${base}/posts/${otherPostId}/approve`, {})).statusCode).toBe(404);
    const own = await draft('Selamat pagi dari kami!');
    expect((await call('officer', 'POST', `${base}/posts/${own}/submit`, { plannedAt: inHours(5) })).statusCode).toBe(409);
  });
});
