// Connecting a Facebook Page and an Instagram account by Facebook Login against the Graph fake's
// documented dialog, token and /me/accounts endpoints: start → dialog → callback → channel connected
// with the Page token (stored encrypted, never returned); a replayed or foreign callback connects
// nothing; a refusal from Meta and a choice among several Pages are told to the officer in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret } from '../../../domain/secrets.js';
import { findWorkspaceChannel } from '../../../store/repositories/channels.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { MetaFake } from '../../../test-support/fakes/meta/graph-fake.js';
import { META_LOGIN_SCOPES } from '../../../channels/meta/facebook-login.js';

const app = { appId: '1234567890123456', appSecret: 'meta-app-secret-Kp4', verifyToken: 'meta-verify-Kp4' };
const page = { id: '104958162837', name: 'Glowria Skincare', username: 'glowria' };
const igUser = { id: '17841405822304914', username: 'glowria.id', name: 'Glowria Skincare' };
const pageToken = 'EAAG-page-token-Kp4';
const user = { id: '10158847', name: 'Rina Officer' };

interface ChannelView { id: string; network: string; handle: string; settings: Record<string, string> }

describe.each(databaseKinds)('connecting Facebook and Instagram by Facebook Login (%s)', (kind) => {
  let testApp: TestApp;
  let fake: MetaFake;
  let several: MetaFake;
  let manager: SignedInClient;
  let officer: SignedInClient;

  beforeAll(async () => {
    fake = await MetaFake.start({
      appSecret: app.appSecret, accessToken: pageToken, page, igUser,
      login: { appId: app.appId, appSecret: app.appSecret, user, pages: [{ id: page.id, name: page.name, accessToken: pageToken, igUser }] },
    });
    several = await MetaFake.start({
      appSecret: app.appSecret, accessToken: pageToken, page,
      login: { appId: app.appId, appSecret: app.appSecret, user, pages: [{ id: page.id, name: page.name, accessToken: pageToken }, { id: '200300400500', name: 'Glowria Outlet', accessToken: 'EAAG-outlet-token' }] },
    });
    testApp = await createTestApp(kind, { publicUrl: new URL('https://sapa.example.id/') });
    manager = await signInAs(testApp, 'manager');
    officer = await signInAs(testApp, 'officer');
  });
  afterAll(async () => {
    await testApp.dispose();
    await fake.close();
    await several.close();
  });

  const as = (client: SignedInClient) => ({ cookie: client.cookie, 'x-csrf-token': client.csrfToken });
  const start = (network: string, values: Record<string, string>, client = manager) => testApp.app.inject({
    method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/channels/oauth`, headers: as(client), payload: { network, values },
  });

  /** Starts in Sapa, then presses a button on the fake's Login dialog as the officer's browser would; returns where Meta sends it back. */
  async function throughDialog(network: string, values: Record<string, string>, button: 'approve' | 'cancel' = 'approve', graph = fake): Promise<string> {
    const started = await start(network, { ...app, apiBase: graph.apiBase, ...values });
    expect(started.statusCode).toBe(200);
    const dialog = new URL(started.json<{ authorizeUrl: string }>().authorizeUrl);
    expect(dialog.pathname).toBe('/v21.0/dialog/oauth');
    expect(dialog.searchParams.get('client_id')).toBe(app.appId);
    expect(dialog.searchParams.get('redirect_uri')).toBe('https://sapa.example.id/api/oauth/callback');
    expect(dialog.searchParams.get('scope')?.split(',')).toEqual([...META_LOGIN_SCOPES]);
    expect((await fetch(dialog)).status).toBe(200);
    const pressed = await fetch(new URL(`${dialog.pathname}/${button}${dialog.search}`, dialog), { redirect: 'manual' });
    expect(pressed.status).toBe(302);
    const back = new URL(pressed.headers.get('location') ?? '');
    expect(back.origin).toBe('https://sapa.example.id');
    return `${back.pathname}${back.search}`;
  }

  const land = async (callback: string, client = manager) => {
    const landed = await testApp.app.inject({ method: 'GET', url: callback, headers: { cookie: client.cookie } });
    expect(landed.statusCode).toBe(303);
    return new URL(landed.headers.location as string, 'https://sapa.example.id');
  };
  const channels = async () => (await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/channels`, headers: { cookie: manager.cookie } }));

  it('says which networks sign in with OAuth, and that Facebook and Instagram sign in with Facebook', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/networks', headers: { cookie: manager.cookie } });
    const items = response.json<{ items: Array<{ network: string; oauth: { provider: string; fields: Array<{ key: string; secret: boolean }> } | null }> }>().items;
    const provider = Object.fromEntries(items.map((item) => [item.network, item.oauth?.provider ?? null]));
    expect(provider).toEqual({ bluesky: null, telegram: null, whatsapp: null, mastodon: 'Mastodon', x: 'X', facebook: 'Facebook', instagram: 'Facebook' });
    const fields = items.find((item) => item.network === 'facebook')?.oauth?.fields ?? [];
    expect(fields.map((field) => [field.key, field.secret])).toEqual([['appId', false], ['appSecret', true], ['verifyToken', true], ['pageId', false], ['apiBase', false]]);
  });

  it('connects the Page the officer granted with its Page token, stored encrypted and never returned', async () => {
    const location = await land(await throughDialog('facebook', {}));
    expect(location.pathname).toBe(`/w/${testApp.workspaceId}/settings/channels`);
    const channelId = location.searchParams.get('connected') ?? '';
    const list = await channels();
    const channel = list.json<{ items: ChannelView[] }>().items.find((item) => item.id === channelId);
    expect(channel).toMatchObject({ network: 'facebook', handle: 'glowria', settings: { pageId: page.id, appId: app.appId, apiBase: fake.apiBase } });
    for (const secret of [pageToken, app.appSecret, app.verifyToken, ...fake.login?.userTokens ?? []]) expect(list.body).not.toContain(secret);
    const stored = await findWorkspaceChannel(testApp.database.store.db, testApp.workspaceId, channelId);
    expect(JSON.parse(decryptSecret(stored?.credentials_encrypted ?? '', testApp.context.config.secretKey))).toEqual({ accessToken: pageToken, appSecret: app.appSecret, verifyToken: app.verifyToken });
    // The code bought a User token, exchanged for a long-lived one, which listed the Pages.
    expect(fake.requests.filter((request) => request.path === 'oauth/access_token')).toHaveLength(2);
  });

  it('connects the Instagram account linked to the granted Page', async () => {
    const location = await land(await throughDialog('instagram', {}));
    const channel = (await channels()).json<{ items: ChannelView[] }>().items.find((item) => item.id === location.searchParams.get('connected'));
    expect(channel).toMatchObject({ network: 'instagram', handle: igUser.username, settings: { igUserId: igUser.id, pageId: page.id } });
  });

  it('with several Pages, asks which one, and connects the one whose id is given', async () => {
    const asked = await land(await throughDialog('facebook', {}, 'approve', several));
    expect(asked.searchParams.get('error')).toMatch(/several: Glowria Skincare \(104958162837\), Glowria Outlet \(200300400500\)\. Enter the one to connect as "Page ID"/);
    const chosen = await land(await throughDialog('facebook', { pageId: '200300400500' }, 'approve', several));
    const channel = (await channels()).json<{ items: ChannelView[] }>().items.find((item) => item.id === chosen.searchParams.get('connected'));
    expect(channel).toMatchObject({ network: 'facebook', settings: { pageId: '200300400500' } });
    const stored = await findWorkspaceChannel(testApp.database.store.db, testApp.workspaceId, channel?.id ?? '');
    expect(JSON.parse(decryptSecret(stored?.credentials_encrypted ?? '', testApp.context.config.secretKey))).toMatchObject({ accessToken: 'EAAG-outlet-token' });
  });

  it('takes each approval once, and only for the officer who started it', async () => {
    const callback = await throughDialog('facebook', {});
    const stranger = await land(callback, officer);
    expect(stranger.searchParams.get('error')).toMatch(/expired or was already used/);
    // The state was spent by the stranger's attempt too: the flow must start again.
    const replay = await land(callback);
    expect(replay.searchParams.get('error')).toMatch(/expired or was already used/);
  });

  it('shows Meta\'s refusal in words: a wrong app secret, a cancelled dialog', async () => {
    const refused = await land(await throughDialog('facebook', { appSecret: 'not-the-secret' }));
    expect(refused.searchParams.get('error')).toBe('Facebook Page did not complete the sign-in: Meta refused the sign-in code: Error validating client secret.');
    const cancelled = await land(await throughDialog('instagram', {}, 'cancel'));
    expect(cancelled.searchParams.get('error')).toMatch(/did not approve Sapa/);
    expect(cancelled.searchParams.get('connected')).toBeNull();
  });

  it('refuses to start without the app id and secret', async () => {
    const response = await start('facebook', { appId: app.appId });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/appSecret is required/);
  });
});
