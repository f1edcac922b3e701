// Settings → Channels in Chromium: a Telegram bot connected through the wizard against the
// telegram-test-api emulator (PEERS.md §3), listed as connected, tested and disconnected; a wrong
// token shows Telegram's refusal; a revoked token marks the channel "needs reconnect" in the app
// shell, and reconnecting keeps the same channel. The emulator accepts every token, so the refusal
// and the revocation use a loopback fake answering as the Bot API documents (401 Unauthorized).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelError } from '../src/channels/types.js';
import { noteChannelError } from '../src/domain/channel-health.js';
import { demoOfficer, demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { listChannels } from '../src/store/repositories/channels.js';
import { startLoopbackFake, type LoopbackFake } from '../src/test-support/peers/loopback-fake.js';
import { startTelegram, type TelegramPeer } from '../src/test-support/peers/telegram.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

const shots = '.tmp/screenshots';

/** Toasts sit over the header; closed before a screenshot so the header shows. */
async function closeToasts(page: Page): Promise<void> {
  const toasts = page.locator('.mantine-Notification-root');
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await toasts.first().waitFor({ state: 'detached' });
}
const unauthorized = { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };

describe('Settings → Channels', () => {
  let sapa: E2eSapa;
  let telegram: TelegramPeer;
  let botApi: LoopbackFake;
  // The fake Bot API's token stops working when the test revokes it (BotFather's /revoke).
  let revoked = false;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    telegram = await startTelegram();
    botApi = await startLoopbackFake((request) => {
      if (revoked || request.path.startsWith('/botwrong')) return unauthorized;
      if (request.path.endsWith('/getMe')) return { body: { ok: true, result: { id: 4242, is_bot: true, first_name: 'Glowria Care', username: 'GlowriaCareBot' } } };
      if (request.path.endsWith('/getUpdates')) return { body: { ok: true, result: [] } };
      return { body: { ok: true, result: true } };
    });
    sapa = await startE2eSapa();
  });
  afterAll(async () => {
    await sapa.stop();
    await botApi.stop();
    await telegram.stop();
  });

  const channelsPage = `/w/${demoWorkspaceId}/settings/channels`;
  const openChannels = async (page: Page) => {
    await page.goto(`${sapa.url}${channelsPage}`);
    await page.getByTestId('channels-list').waitFor();
  };
  const connectTelegram = async (page: Page, values: { botToken: string; apiBase: string }) => {
    await page.getByTestId('channel-connect-open').click();
    await page.getByTestId('network-card-telegram').click();
    await page.getByTestId('connect-field-botToken').fill(values.botToken);
    await page.getByTestId('connect-field-apiBase').fill(values.apiBase);
    await page.getByTestId('channel-connect-submit').click();
  };

  it('connects a Telegram bot through the wizard, tests it and disconnects it, history kept (English)', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await openChannels(page);
    // The demo's simulated channels are listed as demo channels, with no reconnect or disconnect.
    const demoRow = page.locator('[data-testid="channel-row"][data-state="demo"]').first();
    await demoRow.waitFor();
    expect(await demoRow.getByTestId('channel-menu').count()).toBe(0);
    expect(await demoRow.getByTestId('channel-last-received').count()).toBe(1);
    // X asks Sapa to wait: the open page shows it live, until when on the workspace's clock.
    const demoX = (await listChannels(sapa.runtime.store.db, demoWorkspaceId)).find((channel) => channel.network === 'x');
    if (demoX === undefined) throw new Error('the demo has an X channel');
    await noteChannelError({ store: sapa.runtime.store, events: sapa.runtime.events }, demoX, new ChannelError('RATE_LIMITED', 'X asks to wait: Too Many Requests', 15 * 60_000));
    const limited = page.locator(`[data-testid="channel-row"][data-channel-id="${demoX.id}"][data-state="rate_limited"]`);
    await limited.waitFor();
    expect(await limited.getByTestId('channel-state').innerText()).toBe('Rate-limited');
    expect(await limited.getByTestId('channel-rate-limited-until').innerText()).toMatch(/^until (\d{1,2} \w+ )?\d{2}:\d{2} WIB$/);

    await page.getByTestId('channel-connect-open').click();
    await page.getByTestId('network-card-telegram').waitFor();
    await page.screenshot({ path: `${shots}/channels-wizard-en.png` });
    await page.getByTestId('network-card-telegram').click();
    expect(await page.getByTestId('connect-field-botToken').getAttribute('type')).toBe('password');
    await page.getByTestId('connect-field-botToken').fill(telegram.botToken);
    await page.getByTestId('connect-field-apiBase').fill(telegram.apiBase);
    await page.screenshot({ path: `${shots}/channels-form-en.png` });
    await page.getByTestId('channel-connect-submit').click();

    const row = page.locator('[data-testid="channel-row"][data-highlighted]');
    await row.waitFor();
    expect(await row.getByTestId('channel-name').innerText()).toBe('Test First name');
    expect(await row.innerText()).toContain('@TestNameBot');
    expect(await row.getByTestId('channel-state').innerText()).toBe('Connected');
    expect(await row.innerText()).toContain('Nothing yet');
    // Telegram is polled: no webhook address and no public URL needed.
    expect(await row.getByTestId('channel-webhook').count()).toBe(0);
    await page.setViewportSize({ width: 1360, height: 1180 });
    await closeToasts(page);
    await page.screenshot({ path: `${shots}/channels-en.png` });
    await page.screenshot({ path: 'docs/screenshots/settings-channels.png' });

    await row.getByTestId('channel-test').click();
    const result = row.getByTestId('channel-test-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.innerText()).toContain('Connection works: signed in as @TestNameBot.');

    const channelId = await row.getAttribute('data-channel-id');
    await row.getByTestId('channel-menu').click();
    await page.getByTestId('channel-disconnect').click();
    await page.getByTestId('channel-disconnect-confirm').click();
    const disconnected = page.locator(`[data-testid="channel-row"][data-channel-id="${channelId}"][data-state="disconnected"]`);
    await disconnected.waitFor();
    expect(await disconnected.getByTestId('channel-state').innerText()).toBe('Disconnected');
    expect(await disconnected.getByTestId('channel-test').count()).toBe(0);
  });

  it('shows why connecting by signing in did not finish, when the network sends the browser back to "/"', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    // What GET /api/oauth/callback answers when the officer declines on the network.
    await page.goto(`${sapa.url}/?error=${encodeURIComponent('You did not approve Sapa on the network, so nothing was connected.')}`);
    const error = page.getByTestId('channel-oauth-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('You did not approve Sapa on the network');
    expect(new URL(page.url()).pathname).toBe(channelsPage);
    expect(new URL(page.url()).search).toBe('');
  });

  it('shows the network\'s refusal in the form (a wrong Telegram token, a Mastodon server that cannot start a sign-in) and connects nothing (Indonesian)', async () => {
    const page = await sapa.newPage('id-ID');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await openChannels(page);
    const before = await page.getByTestId('channel-row').count();
    await connectTelegram(page, { botToken: 'wrong:token', apiBase: botApi.baseUrl });
    const error = page.getByTestId('channel-connect-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Belum terhubung');
    expect(await error.innerText()).toContain('telegram did not accept these credentials: Telegram refused the bot token: Unauthorized');
    await page.screenshot({ path: `${shots}/channels-refused-id.png` });

    // Mastodon starts with "Sign in with Mastodon", asking the server first; its failure stays in the form too.
    await page.getByRole('button', { name: 'Jaringan lain' }).click();
    await page.getByTestId('network-card-mastodon').click();
    expect(await page.getByTestId('channel-connect-submit').innerText()).toBe('Masuk dengan Mastodon');
    expect(await page.getByTestId('connect-field-accessToken').count()).toBe(0);
    await page.getByTestId('connect-field-instanceUrl').fill(botApi.baseUrl);
    await page.getByTestId('channel-connect-submit').click();
    await error.waitFor();
    expect(await error.innerText()).toContain('Mastodon could not start signing in: The Mastodon instance answered without client_id');
    await page.getByTestId('channel-connect-mode').click();
    await page.getByTestId('connect-field-accessToken').waitFor();
    expect(await page.getByTestId('connect-field-instanceUrl').inputValue()).toBe(botApi.baseUrl);
    await page.keyboard.press('Escape');
    await page.getByTestId('channel-connect-form').waitFor({ state: 'detached' });
    expect(await page.getByTestId('channel-row').count()).toBe(before);
    await page.setViewportSize({ width: 390, height: 844 });
    await openChannels(page);
    await page.screenshot({ path: `${shots}/channels-phone-id.png`, fullPage: true });
  });

  it('marks a revoked bot "needs reconnect" in the header, and reconnecting keeps the channel (Indonesian, dark)', async () => {
    revoked = false;
    const page = await sapa.newPage('id-ID');
    await page.emulateMedia({ colorScheme: 'dark' });
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await openChannels(page);
    await connectTelegram(page, { botToken: '777:glowria', apiBase: botApi.baseUrl });
    const row = page.locator('[data-testid="channel-row"][data-highlighted]');
    await row.waitFor();
    const channelId = await row.getAttribute('data-channel-id');
    expect(await row.getByTestId('channel-state').innerText()).toBe('Terhubung');

    revoked = true;
    await row.getByTestId('channel-test').click();
    const same = page.locator(`[data-testid="channel-row"][data-channel-id="${channelId}"]`);
    await same.getByTestId('channel-test-result').waitFor();
    expect(await same.getByTestId('channel-test-result').innerText()).toContain('Uji gagal: Telegram refused the bot token: Unauthorized');
    await page.locator(`[data-testid="channel-row"][data-channel-id="${channelId}"][data-state="needs_reconnect"]`).waitFor();
    expect(await same.getByTestId('channel-status-reason').innerText()).toMatch(/Reconnect it in Settings/);
    const indicator = page.getByTestId('reconnect-indicator');
    await indicator.waitFor();
    await page.setViewportSize({ width: 1360, height: 1180 });
    await closeToasts(page);
    await page.screenshot({ path: `${shots}/channels-needs-reconnect-id-dark.png` });

    // The officer sees it too, from the inbox, and may test but not reconnect.
    const officer = await sapa.newPage('id-ID');
    await signIn(officer, sapa.url, demoOfficer.email, demoOfficer.password);
    await officer.getByTestId('reconnect-indicator').click();
    const officerRow = officer.locator(`[data-testid="channel-row"][data-channel-id="${channelId}"]`);
    await officerRow.waitFor();
    expect(await officerRow.getByTestId('channel-test').count()).toBe(1);
    expect(await officerRow.getByTestId('channel-reconnect').count()).toBe(0);
    expect(await officer.getByTestId('channel-connect-open').count()).toBe(0);

    revoked = false;
    await same.getByTestId('channel-reconnect').click();
    const form = page.getByTestId('channel-connect-form');
    await form.waitFor();
    // Settings come back prefilled; the secret never does.
    expect(await page.getByTestId('connect-field-apiBase').inputValue()).toBe(botApi.baseUrl);
    expect(await page.getByTestId('connect-field-botToken').inputValue()).toBe('');
    await page.getByTestId('connect-field-botToken').fill('777:glowria-new');
    await page.getByTestId('channel-connect-submit').click();
    await page.locator(`[data-testid="channel-row"][data-channel-id="${channelId}"][data-state="connected"]`).waitFor();
    await indicator.waitFor({ state: 'detached' });
    await officer.close();
  });
});
