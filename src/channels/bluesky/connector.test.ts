// Behaviour beyond the shared contract, against the local Bluesky network (dev-env): session
// refresh and storage, inbound kinds, reply refs, facets as stored, the rkey, search, metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlueskyAccount, BlueskyPeer } from '../../test-support/peers/bluesky.js';
import type { InboundEvent } from '../types.js';
import type { BlueskyConnector } from './connector.js';
import { postRecordOf } from './records.js';
import { agentFor, brandConnector, followerPosts, sharedPeer, stopSharedPeer } from './test-network.js';

let peer: BlueskyPeer;
let brand: BlueskyAccount;
let follower: BlueskyAccount;
let connector: BlueskyConnector;

beforeAll(async () => {
  peer = await sharedPeer();
  brand = await peer.createAccount('brand');
  follower = await peer.createAccount('fan');
  connector = brandConnector(peer, brand);
}, 180_000);
afterAll(stopSharedPeer, 60_000);

async function record(uri: string): Promise<Record<string, unknown>> {
  const [, repo, , rkey] = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri) ?? [];
  const { data } = await agentFor(peer, brand).com.atproto.repo.getRecord({ repo: repo ?? '', collection: 'app.bsky.feed.post', rkey: rkey ?? '' });
  return data.value;
}

describe('the app-password session', () => {
  it('refreshes a refused access token once and stores the new pair with the app password', async () => {
    const saved: Record<string, string>[] = [];
    const stale = brandConnector(peer, brand, saved, { appPassword: brand.password, did: brand.did, sessionHandle: brand.handle, accessJwt: 'not.a.token', refreshJwt: brand.refreshJwt });
    expect((await stale.whoami()).networkId).toBe(brand.did);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ appPassword: brand.password, did: brand.did });
    expect(saved[0]?.refreshJwt).not.toBe(brand.refreshJwt);
    expect(saved[0]?.accessJwt).not.toBe('not.a.token');
    await stale.whoami();
    expect(saved).toHaveLength(1);
  });

  it('logs in again with the app password when the refresh token is refused', async () => {
    const saved: Record<string, string>[] = [];
    const stale = brandConnector(peer, brand, saved, { appPassword: brand.password, did: brand.did, accessJwt: 'not.a.token', refreshJwt: 'not.a.refresh' });
    expect((await stale.whoami()).networkId).toBe(brand.did);
    expect(saved[0]).toMatchObject({ appPassword: brand.password, did: brand.did });
  });

  it('says AUTH_REVOKED for a wrong app password, and stores nothing', async () => {
    const saved: Record<string, string>[] = [];
    await expect(brandConnector(peer, brand, saved, { appPassword: 'wrong-password' }).whoami()).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    expect(saved).toEqual([]);
  });

  it('says AUTH_REVOKED when both tokens are refused and no app password is stored, keeping what is stored', async () => {
    const saved: Record<string, string>[] = [];
    const dead = brandConnector(peer, brand, saved, { did: brand.did, accessJwt: 'not.a.token', refreshJwt: 'not.a.refresh' });
    await expect(dead.poll(null)).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    expect(saved).toEqual([]);
  });
});

