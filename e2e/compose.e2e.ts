// The trust pillar in the browser: the content guard checks a draft as the officer types
// (in the page, no server round trip), and the server refuses to schedule a blocked post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOfficer, demoWorkspaceId } from '../src/demo/seed.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

describe('composing with the content guard', () => {
  let sapa: E2eSapa;

  beforeAll(async () => {
    sapa = await startE2eSapa();
  });
  afterAll(() => sapa.stop());

  it('highlights over-promising and hard selling while typing, and clears when the text is honest', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOfficer.email, demoOfficer.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/compose`);
    await page.getByTestId('compose-page').waitFor();
    const checks: string[] = [];
    page.on('request', (request) => { if (request.url().includes('/guard/check')) checks.push(request.url()); });

    await page.getByTestId('draft-text').fill('PROMO!!! Serum kami DIJAMIN 100% menghilangkan jerawat tanpa efek samping. Buruan, hari ini saja!!!');
    await page.locator('[data-testid="guard-finding"][data-rule="CLAIM.ABSOLUTE_GUARANTEE"]').first().waitFor();
    const rules = await page.getByTestId('guard-finding').evaluateAll((items: Array<{ getAttribute(name: string): string | null }>) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['CLAIM.ABSOLUTE_GUARANTEE', 'CLAIM.HEALTH_CURE', 'CLAIM.SAFETY', 'PRESSURE.FAKE_URGENCY']));

    await page.getByTestId('draft-text').fill('Serum niacinamide kami membantu merawat kulit berjerawat; hasil bisa berbeda pada tiap orang. Kalau cocok, detailnya ada di link bio ya.');
    await expect.poll(async () => page.getByTestId('guard-finding').count(), { timeout: 5_000 }).toBe(0);
    expect(checks).toEqual([]);
    await page.screenshot({ path: `${process.env.SAPA_SHOTS ?? 'docs/screenshots'}/compose-en.png`, fullPage: true });
  });
});
