// Connecting Mastodon by OAuth against a real snac2 instance: Sapa registers itself as an app on
// the instance, the officer approves on the instance's own sign-in form, the instance sends the
// browser back to Sapa's callback with the code and state, and the channel is connected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { startSnac, type SnacPeer } from '../../../test-support/peers/snac.js';

describe.each(databaseKinds)('connecting Mastodon by OAuth on snac2 (%s)', (kind) => {
  let testApp: TestApp;
  let peer: SnacPeer;
  let manager: SignedInClient;
  let officer: SignedInClient;

  beforeAll(async () => {
    peer = await startSnac();
    testApp = await createTestApp(kind);
    manager = await signInAs(testApp, 'manager');
    officer = await signInAs(testApp, 'officer');
  }, 60_000);
  afterAll(async () => {
    await testApp.dispose();
    await peer.stop();
  });

  const as = (client: SignedInClient) => ({ cookie: client.cookie, 'x-csrf-token': client.csrfToken });

  /** Starts the flow in Sapa and approves it on snac's form as the brand; returns the callback path Sapa is sent back to. */
  async function approveOnInstance(login = 'brand', password = peer.users.brand.password): Promise<string> {
    const started = await testApp.app.inject({ method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/channels/oauth`, headers: as(manager), payload: { network: 'mastodon', values: { instanceUrl: peer.baseUrl } } });
    expect(started.statusCode).toBe(200);
    const authorize = new URL(started.json<{ authorizeUrl: string }>().authorizeUrl);
    expect(authorize.origin).toBe(peer.baseUrl);
    const redirectUri = authorize.searchParams.get('redirect_uri') ?? '';
    expect(redirectUri).toBe('http://localhost/api/oauth/callback');
    // What the officer's browser posts when they sign in on the instance's form.
    const approved = await fetch(`${peer.baseUrl}/oauth/x-snac-login`, {
      method: 'POST', redirect: 'manual',
      body: new URLSearchParams({ login, passwd: password, redir: redirectUri, cid: authorize.searchParams.get('client_id') ?? '', state: authorize.searchParams.get('state') ?? '' }),
    });
    expect(approved.status).toBe(303);
    const back = new URL(approved.headers.get('location') ?? '');
    return `${back.pathname}${back.search}`;
  }

  it('connects the account the officer approved, and lands on Settings → Channels', async () => {
    const callback = await approveOnInstance();
    const landed = await testApp.app.inject({ method: 'GET', url: callback, headers: { cookie: manager.cookie } });
    expect(landed.statusCode).toBe(303);
    const location = new URL(landed.headers.location as string, 'http://sapa.test');
    expect(location.pathname).toBe(`/w/${testApp.workspaceId}/settings/channels`);
    const channelId = location.searchParams.get('connected');
    const list = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/channels`, headers: { cookie: manager.cookie } });
    const channel = list.json<{ items: Array<{ id: string; network: string; handle: string; settings: Record<string, string> }> }>().items.find((item) => item.id === channelId);
    expect(channel).toMatchObject({ network: 'mastodon', handle: expect.stringContaining('brand') as string, settings: { instanceUrl: peer.baseUrl } });
    expect(list.body).not.toContain(peer.users.brand.accessToken);
  });

  it('takes each approval once: a replayed callback connects nothing and says why', async () => {
    const callback = await approveOnInstance();
    expect((await testApp.app.inject({ method: 'GET', url: callback, headers: { cookie: manager.cookie } })).statusCode).toBe(303);
    const replay = await testApp.app.inject({ method: 'GET', url: callback, headers: { cookie: manager.cookie } });
    expect(new URL(replay.headers.location as string, 'http://sapa.test').searchParams.get('error')).toMatch(/expired or was already used/);
  });

  it('binds the approval to the officer who started it', async () => {
    const callback = await approveOnInstance();
    const other = await testApp.app.inject({ method: 'GET', url: callback, headers: { cookie: officer.cookie } });
    expect(new URL(other.headers.location as string, 'http://sapa.test').searchParams.get('error')).toMatch(/expired or was already used/);
  });

  it('tells the officer when they did not approve, and needs a signed-in user', async () => {
    const denied = await testApp.app.inject({ method: 'GET', url: '/api/oauth/callback?error=access_denied&state=x', headers: { cookie: manager.cookie } });
    expect(new URL(denied.headers.location as string, 'http://sapa.test').searchParams.get('error')).toMatch(/did not approve/);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/oauth/callback?code=a&state=b' })).statusCode).toBe(401);
  });

  it('explains an instance address that cannot be reached', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/channels/oauth`, headers: as(manager), payload: { network: 'mastodon', values: { instanceUrl: 'http://127.0.0.1:9' } } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/Mastodon could not start signing in/);
  });
});
