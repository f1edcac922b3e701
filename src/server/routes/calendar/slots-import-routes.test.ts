// Posting slots, "next free slot" and the CSV import through HTTP on both databases: who may
// keep slots, a draft scheduled at its channel's next free slot (a taken slot is skipped), a
// preview with per-row errors, an import that creates only the valid rows and answers the same
// file twice with the first import, images downloaded into the blob store, and another
// workspace's slots, posts and channels out of reach.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importCsv } from '../../../domain/planning/csv-import.js';
import { upcomingSlotTimes } from '../../../domain/planning/next-slot.js';
import { FileSystemBlobStore } from '../../../media/fs-store.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { listWorkspaceMedia } from '../../../store/repositories/media.js';
import { findUserByEmail } from '../../../store/repositories/users.js';
import { insertWorkspace, upsertMembership } from '../../../store/repositories/workspaces.js';
import type { Role } from '../../../store/schema.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe.each(databaseKinds)('posting slots and CSV import API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  const clients = {} as Record<Role, SignedInClient>;
  let base: string;
  let otherBase: string;
  let bluesky: string;
  let mastodon: string;
  let otherChannel: string;
  let otherSlot: string;
  let otherPost: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  // Workspaces of its own for each test, so none sees another's slots, posts or imports.
  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    const { db } = testApp.database.store;
    for (const role of ['manager', 'officer', 'viewer'] as const) clients[role] = await signInAs(testApp, role);
    base = `/api/workspaces/${testApp.workspaceId}`;
    bluesky = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'bluesky', handle: 'glowria.test', displayName: 'G', simulated: true })).id;
    mastodon = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'mastodon', handle: '@glowria@social.test', displayName: 'G', simulated: true })).id;
    const other = await insertWorkspace(db, { name: 'Other' });
    otherBase = `/api/workspaces/${other.id}`;
    for (const role of ['manager', 'officer'] as const) {
      const user = await findUserByEmail(db, testApp.emails[role]);
      if (user !== undefined) await upsertMembership(db, other.id, user.id, role);
    }
    otherChannel = (await insertChannel(db, { workspaceId: other.id, network: 'bluesky', handle: 'other.test', displayName: 'O', simulated: true })).id;
    otherSlot = (await call('manager', 'POST', `${otherBase}/posting-slots`, { channelId: otherChannel, weekday: 1, minuteOfDay: 540 })).json<{ id: string }>().id;
    otherPost = (await call('officer', 'POST', `${otherBase}/posts`, { text: 'Rahasia brand lain', channelIds: [otherChannel] })).json<{ id: string }>().id;
  });

  const call = (role: Role, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => testApp.app.inject({
    method, url, headers: { cookie: clients[role].cookie, 'x-csrf-token': clients[role].csrfToken }, ...(payload === undefined ? {} : { payload }),
  });
  const draft = async (text: string, channelId: string) => (await call('officer', 'POST', `${base}/posts`, { text, channelIds: [channelId] })).json<{ id: string }>().id;

  it('lets managers keep posting slots, everyone read them, and nobody reach another workspace\'s', async () => {
    expect((await call('officer', 'POST', `${base}/posting-slots`, { channelId: bluesky, weekday: 2, minuteOfDay: 540 })).statusCode).toBe(403);
    const added = await call('manager', 'POST', `${base}/posting-slots`, { channelId: bluesky, weekday: 2, minuteOfDay: 540 });
    expect(added.statusCode).toBe(201);
    const again = await call('manager', 'POST', `${base}/posting-slots`, { channelId: bluesky, weekday: 2, minuteOfDay: 540 });
    expect(again.json<{ id: string }>().id).toBe(added.json<{ id: string }>().id);
    expect((await call('manager', 'POST', `${base}/posting-slots`, { channelId: bluesky, weekday: 8, minuteOfDay: 540 })).statusCode).toBe(400);
    expect((await call('manager', 'POST', `${base}/posting-slots`, { channelId: otherChannel, weekday: 1, minuteOfDay: 60 })).statusCode).toBe(400);
    const list = (await call('viewer', 'GET', `${base}/posting-slots`)).json<{ items: Array<{ id: string; channelId: string; weekday: number; minuteOfDay: number }> }>().items;
    expect(list).toEqual([{ id: added.json<{ id: string }>().id, channelId: bluesky, weekday: 2, minuteOfDay: 540 }]);

    expect((await call('manager', 'DELETE', `${base}/posting-slots/${otherSlot}`)).statusCode).toBe(404);
    expect((await call('manager', 'GET', `${otherBase}/posting-slots`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await call('officer', 'DELETE', `${base}/posting-slots/${added.json<{ id: string }>().id}`)).statusCode).toBe(403);
    expect((await call('manager', 'DELETE', `${base}/posting-slots/${added.json<{ id: string }>().id}`)).statusCode).toBe(204);
    expect((await call('viewer', 'GET', `${base}/posting-slots`)).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('schedules a draft at its channel\'s next free slot, skipping a taken one', async () => {
    const noSlots = await call('officer', 'POST', `${base}/posts/${await draft('Belum ada slot untuk kanal ini.', mastodon)}/next-slot`);
    expect(noSlots.statusCode).toBe(409);
    expect(noSlots.json<{ message: string }>().message).toMatch(/no posting slots/);

    // Every day at 09:00 and 19:00 WIB: far enough apart for the pacing gap.
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      for (const minuteOfDay of [540, 1140]) await call('manager', 'POST', `${base}/posting-slots`, { channelId: mastodon, weekday, minuteOfDay });
    }
    const expected = upcomingSlotTimes([540, 1140].flatMap((minuteOfDay) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, minuteOfDay }))), 'Asia/Jakarta', Date.now(), 3);
    const first = await call('officer', 'POST', `${base}/posts/${await draft('Pagi ini kami bercerita tentang bahan alami.', mastodon)}/next-slot`);
    expect(first.statusCode).toBe(200);
    expect(first.json<{ status: string; scheduledAt: string }>()).toMatchObject({ status: 'scheduled', scheduledAt: new Date(expected[0] ?? 0).toISOString() });
    const second = await call('officer', 'POST', `${base}/posts/${await draft('Sore ini ada sesi tanya jawab singkat.', mastodon)}/next-slot`);
    expect(second.json<{ scheduledAt: string }>().scheduledAt).toBe(new Date(expected[1] ?? 0).toISOString());

    expect((await call('viewer', 'POST', `${base}/posts/${await draft('Tidak boleh.', mastodon)}/next-slot`)).statusCode).toBe(403);
    const stranger = await call('officer', 'POST', `${base}/posts/${otherPost}/next-slot`);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).not.toContain('Rahasia');
  });

  it('previews a CSV row by row and imports only the valid rows, once', async () => {
    const csv = [
      'text,channels,time,image_url',
      '"Halo, pagi! Ada promo ""spesial"" hari ini",glowria.test,2030-01-06 09:00,',
      `Dua kanal sekaligus,"@glowria@social.test ${bluesky}",2030-01-07T10:30,`,
      'Kanal tidak dikenal,nope.test,2030-01-06 09:00,',
      'Waktu salah,glowria.test,besok pagi,',
      'Sudah lewat,glowria.test,2020-01-01 09:00,',
      'Alamat file,glowria.test,,file:///etc/passwd',
      ',glowria.test,,',
      `Kanal lain,${otherChannel},,`,
    ].join('\r\n');
    const preview = await call('officer', 'POST', `${base}/posts/import/preview`, { csv });
    expect(preview.statusCode).toBe(200);
    const rows = preview.json<{ rows: Array<{ row: number; text: string; at: string | null; channels: Array<{ id: string }>; errors: Array<{ code: string }> }> }>().rows;
    expect(rows.map((row) => [row.row, row.errors.map((error) => error.code)])).toEqual([
      [2, []], [3, []], [4, ['channel_unknown']], [5, ['time_invalid']], [6, ['time_past']], [7, ['image_url_invalid']], [8, ['text_missing']], [9, ['channel_unknown']],
    ]);
    // 09:00 on the workspace clock (WIB, UTC+7), whatever zone the server runs in.
    expect(rows[0]).toMatchObject({ text: 'Halo, pagi! Ada promo "spesial" hari ini', at: '2030-01-06T02:00:00.000Z', channels: [{ id: bluesky }] });
    expect(rows[1]?.channels.map((channel) => channel.id)).toEqual([mastodon, bluesky]);

    expect((await call('viewer', 'POST', `${base}/posts/import`, { csv })).statusCode).toBe(403);
    const imported = await call('officer', 'POST', `${base}/posts/import`, { csv });
    expect(imported.statusCode).toBe(200);
    const result = imported.json<{ alreadyImported: boolean; imported: number; rows: Array<{ row: number; postId: string | null }> }>();
    expect(result).toMatchObject({ alreadyImported: false, imported: 2 });
    const postIds = result.rows.flatMap((row) => (row.postId === null ? [] : [row.postId]));
    const calendar = (await call('viewer', 'GET', `${base}/calendar?from=2030-01-05T00:00:00.000Z&to=2030-01-10T00:00:00.000Z`)).json<{ items: Array<{ id: string; state: string; at: string }> }>().items;
    expect(calendar.map((item) => [item.id, item.state, item.at])).toEqual([[postIds[0], 'draft', '2030-01-06T02:00:00.000Z'], [postIds[1], 'draft', '2030-01-07T03:30:00.000Z']]);

    const again = await call('officer', 'POST', `${base}/posts/import`, { csv });
    expect(again.json<{ alreadyImported: boolean; rows: unknown }>()).toMatchObject({ alreadyImported: true, rows: result.rows });
    expect((await call('viewer', 'GET', `${base}/calendar?from=2030-01-05T00:00:00.000Z&to=2030-01-10T00:00:00.000Z`)).json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  it('refuses a file without the needed columns, and image URLs that point inside', async () => {
    expect((await call('officer', 'POST', `${base}/posts/import/preview`, { csv: 'message,where\nhalo,glowria.test' })).statusCode).toBe(400);
    const inside = await call('officer', 'POST', `${base}/posts/import`, { csv: 'text,channels,image_url\nGambar dari dalam,glowria.test,http://127.0.0.1:9/secret.png\nGambar metadata,glowria.test,http://169.254.169.254/latest' });
    expect(inside.json<{ imported: number; rows: Array<{ errors: Array<{ code: string }> }> }>()).toMatchObject({
      imported: 0, rows: [{ errors: [{ code: 'image_refused_address' }] }, { errors: [{ code: 'image_refused_address' }] }],
    });
  });

  it('downloads a row\'s image into the blob store (loopback allowed only for this test)', async () => {
    const server: Server = createServer((request, response) => {
      if (request.url === '/dot.png') { response.writeHead(200, { 'content-type': 'image/png' }); response.end(onePixelPng); return; }
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>not an image</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const folder = mkdtempSync(path.join(tmpdir(), 'sapa-import-blobs-'));
    try {
      const { db } = testApp.database.store;
      const result = await importCsv({ db, blobs: new FileSystemBlobStore(folder), fetchOptions: { allowPrivateAddresses: true } }, {
        workspaceId: testApp.workspaceId, userId: null, csv: `text,channels,image_url\nDengan gambar,glowria.test,http://127.0.0.1:${port}/dot.png\nBukan gambar,glowria.test,http://127.0.0.1:${port}/page`,
      });
      expect(result.rows.map((row) => row.errors.map((error) => error.code))).toEqual([[], ['image_not_image']]);
      const post = (await call('officer', 'GET', `${base}/posts/${result.rows[0]?.postId ?? ''}`)).json<{ mediaIds: string[] }>();
      expect(post.mediaIds).toHaveLength(1);
      const media = await listWorkspaceMedia(db, testApp.workspaceId, post.mediaIds);
      expect(media[0]).toMatchObject({ content_type: 'image/png', width: 1, height: 1 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
