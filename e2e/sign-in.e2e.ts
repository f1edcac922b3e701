import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

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

  it('keeps settings in tabs, each with its own address', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/settings`);
    await page.getByTestId('settings-page').waitFor();
    await expect(page.getByTestId('brand-settings').count()).resolves.toBe(0);
    await page.getByTestId('settings-tab-inbox').click();
    await page.getByTestId('inbox-settings').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${demoWorkspaceId}/settings/inbox`);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/settings/brand`);
    await page.getByTestId('brand-settings').waitFor();
    await page.screenshot({ path: '.tmp/screenshots/settings-brand.png', fullPage: false });
  });
});
