// Insights in the browser on the seeded demo: the manager's page in both languages (dark mode
// too) with the range and channel kept in the URL, trust and engagement with the server's CSV,
// and a staged complaint storm caught by the crisis radar, shown app-wide as a banner whose
// messages open in the inbox, and acknowledged by the owner.
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateComplaintStorm } from '../src/channels/simulator/complaint-storm.js';
import { demoOfficer, demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { ingestEvent } from '../src/domain/ingest.js';
import { signWebhook } from '../src/domain/insights/alert-delivery.js';
import { catchUpRollups } from '../src/domain/insights/rollup.js';
import { runInsightsTick } from '../src/domain/insights/ticker.js';
import { understandMessage } from '../src/domain/understand.js';
import { listChannels } from '../src/store/repositories/channels.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

// SAPA_SHOTS: where the screenshots go (a review keeps its own copies).
const shots = process.env.SAPA_SHOTS ?? 'docs/screenshots';

// Each test walks many screens; on a busy shared machine 90 s is not always enough.
describe('insights', { timeout: 240_000 }, () => {
  let sapa: E2eSapa;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    sapa = await startE2eSapa();
    // The scheduler's tick (every 30 s) leaves the last seconds' messages for the next one;
    // here the seeded week is rolled up at once, all of it.
    await catchUpRollups(sapa.runtime.store.db, { settleMs: 0 });
  });
  afterAll(() => sapa.stop());

  it('shows answer times, feelings, triggers and the loyalty ladder, keeping the filter in the URL', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    // The last 14 Jakarta days, given in the URL: the seeded history has one hard-sell post (the
    // owner's override in Trust) every 11 posts at 7 a week, so the default 7 days can hold none
    // (early on a Monday, say) while 14 always hold one.
    const today = DateTime.now().setZone('Asia/Jakarta');
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/insights?from=${today.minus({ days: 13 }).toISODate() ?? ''}&to=${today.toISODate() ?? ''}`);
    await page.getByTestId('insights-proximity').waitFor();
    await page.getByTestId('insights-emotion').waitFor();
    await expect.poll(async () => page.getByTestId('insights-emotion').locator('svg.recharts-surface').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The backlog over time: the demo's past week of hourly snapshots, charted per channel, with its CSV.
    const backlog = page.getByTestId('insights-backlog');
    await expect.poll(async () => backlog.locator('svg.recharts-surface').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await backlog.getByTestId('csv-backlog').getAttribute('href')).toMatch(new RegExp(`^/api/workspaces/${demoWorkspaceId}/insights/backlog\\.csv\\?`));
    await backlog.screenshot({ path: `${shots}/insights-backlog-en.png` });
    await page.getByTestId('insights-loyalty').waitFor();
    const newContacts = await page.getByTestId('loyalty-stage-new').innerText();
    expect(Number(/\d+/.exec(newContacts)?.[0] ?? 0)).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/insights-en.png`, fullPage: true });
    // The same page in dark mode: the charts' axes and labels must stay readable.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}/insights-en-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // A trigger opens the messages behind it.
    const firstTrigger = page.getByTestId('insights-triggers').locator('tbody tr').first().getByRole('button');
    await firstTrigger.waitFor();
    await firstTrigger.click();
    const triggerLinks = page.getByTestId('insights-message-links');
    await triggerLinks.waitFor();
    await expect.poll(async () => triggerLinks.getByRole('link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/insights-trigger-messages-en.png` });
    await page.keyboard.press('Escape');
    await triggerLinks.waitFor({ state: 'hidden' });

    // Section shots: the app's fixed header would cover the top of a scrolled section.
    const hideHeader = await page.addStyleTag({ content: 'header { visibility: hidden !important; }' });
    // Trust: the seeded replies and posts as the guard checked them, with the owner's override.
    const trust = page.getByTestId('insights-trust');
    await trust.waitFor();
    expect(await page.getByTestId('trust-overrides-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('trust-overrides-table').innerText()).toMatch(/Dewi/);
    await expect.poll(async () => trust.locator('svg.recharts-surface').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await trust.scrollIntoViewIfNeeded();
    await trust.screenshot({ path: `${shots}/insights-trust-en.png` });
    // Engagement: posts of the week and the best hours from twelve weeks of history.
    const engagement = page.getByTestId('insights-engagement');
    await engagement.waitFor();
    expect(Number(await page.getByTestId('engagement-posts').locator('p').nth(1).innerText())).toBeGreaterThan(0);
    expect(await page.getByTestId('best-hours-top').innerText()).toMatch(/\d{2}:00/);
    await engagement.screenshot({ path: `${shots}/insights-engagement-en.png` });
    await hideHeader.evaluate((node) => { (node as unknown as { remove(): void }).remove(); });
    // Every table's CSV comes from the API, with the page's filters and language.
    const csvLink = page.getByTestId('csv-trust-by-rule');
    const href = await csvLink.getAttribute('href') ?? '';
    expect(href).toMatch(new RegExp(`^/api/workspaces/${demoWorkspaceId}/insights/trust-by-rule\\.csv\\?.*lang=en`));
    const csv = await page.request.get(`${sapa.url}${href}`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toBe('\ufeffRule,Category,Info,Warn,Block,In replies,In posts,Total');

    await page.getByTestId('insights-channel').click();
    await page.getByRole('option', { name: /instagram/i }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('channel'), { timeout: 10_000 }).not.toBeNull();
    const channelUrl = page.url();
    await page.reload();
    await page.getByTestId('insights-proximity').waitFor();
    expect(page.url()).toBe(channelUrl);
    await expect.poll(async () => page.getByTestId('insights-channel').inputValue(), { timeout: 10_000 }).toMatch(/instagram/i);
  });

  it('shows the page in Indonesian, light', async () => {
    const page = await sapa.newPage('id-ID');
    await page.emulateMedia({ colorScheme: 'light' });
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/insights`);
    await page.getByTestId('insights-loyalty').waitFor();
    await expect.poll(async () => page.getByTestId('insights-emotion').locator('svg.recharts-surface').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('insights-proximity').innerText()).toMatch(/Kedekatan: waktu menjawab/);
    await page.screenshot({ path: `${shots}/insights-id.png`, fullPage: true });
  });

  it('raises a crisis alert for a staged complaint storm and opens its messages in the inbox', async () => {
    const { runtime } = sapa;
    // The seeded demo week raised nothing: the one alert below is the storm's.
    expect(await runtime.store.db.selectFrom('crisis_alerts').select('id').where('workspace_id', '=', demoWorkspaceId).execute()).toEqual([]);
    // A loopback receiver stands in for the brand's own system; the owner points Settings at it.
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      request.on('end', () => { received.push({ headers: request.headers, body }); response.writeHead(204).end(); });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crisis`;
    const settings = await sapa.newPage('en-US');
    await signIn(settings, sapa.url, demoOwner.email, demoOwner.password);
    await settings.goto(`${sapa.url}/w/${demoWorkspaceId}/settings/insights`);
    await settings.getByTestId('crisis-notifications').getByLabel('Webhook URL').fill(hookUrl);
    await settings.getByTestId('crisis-notifications').getByLabel('Webhook secret').fill('whsec-e2e-0123456789');
    await settings.getByTestId('crisis-notifications').getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Crisis alert settings saved.').waitFor();
    await settings.close();
    const channels = await listChannels(runtime.store.db, demoWorkspaceId);
    const deps = { db: runtime.store.db, events: runtime.events, understand: understandMessage };
    const storm = generateComplaintStorm({ start: Date.now() - 90_000, minutes: 1, count: 30 });
    for (const item of storm) {
      const channel = channels.find((candidate) => candidate.network === item.network);
      if (channel !== undefined) await ingestEvent(deps, channel, item.event);
    }
    const tick = await runInsightsTick(runtime);
    expect(tick.alerts).toBe(1);
    // The alert went to the webhook set in Settings, signed with its secret.
    await new Promise((resolve) => receiver.close(resolve));
    expect(received).toHaveLength(1);
    const hook = received[0];
    expect(hook?.headers['x-sapa-signature']).toBe(signWebhook('whsec-e2e-0123456789', String(hook?.headers['x-sapa-timestamp']), hook?.body ?? ''));
    expect((JSON.parse(hook?.body ?? '{}') as { alert: { messageIds: string[] } }).alert.messageIds.length).toBeGreaterThan(0);
    await catchUpRollups(runtime.store.db, { settleMs: 0 });

    const page = await sapa.newPage('id-ID');
    await page.emulateMedia({ colorScheme: 'dark' });
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    // The alert shows app-wide: here in the inbox, as a banner above the page.
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/inbox`);
    const banner = page.getByTestId('crisis-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Peringatan krisis/);
    await page.screenshot({ path: `${shots}/crisis-banner-inbox-id-dark.png` });
    await page.getByTestId('crisis-banner-open').click();
    const alert = page.getByTestId('crisis-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Peringatan krisis/);
    // The banner's link opens the alert's messages on Insights.
    await page.getByTestId('insights-message-links').waitFor();
    await page.screenshot({ path: `${shots}/crisis-banner-messages-id-dark.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('insights-message-links').waitFor({ state: 'hidden' });
    await page.screenshot({ path: `${shots}/insights-crisis-id-dark.png` });
    const hideHeader = await page.addStyleTag({ content: 'header { visibility: hidden !important; }' });
    await page.getByTestId('insights-trust').scrollIntoViewIfNeeded();
    await page.getByTestId('insights-trust').screenshot({ path: `${shots}/insights-trust-id-dark.png` });
    await page.getByTestId('insights-engagement').screenshot({ path: `${shots}/insights-engagement-id-dark.png` });
    await hideHeader.evaluate((node) => { (node as unknown as { remove(): void }).remove(); });

    await page.getByTestId('crisis-alert-open').click();
    const links = page.getByTestId('insights-message-links');
    await links.waitFor();
    const stormTexts = storm.map((item) => item.event.text);
    expect(stormTexts).toContain((await links.locator('p').first().innerText()).trim());
    await page.screenshot({ path: `${shots}/insights-crisis-messages.png` });
    await links.getByRole('link').first().click();
    await page.getByTestId('inbox-page').waitFor();
    expect(page.url()).toMatch(/\/inbox\/[a-z0-9]+/);
    // The complaining follower is new to the brand: the contact panel says so, with the rule.
    await page.locator('[data-testid="contact-loyalty-stage"][data-stage="new"]').waitFor();
  });

  it('lets the owner mark the alert handled from the banner on any page, audited; an officer cannot', async () => {
    const officerPage = await sapa.newPage('en-US');
    await signIn(officerPage, sapa.url, demoOfficer.email, demoOfficer.password);
    await officerPage.goto(`${sapa.url}/w/${demoWorkspaceId}/compose`);
    await officerPage.getByTestId('crisis-banner').waitFor();
    expect(await officerPage.getByTestId('crisis-banner-acknowledge').count()).toBe(0);
    // Hiding it is only for this tab.
    await officerPage.getByTestId('crisis-banner-dismiss').click();
    await expect.poll(async () => officerPage.getByTestId('crisis-banner').count()).toBe(0);

    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/compose`);
    await page.getByTestId('crisis-banner').waitFor();
    await page.screenshot({ path: `${shots}/crisis-banner-compose-en.png` });
    await page.getByTestId('crisis-banner-acknowledge').click();
    await expect.poll(async () => page.getByTestId('crisis-banner').count(), { timeout: 10_000 }).toBe(0);
    const audit = await sapa.runtime.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'crisis_alert.acknowledge').execute();
    expect(audit).toHaveLength(1);
  });

  it('prints the weekly report without the app around it', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/insights/report`);
    await page.getByTestId('insights-report').waitFor();
    await page.getByTestId('insights-loyalty').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: /print/i }).isVisible()).toBe(false);
    await page.screenshot({ path: `${shots}/insights-report-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.screenshot({ path: `${shots}/insights-report-dark.png`, fullPage: true });
  });
});