describe('inbound, replies and posts', () => {
  const followerAgent = (): ReturnType<typeof agentFor> => agentFor(peer, follower);

  it('polls replies and quotes with their thread root, skips the brand itself, oldest first', async () => {
    let cursor = (await connector.poll(null)).cursor;
    const post = await connector.publishPost({ idempotencyKey: 'inbound-post', text: 'Promo akhir tahun sudah mulai!' });
    await peer.processAll();
    const { data: brandPost } = await agentFor(peer, brand).app.bsky.feed.getPosts({ uris: [post.networkMessageId] });
    const ref = { uri: post.networkMessageId, cid: brandPost.posts[0]?.cid ?? '' };
    const reply = await followerPosts(followerAgent(), follower, 'Kak, ongkirnya berapa?', { reply: { root: ref, parent: ref } });
    const quote = await followerPosts(followerAgent(), follower, 'Wah mantap 😍', { embed: { $type: 'app.bsky.embed.record', record: ref } });
    await connector.publishPost({ idempotencyKey: 'self-mention', text: `@${brand.handle} catatan untuk diri sendiri` });
    await peer.processAll();
    const page = await connector.poll(cursor);
    cursor = page.cursor;
    const byId = new Map(page.events.map((event) => [event.networkMessageId, event]));
    expect(byId.get(reply.uri)).toMatchObject({ kind: 'reply', rootPostNetworkId: post.networkMessageId, rootPostText: 'Promo akhir tahun sudah mulai!', parentNetworkMessageId: post.networkMessageId, author: { networkId: follower.did, handle: follower.handle } });
    expect(byId.get(quote.uri)).toMatchObject({ kind: 'quote', rootPostNetworkId: quote.uri, text: 'Wah mantap 😍' });
    expect(page.events.every((event) => event.author.networkId !== brand.did)).toBe(true);
    expect(page.events.map((event) => event.networkMessageId)).toEqual([reply.uri, quote.uri]);
    expect((await connector.poll(cursor)).events).toEqual([]);
  });

  it('answers a reply with root = the thread root and parent = the reply', async () => {
    const root = await connector.publishPost({ idempotencyKey: 'root-post', text: 'Jam buka hari ini 09.00 WIB' });
    await peer.processAll();
    const { data } = await followerAgent().app.bsky.feed.getPosts({ uris: [root.networkMessageId] });
    const rootRef = { uri: root.networkMessageId, cid: data.posts[0]?.cid ?? '' };
    const question = await followerPosts(followerAgent(), follower, 'Sabtu juga buka?', { reply: { root: rootRef, parent: rootRef } });
    await peer.processAll();
    const answer = await connector.sendReply({ idempotencyKey: 'answer-1', text: 'Buka kak, sampai 21.00 WIB.', inReplyToNetworkId: question.uri });
    expect(postRecordOf(await record(answer.networkMessageId))?.reply).toEqual({ root: rootRef, parent: question });
  });

  it('stores facets resolved to DIDs at byte offsets', async () => {
    const text = `Halo 👋🏽 @${follower.handle} cek #PromoGlowria 你好 https://glowria.example/p`;
    const sent = await connector.publishPost({ idempotencyKey: 'facets-1', text });
    const stored = await record(sent.networkMessageId);
    const facets = stored.facets as { index: { byteStart: number; byteEnd: number }; features: { $type: string; did?: string }[] }[];
    const bytes = Buffer.from(String(stored.text));
    expect(facets.map((facet) => bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString())).toEqual([`@${follower.handle}`, '#PromoGlowria', 'https://glowria.example/p']);
    expect(facets[0]?.features[0]).toEqual({ $type: 'app.bsky.richtext.facet#mention', did: follower.did });
  });

  it('writes under the rkey of its idempotency key: a retry cannot double it, findSent reads it back', async () => {
    expect(await connector.findSent('never-sent')).toBeNull();
    const first = await connector.publishPost({ idempotencyKey: 'once-only', text: 'Sekali saja' });
    await expect(connector.publishPost({ idempotencyKey: 'once-only', text: 'Sekali saja' })).rejects.toMatchObject({ code: 'UNKNOWN_OUTCOME' });
    expect((await connector.findSent('once-only'))?.networkMessageId).toBe(first.networkMessageId);
    await connector.deletePost(first.networkMessageId);
    expect(await connector.findSent('once-only')).toBeNull();
  });

  it('refuses text over 300 graphemes before sending', async () => {
    await expect(connector.publishPost({ idempotencyKey: 'too-long', text: 'a'.repeat(301) })).rejects.toMatchObject({ code: 'INVALID_CONTENT' });
  });

  it('counts likes and reposts, and finds posts by search from a cursor', async () => {
    const post = await connector.publishPost({ idempotencyKey: 'metrics-1', text: 'Serum baru #glowriaserum' });
    await peer.processAll();
    const { data } = await followerAgent().app.bsky.feed.getPosts({ uris: [post.networkMessageId] });
    const subject = { uri: post.networkMessageId, cid: data.posts[0]?.cid ?? '' };
    const createdAt = new Date().toISOString();
    await followerAgent().com.atproto.repo.createRecord({ repo: follower.did, collection: 'app.bsky.feed.like', record: { $type: 'app.bsky.feed.like', subject, createdAt } });
    await followerAgent().com.atproto.repo.createRecord({ repo: follower.did, collection: 'app.bsky.feed.repost', record: { $type: 'app.bsky.feed.repost', subject, createdAt } });
    await peer.processAll();
    expect(await connector.fetchMetrics([post.networkMessageId])).toEqual([{ networkPostId: post.networkMessageId, likes: 1, reposts: 1, replies: 0, quotes: 0 }]);

    const first = await connector.search('glowriaserum', null);
    expect(first.hits.map((hit) => hit.networkPostId)).toContain(post.networkMessageId);
    const mention = await followerPosts(followerAgent(), follower, 'sudah coba #glowriaserum, cocok!');
    await peer.processAll();
    const next = await connector.search('glowriaserum', first.cursor);
    expect(next.hits.map((hit): Pick<InboundEvent, 'text'> & { id: string } => ({ id: hit.networkPostId, text: hit.text }))).toEqual([{ id: mention.uri, text: 'sudah coba #glowriaserum, cocok!' }]);
  });
});
