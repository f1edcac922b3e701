// Issue 12, defect 10: API tokens in Settings: create (shown once), listed, revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

describe('API tokens in Settings', () => {
  let sapa: E2eSapa;

  beforeAll(async () => { sapa = await startE2eSapa(); });
  afterAll(() => sapa.stop());

  it('creates a read-only token, shows it once, lists and revokes it (Indonesian interface)', async () => {
    const page = await sapa.newPage('id-ID');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/settings`);
    await page.getByTestId('api-tokens').waitFor();
    await page.getByTestId('api-token-name').fill('skrip ekspor');
    await page.getByTestId('api-token-create').click();
    const created = page.getByTestId('api-token-created');
    await created.waitFor();
    expect(await created.textContent()).toMatch(/sapa_/);
    const row = page.getByTestId('api-token-row').filter({ hasText: 'skrip ekspor' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Hanya baca');
    await row.getByRole('button', { name: 'Cabut' }).click();
    await row.waitFor({ state: 'detached' });
  });
});
