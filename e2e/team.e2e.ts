// Team management in the browser: invite → join with a new account → listed → removed, and the
// removed person's browser session ends at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

describe('Settings > Team', () => {
  let sapa: E2eSapa;

  beforeAll(async () => { sapa = await startE2eSapa(); });
  afterAll(() => sapa.stop());

  it('invites by link, the newcomer joins and is listed, then removal signs them out', async () => {
    const owner = await sapa.newPage('en-US');
    await signIn(owner, sapa.url, demoOwner.email, demoOwner.password);
    await owner.goto(`${sapa.url}/w/${demoWorkspaceId}/settings/team`);
    await owner.getByTestId('team-members').waitFor();
    await owner.getByTestId('team-invite-create').click();
    await owner.getByTestId('team-invite-created').waitFor();
    const link = await owner.getByTestId('team-invite-link').inputValue();
    const code = await owner.getByTestId('team-invite-code').inputValue();
    expect(link).toBe(`${sapa.url}/join/${code}`);
    await owner.screenshot({ path: '.tmp/screenshots/team-invite.png' });

    // The invited person: a fresh browser with no account, in Indonesian.
    const newcomer = await sapa.newPage('id-ID');
    await newcomer.goto(link);
    await newcomer.getByTestId('join-form').waitFor();
    expect(await newcomer.getByTestId('join-invited').textContent()).toContain('sebagai Petugas');
    await newcomer.screenshot({ path: '.tmp/screenshots/join.png' });
    await newcomer.getByTestId('join-name').fill('Sinta Baru');
    await newcomer.getByTestId('join-email').fill('sinta@brand.id');
    await newcomer.getByTestId('join-password').fill('kata sandi panjang');
    await newcomer.getByTestId('join-submit').click();
    await newcomer.getByTestId('inbox-page').waitFor();

    // The same code again, typed on the sign-in page by someone else, is refused clearly.
    const latecomer = await sapa.newPage('en-US');
    await latecomer.goto(`${sapa.url}/sign-in`);
    await latecomer.getByTestId('invite-code-input').fill(code.toLowerCase());
    await latecomer.getByTestId('invite-code-input').press('Enter');
    expect(await latecomer.getByTestId('join-refused').textContent()).toContain('already been used');

    await owner.reload();
    const row = owner.getByTestId('team-member-row').filter({ hasText: 'sinta@brand.id' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Sinta Baru');
    await owner.getByTestId('team-invite-row').first().waitFor();
    await owner.screenshot({ path: '.tmp/screenshots/team.png', fullPage: true });

    await row.getByTestId('team-member-remove').click();
    await owner.getByTestId('team-member-remove-confirm').click();
    await row.waitFor({ state: 'detached' });

    // Sinta had no other workspace: her session ended with the membership.
    const session = await newcomer.request.get(`${sapa.url}/api/session`);
    expect(session.status()).toBe(401);
    await newcomer.reload();
    await newcomer.getByTestId('sign-in-form').waitFor();
  });

  it('creates a workspace from the switcher and opens its Team page as owner', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.getByTestId('workspace-switcher').first().click();
    await page.getByRole('option', { name: '+ New workspace' }).click();
    await page.getByTestId('new-workspace-name').fill('Kopi Senja');
    await page.getByTestId('new-workspace-create').click();
    await page.waitForURL(/\/w\/[^/]+\/settings\/team$/);
    const row = page.getByTestId('team-member-row').filter({ hasText: demoOwner.email });
    await row.waitFor();
    expect(await page.getByTestId('workspace-switcher').first().inputValue()).toBe('Kopi Senja');
  });
});
