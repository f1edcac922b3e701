// The calendar in Chromium on the seeded demo: month → week, a filter that survives a reload,
// a post moved by keyboard (M and a date-time field) and by drag, posting slots and "next free slot", a drag that pacing refuses
// (explained, and the post snaps back), a published post's details, and a CSV
// import with one bad row. Screenshots (month, week, dark, import preview, Indonesian) go to
// /work/shots/calendar-ui/ when that folder exists (SAPA_SHOTS overrides).
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDraft } from '../src/domain/planning/approval.js';
import { schedulePost } from '../src/domain/posts-schedule.js';
import { createDraft } from '../src/domain/posts.js';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { listChannels } from '../src/store/repositories/channels.js';
import { findUserByEmail } from '../src/store/repositories/users.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

// Where this machine keeps review shots, else a temporary folder (CI).
const shots = process.env.SAPA_SHOTS ?? (existsSync('/work/shots') ? '/work/shots/calendar-ui' : path.join(tmpdir(), 'sapa-shots', 'calendar-ui'));
const zone = 'Asia/Jakarta';

describe('calendar', () => {
  let sapa: E2eSapa;
  let page: Page;
  const ids = { draft: '', first: '', second: '', published: '' };
  let days: string[] = [];
  let handles: string[] = [];
  // How the slot form names a channel: handle and network (Facebook and Instagram share the demo's handle).
  let firstChannelLabel = '';

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    sapa = await startE2eSapa();
    const { runtime } = sapa;
    const { db } = runtime.store;
    const owner = await findUserByEmail(db, demoOwner.email);
    const channels = (await listChannels(db, demoWorkspaceId)).filter((channel) => ['bluesky', 'mastodon', 'x', 'facebook'].includes(channel.network));
    if (channels.length < 2) throw new Error(`the demo needs two text channels, has ${channels.map((channel) => channel.network).join(', ')}`);
    const [one, two] = channels as [typeof channels[number], typeof channels[number]];
    handles = [one.handle, two.handle];
    firstChannelLabel = `${one.handle} · ${one.network}`;
    // Monday to Thursday of next week on the workspace clock (one week view, always ahead), at 10:00 WIB.
    const today = DateTime.now().setZone(zone).startOf('day');
    const start = today.plus({ days: 8 - today.weekday }).minus({ days: 1 });
    days = [1, 2, 3, 4].map((offset) => start.plus({ days: offset }).toFormat('yyyy-MM-dd'));
    const at = (day: number, hour = 10) => start.plus({ days: day, hours: hour }).toMillis();
    const userId = owner?.id ?? null;
    const draft = (text: string, channelId: string) => createDraft(db, { workspaceId: demoWorkspaceId, userId, text, channelIds: [channelId], paid: false });
    ids.draft = (await draft('Rencana: cerita pelanggan minggu ini', one.id)).post.id;
    await planDraft(db, demoWorkspaceId, ids.draft, at(1));
    const schedule = async (text: string, channelId: string, when: number) => {
      const id = (await draft(text, channelId)).post.id;
      await schedulePost(runtime, { workspaceId: demoWorkspaceId, postId: id, userId: userId ?? '', role: 'owner', scheduledAt: when });
      return id;
    };
    ids.first = await schedule('Tips pagi: pakai tabir surya setiap hari', two.id, at(2));
    ids.second = await schedule('Sesi tanya jawab bersama tim kami', two.id, at(3));
    ids.published = await schedule('Terima kasih untuk 10 ribu pengikut!', one.id, Date.now());
  });
  afterAll(() => sapa.stop());

  const cellOf = (postId: string) => page.locator(`td[data-date]:has([data-post-id="${postId}"])`).first();
  const dayOfPost = (postId: string) => cellOf(postId).getAttribute('data-date');
  const hourOfPost = (postId: string) => cellOf(postId).getAttribute('data-hour');

  it('plans a week: views, filters in the URL, keyboard and drag moves, refusals, post details', async () => {
    page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOwner.email, demoOwner.password);
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar`);
    await page.getByTestId('calendar-month').waitFor();
    await page.locator(`[data-post-id="${ids.draft}"]`).waitFor();
    await expect.poll(async () => page.locator(`[data-post-id="${ids.published}"]`).getAttribute('data-state'), { timeout: 20_000, interval: 500 }).toBe('published');
    await page.reload();
    await page.locator(`[data-post-id="${ids.published}"][data-state="published"]`).waitFor();
    await page.screenshot({ path: `${shots}/month-en.png`, fullPage: true });

    // The published post opens with its details (the link on the network shows once publishing stores it).
    await page.locator(`[data-post-id="${ids.published}"]`).click();
    expect(await page.getByRole('dialog').innerText()).toMatch(/Published[\s\S]*Terima kasih untuk 10 ribu pengikut/);
    await page.keyboard.press('Escape');

    // Month → week by keyboard: arrow keys move between days, Enter opens one in the week view.
    const today = DateTime.now().setZone(zone);
    await page.locator(`[data-testid="calendar-day"][data-date="${today.toFormat('yyyy-MM-dd')}"]`).focus();
    await page.keyboard.press('ArrowRight');
    const tomorrow = today.plus({ days: 1 }).toFormat('yyyy-MM-dd');
    await expect.poll(() => page.locator(':focus').getAttribute('data-date')).toBe(tomorrow);
    await page.keyboard.press('Enter');
    await page.getByTestId('calendar-week').waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ view: 'week', date: tomorrow });
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${days[1]}`);
    await page.getByTestId('calendar-week').waitFor();
    await page.locator(`[data-post-id="${ids.second}"]`).waitFor();
    await page.screenshot({ path: `${shots}/week-en.png`, fullPage: true });

    // A filter in the URL survives a reload.
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${days[1]}&state=scheduled`);
    await page.locator(`[data-post-id="${ids.first}"]`).waitFor();
    await page.reload();
    await page.locator(`[data-post-id="${ids.first}"]`).waitFor();
    expect(new URL(page.url()).searchParams.getAll('state')).toEqual(['scheduled']);
    expect(await page.locator(`[data-post-id="${ids.draft}"]`).count()).toBe(0);

    // Keyboard move: focus the draft, press M, type a new time on the workspace clock.
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${days[1]}`);
    await page.locator(`[data-post-id="${ids.draft}"]`).focus();
    await page.keyboard.press('m');
    await page.getByTestId('move-when').waitFor();
    await page.getByTestId('move-when').fill(`${days[1]}T15:20`);
    await page.getByTestId('move-submit').click();
    await expect.poll(() => dayOfPost(ids.draft), { timeout: 10_000 }).toBe(days[1]);
    await expect.poll(() => hourOfPost(ids.draft), { timeout: 10_000 }).toBe('15');

    // Drag: the draft to 08:00 two days later keeps its minutes.
    await page.locator(`[data-post-id="${ids.draft}"]`).dragTo(page.locator(`[data-testid="calendar-hour"][data-date="${days[3]}"][data-hour="8"]`));
    await expect.poll(() => dayOfPost(ids.draft), { timeout: 10_000 }).toBe(days[3]);
    await expect.poll(() => hourOfPost(ids.draft), { timeout: 10_000 }).toBe('8');

    // A drag pacing refuses (10 minutes after another post on the channel): explained, and the post stays.
    await page.locator(`[data-post-id="${ids.second}"]`).dragTo(page.locator(`[data-testid="calendar-hour"][data-date="${days[1]}"][data-hour="10"]`));
    await page.getByTestId('refusal-held').waitFor();
    expect(await page.getByTestId('refusal-held').getAttribute('data-rule')).toBe('PACE.POST_GAP');
    await page.screenshot({ path: `${shots}/move-refused-en.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => dayOfPost(ids.second), { timeout: 10_000 }).toBe(days[2]);
  });

  it('imports a CSV with one bad row', async () => {
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${days[1]}`);
    await page.getByTestId('open-import').click();
    const csv = [
      'text,channels,time,image_url',
      `"Impor: promo akhir pekan, jangan lewatkan",${handles[0] ?? ''},${days[2]} 19:00,`,
      `Impor: kanal yang salah,bukan-kanal,${days[2]} 20:00,`,
      `Impor: dua kanal,"${handles[0] ?? ''} ${handles[1] ?? ''}",${days[3]} 19:30,`,
    ].join('\n');
    await page.getByTestId('import-text').fill(csv);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-table').waitFor();
    expect(await page.getByTestId('import-row').count()).toBe(3);
    expect(await page.locator('[data-testid="import-row"][data-valid="false"]').count()).toBe(1);
    expect(await page.getByTestId('import-row-error').innerText()).toMatch(/bukan-kanal/);
    await page.getByRole('dialog').screenshot({ path: `${shots}/import-preview-en.png` });
    await page.getByTestId('import-submit').click();
    expect(await page.getByTestId('import-done').innerText()).toMatch(/2 posts/);
    await page.getByRole('button', { name: 'Close' }).last().click();
    await expect.poll(async () => page.getByTestId('calendar-post').filter({ hasText: 'Impor:' }).count(), { timeout: 10_000 }).toBe(2);
  });

  it('keeps posting slots and adds a draft to the next free one', async () => {
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${days[1]}`);
    await page.getByTestId('open-slots').click();
    await page.getByTestId('slot-channel').click();
    await page.getByRole('option', { name: firstChannelLabel, exact: true }).click();
    await page.getByTestId('slot-weekday').click();
    await page.getByRole('option', { name: DateTime.fromISO(days[2] ?? '').setLocale('en').toFormat('ccc'), exact: true }).click();
    await page.getByTestId('slot-time').fill('21:00');
    await page.getByTestId('slot-add').click();
    await page.getByTestId('slot-list').waitFor();
    expect(await page.getByTestId('slot-list').innerText()).toMatch(/21:00/);
    await page.getByRole('dialog').screenshot({ path: `${shots}/slots-en.png` });
    await page.keyboard.press('Escape');

    await page.locator(`[data-post-id="${ids.draft}"]`).click();
    await page.getByTestId('post-next-slot').click();
    await page.getByTestId('post-next-slot').waitFor({ state: 'detached' });
    // The first such weekday at 21:00 WIB still ahead (this week's, if today is that day before 21:00).
    const now = DateTime.now().setZone(zone);
    const slotDay = [0, 1, 2, 3, 4, 5, 6, 7].map((offset) => now.startOf('day').plus({ days: offset, hours: 21 }))
      .find((candidate) => candidate.weekday === DateTime.fromISO(days[2] ?? '').weekday && candidate > now)?.toFormat('yyyy-MM-dd');
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${slotDay ?? ''}`);
    await page.locator(`[data-post-id="${ids.draft}"][data-state="scheduled"]`).waitFor();
    expect([await dayOfPost(ids.draft), await hourOfPost(ids.draft)]).toEqual([slotDay, '21']);
  });

  it('reads in Indonesian and in dark mode', async () => {
    const idPage = await sapa.newPage('id-ID');
    await signIn(idPage, sapa.url, demoOwner.email, demoOwner.password);
    await idPage.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?view=week&date=${days[1]}`);
    await idPage.getByTestId('calendar-week').waitFor();
    await idPage.locator(`[data-post-id="${ids.first}"]`).waitFor();
    expect(await idPage.getByTestId('calendar-legend').innerText()).toMatch(/Terjadwal/);
    await idPage.screenshot({ path: `${shots}/week-id.png`, fullPage: true });
    await idPage.emulateMedia({ colorScheme: 'dark' });
    await idPage.goto(`${sapa.url}/w/${demoWorkspaceId}/calendar?date=${days[1]}`);
    await idPage.getByTestId('calendar-month').waitFor();
    await idPage.locator(`[data-post-id="${ids.first}"]`).waitFor();
    await idPage.screenshot({ path: `${shots}/month-id-dark.png`, fullPage: true });
  });
});
