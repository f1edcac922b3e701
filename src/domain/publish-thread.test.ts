// Threads and images through the publish job, below the UI, on both databases: each thread part
// is its own at-most-once delivery answering the part before it, the first post carries the
// images, and a worker killed mid-thread resumes at the unconfirmed part by asking the network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboundPost, SendResult } from '../channels/types.js';
import { storeImage } from '../media/store-image.js';
import { insertChannel } from '../store/repositories/channels.js';
import { listThreadParts } from '../store/repositories/post-variants.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds } from '../test-support/databases.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { createUser } from './accounts.js';
import { createDraft, getPost } from './posts.js';
import { schedulePost } from './posts-schedule.js';
import { publishVariant } from './publish-post.js';

const MINUTE = 60_000;
const context = { jobId: 'j', attempt: 1, maxAttempts: 6 };
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const onePixelJpeg = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');
const first = 'Serum Cerah C10 sudah hadir. Hasil bisa berbeda pada tiap orang.';
const parts = ['Cara pakai: 2 tetes setiap malam setelah cuci muka.', 'Tersedia di toko resmi kami mulai Senin.'];

describe.each(databaseKinds)('threads and images on %s', (kind) => {
  let test: TestRuntime;
  let workspaceId: string;
  let userId: string;
  let bluesky: ChannelRow;
  let now: number;

  beforeEach(async () => {
    test = await createTestRuntime(kind);
    const { db } = test.runtime.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    userId = (await createUser(db, { email: 'o@test.local', name: 'Officer', password: 'password123', workspaceId, role: 'officer' })).id;
    bluesky = await insertChannel(db, { workspaceId, network: 'bluesky', handle: 'glowria.bsky.social', displayName: 'Glowria', simulated: true });
    now = Date.now();
  });
  afterEach(() => test.dispose());

  const network = () => test.runtime.connectors.worldFor(bluesky).connector;
  const sentPosts = () => network().received.filter((entry) => entry.kind === 'post' && entry.outcome === 'sent');

  async function scheduledThread() {
    const image = await storeImage({ db: test.runtime.store.db, blobs: test.runtime.blobs }, { workspaceId, bytes: onePixelPng, altText: 'Botol serum di meja', createdBy: userId });
    const created = await createDraft(test.runtime.store.db, { workspaceId, userId, text: first, channelIds: [bluesky.id], paid: false, mediaIds: [image.id], variants: [{ channelId: bluesky.id, threadParts: parts }] }, now);
    const at = now + 5 * MINUTE;
    const [variant] = (await schedulePost(test.runtime, { workspaceId, postId: created.post.id, userId, role: 'officer', scheduledAt: at }, now)).variants;
    if (variant === undefined) throw new Error('no variant');
    return { postId: created.post.id, variantId: variant.id, at };
  }

  it('publishes the first post with its image, then each part answering the one before, once even when the job runs twice', async () => {
    const { postId, variantId, at } = await scheduledThread();
    await publishVariant(test.runtime, variantId, at, context, at);
    await publishVariant(test.runtime, variantId, at, context, at);
    const sent = sentPosts();
    expect(sent.map((entry) => entry.text)).toEqual([first, ...parts]);
    expect(sent[0]?.imageAlts).toEqual(['Botol serum di meja']);
    expect(sent[0]?.inReplyToNetworkId).toBeUndefined();
    expect(sent[1]?.inReplyToNetworkId).toBe(sent[0]?.result?.networkMessageId);
    expect(sent[2]?.inReplyToNetworkId).toBe(sent[1]?.result?.networkMessageId);
    const rows = await listThreadParts(test.runtime.store.db, variantId);
    expect(rows.map((row) => ({ position: row.position, state: row.state, id: row.network_post_id }))).toEqual([
      { position: 1, state: 'sent', id: sent[1]?.result?.networkMessageId },
      { position: 2, state: 'sent', id: sent[2]?.result?.networkMessageId },
    ]);
    expect(new Set(rows.map((row) => row.idempotency_key)).size).toBe(2);
    expect((await getPost(test.runtime.store.db, workspaceId, postId)).post.status).toBe('published');
  });

  it('resumes a thread after a worker died mid-part: asks the network, never reposts, then finishes', async () => {
    const { postId, variantId, at } = await scheduledThread();
    const simulator = network();
    const original = simulator.publishPost.bind(simulator);
    let landed!: () => void;
    const partTwoLanded = new Promise<void>((resolve) => { landed = resolve; });
    // The worker's process dies right after part 2 reached the network: its send never returns.
    const spy = vi.spyOn(simulator, 'publishPost').mockImplementation((post: OutboundPost): Promise<SendResult> => {
      if (!post.idempotencyKey.endsWith('-part-2')) return original(post);
      return original(post).then(() => { landed(); return new Promise<SendResult>(() => undefined); });
    });
    void publishVariant(test.runtime, variantId, at, context, at);
    await partTwoLanded;
    const midway = await listThreadParts(test.runtime.store.db, variantId);
    expect(midway.map((row) => row.state)).toEqual(['sent', 'sending']);
    expect((await getPost(test.runtime.store.db, workspaceId, postId)).post.status).toBe('publishing');

    // Another worker picks the job up again.
    spy.mockImplementation(original);
    await publishVariant(test.runtime, variantId, at, { ...context, attempt: 2 }, at);
    expect(sentPosts().map((entry) => entry.text)).toEqual([first, ...parts]);
    expect((await listThreadParts(test.runtime.store.db, variantId)).map((row) => row.state)).toEqual(['sent', 'sent']);
    expect((await getPost(test.runtime.store.db, workspaceId, postId)).post.status).toBe('published');
  });

  it('an unknown outcome on part 1 is checked with the network; one that did not land stops the thread and fails the post with the reason', async () => {
    const { postId, variantId, at } = await scheduledThread();
    const off = network().onReceive((entry) => {
      if (entry.outcome === 'sent' && entry.text === first) network().failNext({ code: 'UNKNOWN_OUTCOME', landed: false });
    });
    await publishVariant(test.runtime, variantId, at, context, at);
    off();
    await publishVariant(test.runtime, variantId, at, context, at);
    expect(sentPosts().map((entry) => entry.text)).toEqual([first]);
    expect((await listThreadParts(test.runtime.store.db, variantId)).map((row) => row.state)).toEqual(['unknown', 'pending']);
    const after = await getPost(test.runtime.store.db, workspaceId, postId);
    expect(after.post.status).toBe('failed');
    expect(after.variants[0]).toMatchObject({ state: 'sent', error: expect.stringMatching(/^Thread part 2 was not published: .*Check the channel/) as unknown });
  });

  it('fails an Instagram image post without SAPA_PUBLIC_URL before sending, saying what to set; with it, hands over a signed link', async () => {
    const { db } = test.runtime.store;
    const instagram = await insertChannel(db, { workspaceId, network: 'instagram', handle: 'glowria.id', displayName: 'Glowria', simulated: true });
    const image = await storeImage({ db, blobs: test.runtime.blobs }, { workspaceId, bytes: onePixelJpeg, altText: 'Serum', createdBy: userId });
    const publish = async () => {
      const created = await createDraft(db, { workspaceId, userId, text: first, channelIds: [instagram.id], paid: false, mediaIds: [image.id] }, now);
      const at = now + MINUTE;
      const [variant] = (await schedulePost(test.runtime, { workspaceId, postId: created.post.id, userId, role: 'officer', scheduledAt: at }, now)).variants;
      await publishVariant(test.runtime, variant?.id ?? '', at, context, at).catch((error: unknown) => error);
      return getPost(db, workspaceId, created.post.id);
    };
    const without = await publish();
    expect(without.post.status).toBe('failed');
    expect(without.variants[0]?.error).toMatch(/^Set SAPA_PUBLIC_URL so Instagram can fetch the image/);
    const onInstagram = test.runtime.connectors.worldFor(instagram).connector;
    expect(onInstagram.received.filter((entry) => entry.kind === 'post')).toEqual([]);

    test.runtime.config.publicUrl = new URL('https://sapa.example.id/');
    const spy = vi.spyOn(onInstagram, 'publishPost');
    expect((await publish()).post.status).toBe('published');
    expect(spy.mock.calls[0]?.[0].images?.[0]?.publicUrl).toMatch(new RegExp(`^https://sapa\\.example\\.id/public/media/${image.id}\\?expires=\\d+&signature=[0-9a-f]{64}$`));
  });

  it('refuses at scheduling what a network cannot publish: a thread on Facebook, an image on Telegram', async () => {
    const { db } = test.runtime.store;
    const facebook = await insertChannel(db, { workspaceId, network: 'facebook', handle: 'glowria', displayName: 'Glowria', simulated: true });
    const telegram = await insertChannel(db, { workspaceId, network: 'telegram', handle: 'glowria_bot', displayName: 'Glowria', simulated: true });
    const image = await storeImage({ db, blobs: test.runtime.blobs }, { workspaceId, bytes: onePixelPng, createdBy: userId });
    const thread = await createDraft(db, { workspaceId, userId, text: first, channelIds: [facebook.id], paid: false, variants: [{ channelId: facebook.id, threadParts: parts }] }, now);
    await expect(schedulePost(test.runtime, { workspaceId, postId: thread.post.id, userId, role: 'officer', scheduledAt: now + MINUTE }, now)).rejects.toThrow(/threads? /i);
    const photo = await createDraft(db, { workspaceId, userId, text: first, channelIds: [telegram.id], paid: false, mediaIds: [image.id] }, now);
    await expect(schedulePost(test.runtime, { workspaceId, postId: photo.post.id, userId, role: 'officer', scheduledAt: now + MINUTE }, now)).rejects.toThrow(/cannot publish images on this network yet/);
  });
});
