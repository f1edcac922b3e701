// Variants through HTTP: a channel overrides the post's text and continues as a thread; each
// variant is checked against its network's limits (problems on save, 400 on schedule).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../store/repositories/channels.js';
import type { ChannelRow } from '../../../store/schema.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';

interface VariantJson { channel: { id: string; network: string }; text: string; overrideText: string | null; threadParts: string[]; problems: Array<{ field: string; code: string; message: string }> }
interface PostJson { id: string; variants: VariantJson[] }

describe.each(['sqlite', 'postgres'] as const)('post variants (%s)', (engine) => {
  let testApp: TestApp;
  let officer: SignedInClient;
  let x: ChannelRow;
  let instagram: ChannelRow;
  let base: string;

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    x = await insertChannel(testApp.database.store.db, { workspaceId: testApp.workspaceId, network: 'x', handle: 'glowria', displayName: 'Glowria', simulated: true });
    instagram = await insertChannel(testApp.database.store.db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'glowria.id', displayName: 'Glowria', simulated: true });
    officer = await signInAs(testApp, 'officer');
    base = `/api/workspaces/${testApp.workspaceId}/posts`;
  });
  afterAll(() => testApp.dispose());

  const send = (method: 'POST' | 'PUT', url: string, payload: object) =>
    testApp.app.inject({ method, url, payload, headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken } });

  it('keeps an override and a thread per channel, and reports what each network would refuse', async () => {
    const created = await send('POST', base, {
      text: 'Serum baru kami sudah hadir di toko.', channelIds: [x.id, instagram.id],
      variants: [{ channelId: x.id, text: '漢'.repeat(141), threadParts: ['Bagian dua'] }],
    });
    expect(created.statusCode).toBe(201);
    const post = created.json<PostJson>();
    const onX = post.variants.find((variant) => variant.channel.id === x.id);
    const onInstagram = post.variants.find((variant) => variant.channel.id === instagram.id);
    expect(onX).toMatchObject({ text: '漢'.repeat(141), overrideText: '漢'.repeat(141), threadParts: ['Bagian dua'] });
    expect(onX?.problems).toEqual([{ field: 'text', code: 'too_long', message: 'text: 282 weighted characters, X allows 280' }]);
    expect(onInstagram).toMatchObject({ text: 'Serum baru kami sudah hadir di toko.', overrideText: null, threadParts: [] });
    expect(onInstagram?.problems.map((problem) => problem.code)).toEqual(['image_required']);

    const scheduled = await send('POST', `${base}/${post.id}/schedule`, { scheduledAt: new Date(Date.now() + 3600_000).toISOString() });
    expect(scheduled.statusCode).toBe(400);
    expect(scheduled.json<{ message: string }>().message).toContain('x glowria: text: 282 weighted characters, X allows 280');
    expect(scheduled.json<{ message: string }>().message).toContain('instagram glowria.id: images: Instagram needs an image');

    // Back to the inherited text: the override is gone, the X problem too.
    const edited = await send('PUT', `${base}/${post.id}`, { text: 'Halo semua', channelIds: [x.id], variants: [{ channelId: x.id, text: null }] });
    expect(edited.json<PostJson>().variants).toMatchObject([{ text: 'Halo semua', overrideText: null, problems: [] }]);
  });

  it('refuses a variant for a channel the post does not go to, and images of another workspace', async () => {
    expect((await send('POST', base, { text: 'Halo', channelIds: [x.id], variants: [{ channelId: instagram.id, text: 'Hai' }] })).statusCode).toBe(400);
    expect((await send('POST', base, { text: 'Halo', channelIds: [x.id], mediaIds: ['elsewhere'] })).statusCode).toBe(400);
  });
});
