// "Sign in with Facebook" in Chromium: Settings → Channels → Facebook Page, the app id and secret typed
// in, the browser sent to the Graph fake's Login dialog (as Meta documents it), "Continue" pressed there,
// and back on Settings → Channels the Page is listed as connected. Then Instagram, where the officer
// cancels on the dialog and the app says nothing was connected.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { listChannels } from '../src/store/repositories/channels.js';
import { MetaFake } from '../src/test-support/fakes/meta/graph-fake.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

const shots = '/work/shots/netfinish';
const app = { appId: '1234567890123456', appSecret: 'meta-app-secret-e2e', verifyToken: 'meta-verify-e2e' };
const page = { id: '104958162837', name: 'Glowria Skincare', username: 'glowria' };
const igUser = { id: '17841405822304914', username: 'glowria.id', name: 'Glowria Skincare' };
const pageToken = 'EAAG-page-token-e2e';

describe('Sign in with Facebook (Facebook Page, Instagram)', () => {
  let sapa: E2eSapa;
  let meta: MetaFake;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    meta = await MetaFake.start({
      appSecret: app.appSecret, accessToken: pageToken, page, igUser,
      login: { appId: app.appId, appSecret: app.appSecret, user: { id: '10158847', name: 'Rina Officer' }, pages: [{ id: page.id, name: page.name, accessToken: pageToken, igUser }] },
    });
    sapa = await startE2eSapa();
  });
  afterAll(async () => {
    await sapa.stop();
    await meta.close();
  });

  const openSignIn = async (browserPage: Page, network: string) => {
    await browserPage.goto(`${sapa.url}/w/${demoWorkspaceId}/settings/channels`);
    await browserPage.getByTestId('channels-list').waitFor();
    await browserPage.getByTestId('channel-connect-open').click();
    await browserPage.getByTestId(`network-card-${network}`).click();
    for (const [key, value] of Object.entries({ ...app, apiBase: meta.apiBase })) await browserPage.getByTestId(`connect-field-${key}`).fill(value);
  };

  it('connects a Facebook Page through Facebook\'s Login dialog', async () => {
    const browserPage = await sapa.newPage('en-US');
    await signIn(browserPage, sapa.url, demoOwner.email, demoOwner.password);
    await openSignIn(browserPage, 'facebook');
    const submit = browserPage.getByTestId('channel-connect-submit');
    expect(await submit.innerText()).toBe('Sign in with Facebook');
    await browserPage.screenshot({ path: `${shots}/meta-oauth-form.png` });
    await submit.click();
    // On the (fake) Facebook dialog: the scopes Sapa asks for, and "Continue".
    await browserPage.getByTestId('fb-dialog-continue').waitFor();
    expect(await browserPage.getByTestId('fb-dialog-scopes').innerText()).toContain('pages_messaging');
    await browserPage.getByTestId('fb-dialog-continue').click();
    // The callback connects the Page before it sends the browser back to Settings → Channels.
    await browserPage.waitForURL(/\/settings\/channels/);
    const channel = (await listChannels(sapa.runtime.store.db, demoWorkspaceId)).find((row) => row.network === 'facebook' && row.simulated === 0);
    expect(channel?.handle).toBe('glowria');
    await browserPage.locator(`[data-testid="channel-row"][data-channel-id="${channel?.id ?? ''}"][data-state="connected"]`).waitFor();
    await browserPage.screenshot({ path: `${shots}/meta-oauth-connected.png` });
  });

  it('says nothing was connected when the officer cancels on the dialog (Instagram)', async () => {
    const browserPage = await sapa.newPage('en-US');
    await signIn(browserPage, sapa.url, demoOwner.email, demoOwner.password);
    await openSignIn(browserPage, 'instagram');
    await browserPage.getByTestId('channel-connect-submit').click();
    await browserPage.getByTestId('fb-dialog-cancel').click();
    const error = browserPage.getByTestId('channel-oauth-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('You did not approve Sapa');
    expect((await listChannels(sapa.runtime.store.db, demoWorkspaceId)).some((row) => row.network === 'instagram' && row.simulated === 0)).toBe(false);
  });
});
