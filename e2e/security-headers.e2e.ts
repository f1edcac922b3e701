// Issue 12, defect 7: the strict Content-Security-Policy must not break the built web app
// (Mantine's style tags, the live stream) nor Swagger UI at /api/docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });
  return violations;
}

describe('the app under its Content-Security-Policy', () => {
  let sapa: E2eSapa;

  beforeAll(async () => { sapa = await startE2eSapa(); });
  afterAll(() => sapa.stop());

  it('signs in, shows the inbox and settings with no CSP violation', async () => {
    const page = await sapa.newPage('en-US');
    const violations = collectCspViolations(page);
    const response = await page.goto(sapa.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.getByTestId('conversation-item').first().waitFor();
    await page.getByTestId('conversation-item').first().click();
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/settings`);
    await page.getByTestId('settings-page').waitFor();
    expect(violations).toEqual([]);
  });

  it('renders Swagger UI at /api/docs with no CSP violation', async () => {
    const page = await sapa.newPage('en-US');
    const violations = collectCspViolations(page);
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/api/docs`);
    await page.locator('.swagger-ui .information-container').waitFor();
    expect(violations).toEqual([]);
  });
});
