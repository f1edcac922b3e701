// Compose through HTTP: drafts, and scheduling with the guard's 422 (findings), a manager's
// override, and the pacing hold's 409 (rule and earliest time). On SQLite and PostgreSQL, a workspace per test.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../store/repositories/channels.js';
import type { ChannelRow } from '../../../store/schema.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

interface PostJson {
  id: string;
  status: string;
  paid: boolean;
  scheduledAt: string | null;
  variants: Array<{ channel: { id: string; network: string }; state: string }>;
}

describe.each(databaseKinds)('posts API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let officer: SignedInClient;
  let manager: SignedInClient;
  let channel: ChannelRow;
  let base: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    channel = await insertChannel(testApp.database.store.db, { workspaceId: testApp.workspaceId, network: 'facebook', handle: 'glowria.id', displayName: 'Glowria', simulated: true });
    officer = await signInAs(testApp, 'officer');
    manager = await signInAs(testApp, 'manager');
    base = `/api/workspaces/${testApp.workspaceId}/posts`;
  });

  const send = (client: SignedInClient, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
  const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: officer.cookie } });
  const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const createDraft = async (text: string, extra: object = {}) => {
    const response = await send(officer, 'POST', base, { text, channelIds: [channel.id], ...extra });
    expect(response.statusCode).toBe(201);
    return response.json<PostJson>();
  };

  it('creates, edits, lists and deletes drafts', async () => {
    const created = await createDraft('Halo semua, ada cerita pagi ini.', { paid: true });
    expect(created).toMatchObject({ status: 'draft', paid: true, variants: [{ channel: { id: channel.id, network: 'facebook' }, state: 'pending' }] });
    const edited = await send(officer, 'PUT', `${base}/${created.id}`, { text: 'Halo semua!', channelIds: [], paid: false });
    expect(edited.json<PostJson>()).toMatchObject({ paid: false, variants: [] });
    const list = (await get(`${base}?status=draft`)).json<{ items: PostJson[] }>();
    expect(list.items.map((item) => item.id)).toContain(created.id);
    expect((await send(officer, 'DELETE', `${base}/${created.id}`)).statusCode).toBe(204);
    expect((await get(`${base}/${created.id}`)).statusCode).toBe(404);
    expect((await send(officer, 'POST', base, { text: 'x', channelIds: ['elsewhere'] })).statusCode).toBe(400);
  });

  it('refuses a blocking draft with 422 and its findings, then schedules it on a manager override', async () => {
    const created = await createDraft('Dijamin 100% sembuh total, tanpa efek samping!');
    const blocked = await send(officer, 'POST', `${base}/${created.id}/schedule`, { scheduledAt: inMinutes(30) });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json<{ findings: Array<{ severity: string }> }>().findings.some((f) => f.severity === 'block')).toBe(true);
    const officerOverride = await send(officer, 'POST', `${base}/${created.id}/schedule`, { scheduledAt: inMinutes(30), overrideReason: 'Legal approved this wording' });
    expect(officerOverride.statusCode).toBe(403);
    expect((await send(manager, 'POST', `${base}/${created.id}/schedule`, { scheduledAt: inMinutes(30), overrideReason: 'short' })).statusCode).toBe(400);
    const overridden = await send(manager, 'POST', `${base}/${created.id}/schedule`, { scheduledAt: inMinutes(30), overrideReason: 'Legal approved this wording' });
    expect(overridden.statusCode).toBe(200);
    expect(overridden.json<PostJson>().status).toBe('scheduled');
    // Editing a scheduled post would skip the check it passed: refused until unscheduled.
    expect((await send(officer, 'PUT', `${base}/${created.id}`, { text: 'x', channelIds: [] })).statusCode).toBe(409);
    expect((await send(officer, 'POST', `${base}/${created.id}/unschedule`)).json<PostJson>().status).toBe('draft');
  });

  it('holds a post too soon after another on the channel with 409, the rule and the earliest time', async () => {
    const first = await createDraft('Selamat pagi! Kulit kalian lagi butuh apa minggu ini?');
    expect((await send(officer, 'POST', `${base}/${first.id}/schedule`, { scheduledAt: inMinutes(120) })).statusCode).toBe(200);
    const second = await createDraft('Cerita di balik kemasan isi ulang kami, kalau penasaran.');
    const held = await send(officer, 'POST', `${base}/${second.id}/schedule`, { scheduledAt: inMinutes(130) });
    expect(held.statusCode).toBe(409);
    const { hold } = held.json<{ hold: { rule: string; until: string; channelId: string; message: { id: string; en: string } } }>();
    expect(hold).toMatchObject({ rule: 'PACE.POST_GAP', channelId: channel.id });
    expect(Date.parse(hold.until)).toBeGreaterThan(Date.now() + 140 * 60_000);
    expect((await send(officer, 'POST', `${base}/${second.id}/schedule`, { scheduledAt: hold.until })).statusCode).toBe(200);
  });

  it('validates the schedule time', async () => {
    const created = await createDraft('Halo!');
    expect((await send(officer, 'POST', `${base}/${created.id}/schedule`, { scheduledAt: 'tomorrow' })).statusCode).toBe(400);
    const past = await send(officer, 'POST', `${base}/${created.id}/schedule`, { scheduledAt: inMinutes(-30) });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ message: string }>().message).toMatch(/scheduledAt/);
  });
});
