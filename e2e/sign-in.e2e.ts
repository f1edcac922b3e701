import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwner } from '../src/demo/seed.js';
import { startE2eSapa, type E2eSapa } from './harness.js';

describe('signing in to the demo', () => {
  let sapa: E2eSapa;

  beforeAll(async () => {
    sapa = await startE2eSapa();
  });
  afterAll(() => sapa.stop());

  it('signs in as the demo owner and sees the Inbox with conversations', async () => {
    const page = await sapa.newPage('en-US');
    await page.goto(sapa.url);
    await page.getByTestId('sign-in-email').fill(demoOwner.email);
    await page.getByTestId('sign-in-password').fill(demoOwner.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('inbox-page').waitFor();
    await expect(page.getByRole('heading', { name: 'Inbox' }).count()).resolves.toBeGreaterThan(0);
    await page.getByTestId('conversation-item').first().waitFor();
    expect(await page.getByTestId('conversation-item').count()).toBeGreaterThan(5);
    await page.screenshot({ path: '.tmp/screenshots/inbox.png' });
  });

  it('shows the Indonesian interface to an Indonesian browser', async () => {
    const page = await sapa.newPage('id-ID');
    await page.goto(sapa.url);
    await page.getByTestId('sign-in-email').fill(demoOwner.email);
    await page.getByTestId('sign-in-password').fill(demoOwner.password);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('inbox-page').waitFor();
    await expect(page.getByRole('heading', { name: 'Kotak Masuk' }).count()).resolves.toBeGreaterThan(0);
  });

  it('refuses a wrong password with a visible error', async () => {
    const page = await sapa.newPage('en-US');
    await page.goto(sapa.url);
    await page.getByTestId('sign-in-email').fill(demoOwner.email);
    await page.getByTestId('sign-in-password').fill('not the password');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-in-error').waitFor();
  });
});
