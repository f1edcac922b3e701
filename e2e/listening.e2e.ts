// Listening in the browser on the seeded demo: the saved searches find public chatter on the
// simulated networks, the posts show with their analysis in both languages, and "Turn into
// conversation" opens the post as an inbox conversation.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

const shots = 'docs/screenshots';

describe('listening', () => {
  let sapa: E2eSapa;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    sapa = await startE2eSapa();
  });
  afterAll(() => sapa.stop());

  it('lists what the saved searches found and turns a post into an inbox conversation', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.getByTestId('nav-listening').click();
    await page.getByTestId('listening-page').waitFor();
    await expect.poll(() => page.getByTestId('listening-search').count(), { timeout: 15_000 }).toBe(3);
    // The worker runs due searches every few seconds; the page refreshes every minute, so reload.
    await expect.poll(async () => {
      await page.reload();
      await page.getByTestId('listening-page').waitFor();
      return page.getByTestId('listening-post').count();
    }, { timeout: 30_000, interval: 2_000 }).toBeGreaterThan(5);
    const first = page.getByTestId('listening-post').first();
    expect(await first.innerText()).toMatch(/Glowria|Bright Serum/i);
    expect(await first.innerText()).toMatch(/Positive|Neutral|Negative/);
    await page.screenshot({ path: `${shots}/listening-en.png`, fullPage: false });

    const text = (await first.locator('p').nth(0).innerText()).trim();
    await first.getByTestId('listening-convert').click();
    await page.waitForURL(/\/inbox\/[A-Za-z0-9_-]+$/);
    await page.getByTestId('inbox-page').waitFor();
    await expect.poll(() => page.getByText(text.slice(0, 30), { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);

    const indonesian = await sapa.newPage('id-ID');
    await signIn(indonesian, sapa.url, demoOwner.email, demoOwner.password);
    await indonesian.goto(`${sapa.url}/w/${demoWorkspaceId}/listening`);
    await indonesian.getByText('Pencarian tersimpan').waitFor();
    await indonesian.getByText('Buka percakapan').first().waitFor();
    await indonesian.screenshot({ path: `${shots}/listening-id.png`, fullPage: false });
  }, 120_000);
});
