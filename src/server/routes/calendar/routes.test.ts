// The calendar through HTTP on both databases: posts in a range with their display state and
// filters, a move that plans a draft or reschedules through pacing (409 names the rule), a
// validated range, and another workspace's posts neither listed nor movable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../store/repositories/channels.js';
import { findUserByEmail } from '../../../store/repositories/users.js';
import { insertWorkspace, upsertMembership } from '../../../store/repositories/workspaces.js';
import type { Role } from '../../../store/schema.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

interface Item { id: string; state: string; at: string; variants: Array<{ channel: { id: string } }> }

describe.each(databaseKinds)('calendar API (%s)', (kind) => {
  let testApp: TestApp;
  const clients = {} as Record<Role, SignedInClient>;
  let base: string;
  let instagram: string;
  let bluesky: string;
  let otherPostId: string;
  const hour = 3600_000;
  const at = (hours: number) => new Date(Math.ceil(Date.now() / hour) * hour + hours * hour).toISOString();

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const { db } = testApp.database.store;
    for (const role of ['manager', 'officer', 'viewer'] as const) clients[role] = await signInAs(testApp, role);
    base = `/api/workspaces/${testApp.workspaceId}`;
    instagram = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'glowria.id', displayName: 'G', simulated: true })).id;
    bluesky = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'bluesky', handle: 'glowria.test', displayName: 'G', simulated: true })).id;
    const other = await insertWorkspace(db, { name: 'Other' });
    const officer = await findUserByEmail(db, testApp.emails.officer);
    if (officer !== undefined) await upsertMembership(db, other.id, officer.id, 'officer');
    const otherChannel = await insertChannel(db, { workspaceId: other.id, network: 'instagram', handle: 'other', displayName: 'O', simulated: true });
    otherPostId = (await call('officer', 'POST', `/api/workspaces/${other.id}/posts`, { text: 'Rahasia brand lain', channelIds: [otherChannel.id] })).json<{ id: string }>().id;
    await call('officer', 'POST', `/api/workspaces/${other.id}/posts/${otherPostId}/move`, { at: at(5) });
  });
  afterAll(() => testApp.dispose());

  const call = (role: Role, method: 'GET' | 'POST', url: string, payload?: object) => testApp.app.inject({
    method, url, headers: { cookie: clients[role].cookie, 'x-csrf-token': clients[role].csrfToken }, ...(payload === undefined ? {} : { payload }),
  });
  const draft = async (text: string, channelId: string) => (await call('officer', 'POST', `${base}/posts`, { text, channelIds: [channelId] })).json<{ id: string }>().id;
  const calendar = async (query = '') => (await call('viewer', 'GET', `${base}/calendar?from=${encodeURIComponent(at(-2))}&to=${encodeURIComponent(at(24 * 7))}${query}`)).json<{ items: Item[] }>().items;

  it('plans drafts and reschedules scheduled posts, refusing a move pacing does not allow', async () => {
    const planned = await draft('Selamat pagi! Kulit kalian lagi butuh apa minggu ini?', instagram);
    expect((await call('officer', 'POST', `${base}/posts/${planned}/move`, { at: at(3) })).statusCode).toBe(200);
    const first = await draft('Cerita di balik kemasan isi ulang kami, kalau penasaran.', bluesky);
    expect((await call('officer', 'POST', `${base}/posts/${first}/schedule`, { scheduledAt: at(10) })).statusCode).toBe(200);
    const second = await draft('Tips memakai serum di pagi hari, simak ya.', bluesky);
    expect((await call('officer', 'POST', `${base}/posts/${second}/schedule`, { scheduledAt: at(30) })).statusCode).toBe(200);

    const items = await calendar();
    expect(items.map((item) => [item.id, item.state])).toEqual([[planned, 'draft'], [first, 'scheduled'], [second, 'scheduled']]);
    expect((await calendar(`&channelId=${bluesky}`)).map((item) => item.id)).toEqual([first, second]);
    expect((await calendar('&state=draft')).map((item) => item.id)).toEqual([planned]);

    // Dragged next to the other Bluesky post: the pacing gap refuses it, as scheduling would.
    const held = await call('officer', 'POST', `${base}/posts/${second}/move`, { at: at(10) });
    expect(held.statusCode).toBe(409);
    expect(held.json<{ hold: { rule: string } }>().hold.rule).toBe('PACE.POST_GAP');
    const moved = await call('officer', 'POST', `${base}/posts/${second}/move`, { at: at(48) });
    expect(moved.json<{ status: string; scheduledAt: string }>()).toMatchObject({ status: 'scheduled', scheduledAt: at(48) });
    expect((await call('viewer', 'POST', `${base}/posts/${second}/move`, { at: at(50) })).statusCode).toBe(403);
  });

  it('validates the range', async () => {
    expect((await call('viewer', 'GET', `${base}/calendar?from=${encodeURIComponent(at(5))}&to=${encodeURIComponent(at(1))}`)).statusCode).toBe(400);
    expect((await call('viewer', 'GET', `${base}/calendar?from=yesterday&to=${encodeURIComponent(at(1))}`)).statusCode).toBe(400);
    expect((await call('viewer', 'GET', `${base}/calendar?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(24 * 90))}`)).statusCode).toBe(400);
  });

  it('neither lists nor moves another workspace\'s posts', async () => {
    expect((await calendar()).map((item) => item.id)).not.toContain(otherPostId);
    const move = await call('officer', 'POST', `${base}/posts/${otherPostId}/move`, { at: at(6) });
    expect(move.statusCode).toBe(404);
    expect(move.body).not.toContain('Rahasia');
    expect((await call('officer', 'POST', `${base}/posts/${otherPostId}/duplicate`)).statusCode).toBe(404);
  });

  it('duplicates a post as a new draft on the same channels', async () => {
    const source = await draft('Promo akhir pekan untuk pelanggan setia.', instagram);
    const copy = await call('officer', 'POST', `${base}/posts/${source}/duplicate`);
    expect(copy.statusCode).toBe(201);
    const body = copy.json<{ id: string; status: string; text: string; variants: Array<{ channel: { id: string } }> }>();
    expect(body).toMatchObject({ status: 'draft', text: 'Promo akhir pekan untuk pelanggan setia.', variants: [{ channel: { id: instagram } }] });
    expect(body.id).not.toBe(source);
  });
});
