// Media through the API on both databases: upload raw bytes, change the alt text, read the bytes
// back with headers that stop a browser running them, never another workspace's image; and the
// signed public link networks fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeImage } from '../../../media/store-image.js';
import { signMediaLink } from '../../../media/public-link.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';

// A 1×1 PNG: the smallest real image the sniffer and image-size accept.
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface MediaBody { media: { id: string; contentType: string; bytes: number; width: number; height: number; altText: string; url: string } }

describe.each(databaseKinds)('media routes (%s)', (kind) => {
  let testApp: TestApp;
  let officer: SignedInClient;
  let foreignMediaId: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    officer = await signInAs(testApp, 'officer');
    const other = await insertWorkspace(testApp.context.store.db, { name: 'Other Brand' });
    foreignMediaId = (await storeImage({ db: testApp.context.store.db, blobs: testApp.context.blobs }, { workspaceId: other.id, bytes: onePixelPng, createdBy: null })).id;
  });
  afterAll(() => testApp.dispose());

  const headers = (extra: Record<string, string> = {}) => ({ cookie: officer.cookie, 'x-csrf-token': officer.csrfToken, ...extra });
  const upload = (payload: Buffer, contentType: string, query = '') =>
    testApp.app.inject({ method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/media${query}`, payload, headers: headers({ 'content-type': contentType }) });

  it('takes the raw bytes, reads type and size from them, and serves them back safely', async () => {
    // The uploader's claim (octet-stream) does not matter: the bytes are a PNG.
    const created = await upload(onePixelPng, 'application/octet-stream', '?alt=Logo%20Glowria');
    expect(created.statusCode).toBe(201);
    const { media } = created.json<MediaBody>();
    expect(media).toEqual({
      id: media.id, contentType: 'image/png', bytes: onePixelPng.byteLength, width: 1, height: 1, altText: 'Logo Glowria',
      url: `/api/workspaces/${testApp.workspaceId}/media/${media.id}/content`,
    });
    const content = await testApp.app.inject({ method: 'GET', url: media.url, headers: headers() });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload).toEqual(onePixelPng);
    expect(content.headers['content-type']).toBe('image/png');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-security-policy']).toBe('sandbox');
    expect(content.headers['cache-control']).toMatch(/^private/);
  });

  it('changes the alt text', async () => {
    const { media } = (await upload(onePixelPng, 'image/png')).json<MediaBody>();
    expect(media.altText).toBe('');
    const changed = await testApp.app.inject({ method: 'PATCH', url: `/api/workspaces/${testApp.workspaceId}/media/${media.id}`, payload: { altText: 'Serum 30 ml di meja kayu' }, headers: headers() });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<MediaBody>().media).toMatchObject({ id: media.id, altText: 'Serum 30 ml di meja kayu' });
    const tooLong = await testApp.app.inject({ method: 'PATCH', url: `/api/workspaces/${testApp.workspaceId}/media/${media.id}`, payload: { altText: 'a'.repeat(2001) }, headers: headers() });
    expect(tooLong.statusCode).toBe(400);
  });

  it('refuses what is not an image, however it is labelled, and needs the CSRF token', async () => {
    const script = await upload(Buffer.from('<svg onload=alert(1)>'), 'image/png');
    expect(script.statusCode).toBe(400);
    expect(script.json<{ message: string }>().message).toMatch(/not an image Sapa can publish: JPEG, PNG, GIF or WebP/);
    const noCsrf = await testApp.app.inject({ method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/media`, payload: onePixelPng, headers: { cookie: officer.cookie, 'content-type': 'image/png' } });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('answers 413 above the upload limit', async () => {
    const huge = Buffer.concat([onePixelPng, Buffer.alloc(16 * 1024 * 1024)]);
    expect((await upload(huge, 'image/png')).statusCode).toBe(413);
  });

  it('never shows or changes another workspace\'s image', async () => {
    const patch = await testApp.app.inject({ method: 'PATCH', url: `/api/workspaces/${testApp.workspaceId}/media/${foreignMediaId}`, payload: { altText: 'mine' }, headers: headers() });
    expect(patch.statusCode).toBe(404);
    const content = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/media/${foreignMediaId}/content`, headers: headers() });
    expect(content.statusCode).toBe(404);
  });

  it('refuses a post or a variant that uses another workspace\'s image, and takes this workspace\'s', async () => {
    const channel = await insertChannel(testApp.context.store.db, { workspaceId: testApp.workspaceId, network: 'bluesky', handle: `glowria-${kind}.bsky.social`, displayName: 'Glowria', simulated: true });
    const { media } = (await upload(onePixelPng, 'image/png', '?alt=Logo')).json<MediaBody>();
    const posts = `/api/workspaces/${testApp.workspaceId}/posts`;
    const create = (payload: object) => testApp.app.inject({ method: 'POST', url: posts, payload, headers: headers() });
    const foreign = await create({ text: 'Halo', channelIds: [channel.id], mediaIds: [foreignMediaId] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ message: string }>().message).toContain(`${foreignMediaId} is not an image of this workspace`);
    expect((await create({ text: 'Halo', channelIds: [channel.id], variants: [{ channelId: channel.id, mediaIds: [foreignMediaId] }] })).statusCode).toBe(400);
    expect((await create({ text: 'Halo', channelIds: [channel.id], mediaIds: [media.id] })).statusCode).toBe(201);
  });

  it('serves an image on a signed public link, and 403 when the link is forged or expired', async () => {
    const { media } = (await upload(onePixelPng, 'image/png')).json<MediaBody>();
    const publicUrl = new URL('http://127.0.0.1:1/');
    const secretKey = testApp.context.config.secretKey;
    const path = (link: string) => { const url = new URL(link); return `${url.pathname}${url.search}`; };
    const good = await testApp.app.inject({ method: 'GET', url: path(signMediaLink({ secretKey, publicUrl, mediaId: media.id })) });
    expect(good.statusCode).toBe(200);
    expect(good.rawPayload).toEqual(onePixelPng);
    expect(good.headers['content-security-policy']).toBe('sandbox');
    const expired = await testApp.app.inject({ method: 'GET', url: path(signMediaLink({ secretKey, publicUrl, mediaId: media.id }, Date.now() - 2 * 60 * 60 * 1000)) });
    expect(expired.statusCode).toBe(403);
    const forged = await testApp.app.inject({ method: 'GET', url: path(signMediaLink({ secretKey: Buffer.alloc(32, 9), publicUrl, mediaId: media.id })) });
    expect(forged.statusCode).toBe(403);
    const other = new URL(signMediaLink({ secretKey, publicUrl, mediaId: media.id }));
    const swapped = await testApp.app.inject({ method: 'GET', url: `/public/media/${foreignMediaId}${other.search}` });
    expect(swapped.statusCode).toBe(403);
  });
});
