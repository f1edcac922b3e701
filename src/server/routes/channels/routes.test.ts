// Connecting real accounts through the API: tested with the network first, stored encrypted,
// reconnected in place, tested, disconnected; scoped to the workspace in the path. Each test has a
// workspace of its own (one app per engine) and connects the Page itself when it needs one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel, findWorkspaceChannel } from '../../../store/repositories/channels.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { MetaFake } from '../../../test-support/fakes/meta/graph-fake.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { fakeErrors } from '../../../test-support/fakes/meta/graph-errors.js';

const page = { id: '104958162837', name: 'Glowria Skincare', username: 'glowria' };
const secrets = { accessToken: 'EAAG-page-token-Zq9', appSecret: 'fb-app-secret-Zq9', verifyToken: 'fb-verify-token-Zq9' };

interface ChannelView { id: string; network: string; handle: string; status: string; statusReason: string | null; webhookUrl: string | null; settings: Record<string, string>; capabilities: { inbound: string } }

describe.each(databaseKinds)('channels API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let manager: SignedInClient;
  let viewer: SignedInClient;
  let fake: MetaFake;

  beforeAll(async () => {
    fake = await MetaFake.start({ appSecret: secrets.appSecret, accessToken: secrets.accessToken, page });
    shared = await createTestApp(kind, { publicUrl: new URL('https://sapa.example.id/') });
  });
  afterAll(async () => {
    await shared.dispose();
    await fake.close();
  });
  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    manager = await signInAs(testApp, 'manager');
    viewer = await signInAs(testApp, 'viewer');
  });

  const call = (client: SignedInClient, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
  const base = () => `/api/workspaces/${testApp.workspaceId}/channels`;
  const facebookForm = (overrides: Record<string, string> = {}) => ({ network: 'facebook', values: { pageId: page.id, apiBase: fake.apiBase, ...secrets, ...overrides } });

  it('describes each network: capabilities, connect fields, OAuth where offered, and which need a public URL', async () => {
    const response = await call(viewer, 'GET', '/api/networks');
    const items = response.json<{ items: Array<{ network: string; needsPublicUrl: boolean; oauth: unknown; fields: Array<{ key: string; secret: boolean }> }> }>().items;
    expect(items.map((item) => item.network).sort()).toEqual(['bluesky', 'facebook', 'instagram', 'mastodon', 'telegram', 'whatsapp', 'x']);
    expect(items.find((item) => item.network === 'bluesky')?.needsPublicUrl).toBe(false);
    expect(items.find((item) => item.network === 'facebook')?.needsPublicUrl).toBe(true);
    expect(items.find((item) => item.network === 'mastodon')?.oauth).not.toBeNull();
    expect(items.find((item) => item.network === 'facebook')?.fields.find((field) => field.key === 'accessToken')?.secret).toBe(true);
    expect(response.json<{ publicUrlConfigured: boolean }>().publicUrlConfigured).toBe(true);
  });

  /** Connects the Page in this test's workspace and answers the channel's id. */
  const connectPage = async () => {
    const response = await call(manager, 'POST', base(), facebookForm());
    expect(response.statusCode).toBe(201);
    return response.json<{ channel: ChannelView }>().channel.id;
  };

  it('connects a Page after checking the token with the network, and never returns the credentials', async () => {
    const response = await call(manager, 'POST', base(), facebookForm());
    expect(response.statusCode).toBe(201);
    const { channel, reconnected } = response.json<{ channel: ChannelView; reconnected: boolean }>();
    expect(reconnected).toBe(false);
    expect(channel).toMatchObject({ network: 'facebook', handle: 'glowria', status: 'active', settings: { pageId: page.id, apiBase: fake.apiBase } });
    expect(channel.webhookUrl).toBe(`https://sapa.example.id/api/webhooks/${channel.id}`);
    for (const secret of Object.values(secrets)) expect(response.body).not.toContain(secret);
    const stored = await findWorkspaceChannel(testApp.database.store.db, testApp.workspaceId, channel.id);
    expect(stored?.credentials_encrypted).toMatch(/^v1:/);
    expect(stored?.credentials_encrypted).not.toContain(secrets.accessToken);
  });

  it('lists channels with their state for any member, without secrets', async () => {
    const channelId = await connectPage();
    const response = await call(viewer, 'GET', base());
    expect(response.statusCode).toBe(200);
    const item = response.json<{ items: ChannelView[] }>().items.find((channel) => channel.id === channelId);
    expect(item).toMatchObject({ status: 'active', capabilities: { inbound: 'webhook' } });
    for (const secret of Object.values(secrets)) expect(response.body).not.toContain(secret);
  });

  it('refuses a token the network does not accept, with a message, and stores nothing', async () => {
    const before = (await call(viewer, 'GET', base())).json<{ items: unknown[] }>().items.length;
    const response = await call(manager, 'POST', base(), facebookForm({ accessToken: 'EAAG-wrong' }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/facebook did not accept these credentials/);
    expect((await call(viewer, 'GET', base())).json<{ items: unknown[] }>().items.length).toBe(before);
  });

  it('refuses unknown networks, unknown and missing fields before calling any network', async () => {
    expect((await call(manager, 'POST', base(), { network: 'myspace', values: {} })).json<{ message: string }>().message).toMatch(/cannot connect "myspace"/);
    expect((await call(manager, 'POST', base(), facebookForm({ color: 'red' }))).statusCode).toBe(400);
    const missing = await call(manager, 'POST', base(), { network: 'facebook', values: { pageId: page.id } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ message: string }>().message).toMatch(/accessToken is required/);
    expect((await call(manager, 'POST', base(), { network: 'facebook' })).statusCode).toBe(400);
  });

  it('lets only managers connect', async () => {
    expect((await call(viewer, 'POST', base(), facebookForm())).statusCode).toBe(403);
  });

  it('connecting the same account again reconnects it in place', async () => {
    const channelId = await connectPage();
    const response = await call(manager, 'POST', base(), facebookForm());
    expect(response.statusCode).toBe(200);
    expect(response.json<{ channel: ChannelView; reconnected: boolean }>()).toMatchObject({ reconnected: true, channel: { id: channelId } });
  });

  it('tests the stored credentials; a revoked token marks the channel "needs reconnect", a good test clears it', async () => {
    const channelId = await connectPage();
    const good = await call(viewer, 'POST', `${base()}/${channelId}/test`);
    expect(good.statusCode).toBe(403);
    const manage = await call(manager, 'POST', `${base()}/${channelId}/test`);
    expect(manage.json()).toMatchObject({ ok: true, account: { handle: 'glowria' } });
    fake.failNext = fakeErrors.invalidToken();
    const revoked = await call(manager, 'POST', `${base()}/${channelId}/test`);
    expect(revoked.json()).toMatchObject({ ok: false, code: 'AUTH_REVOKED' });
    const listed = (await call(viewer, 'GET', base())).json<{ items: ChannelView[] }>().items.find((channel) => channel.id === channelId);
    expect(listed?.status).toBe('needs_reconnect');
    expect(listed?.statusReason).toMatch(/Reconnect/);
    await call(manager, 'POST', `${base()}/${channelId}/test`);
    expect((await call(viewer, 'GET', base())).json<{ items: ChannelView[] }>().items.find((channel) => channel.id === channelId)?.status).toBe('active');
  });

  it('reconnect keeps the channel and any stored credential the new form leaves out', async () => {
    const channelId = await connectPage();
    const response = await call(manager, 'POST', `${base()}/${channelId}/reconnect`, { values: { pageId: page.id, apiBase: fake.apiBase, ...secrets } });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ channel: ChannelView }>().channel.id).toBe(channelId);
  });

  it('scopes every channel id to the workspace in the path', async () => {
    const other = await insertWorkspace(testApp.database.store.db, { name: 'Other Brand' });
    const foreign = await insertChannel(testApp.database.store.db, { workspaceId: other.id, network: 'facebook', handle: 'other', displayName: 'Other' });
    for (const [method, suffix, payload] of [['POST', 'test', undefined], ['POST', 'reconnect', { values: {} }], ['DELETE', '', undefined]] as const) {
      const response = await call(manager, method, `${base()}/${foreign.id}${suffix === '' ? '' : `/${suffix}`}`, payload);
      expect(response.statusCode).toBe(404);
    }
    expect(await findWorkspaceChannel(testApp.database.store.db, other.id, foreign.id)).toBeDefined();
  });

  it('disconnect erases the credentials and keeps the channel and its history', async () => {
    const channelId = await connectPage();
    const response = await call(manager, 'DELETE', `${base()}/${channelId}`);
    expect(response.statusCode).toBe(204);
    const stored = await findWorkspaceChannel(testApp.database.store.db, testApp.workspaceId, channelId);
    expect(stored).toMatchObject({ status: 'disconnected', credentials_encrypted: null });
    const tested = await call(manager, 'POST', `${base()}/${channelId}/test`);
    expect(tested.json()).toMatchObject({ ok: false, code: 'AUTH_REVOKED' });
  });

  it('starting OAuth for a network that has none is a 400', async () => {
    const response = await call(manager, 'POST', `${base()}/oauth`, { network: 'telegram', values: {} });
    expect(response.statusCode).toBe(400);
  });
});
