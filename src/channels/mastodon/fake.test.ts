// What snac cannot show, against a loopback fake that follows Mastodon's documented behaviour:
// the Idempotency-Key on every send (a repeated key returns the first status), min_id paging
// that answers the page just above the cursor (newest first), and deleting a status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackFake, type LoopbackFake } from '../../test-support/peers/loopback-fake.js';
import { mastodonDefinition } from './definition.js';

const brand = { id: '1', acct: 'brand', username: 'brand', display_name: 'Brand' };
const fan = { id: '2', acct: 'fan@other.social', username: 'fan', display_name: 'Fan' };
const statuses = new Map<string, Record<string, unknown>>();
const byKey = new Map<string, string>();
const notifications: { id: string; type: string; status: Record<string, unknown> }[] = [];
let nextId = 1000;

function status(account: typeof brand, content: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  nextId += 1;
  const created = { id: String(nextId), created_at: new Date().toISOString(), visibility: 'public', content: `<p>${content}</p>`, account, in_reply_to_id: null, replies_count: 0, reblogs_count: 0, favourites_count: 0, ...extra };
  statuses.set(String(nextId), created);
  return created;
}

let fake: LoopbackFake;
beforeAll(async () => {
  fake = await startLoopbackFake((request) => {
    if (request.path === '/api/v1/accounts/verify_credentials') return { body: brand };
    if (request.path === '/api/v1/notifications') {
      const limit = Number(request.query.get('limit') ?? 40);
      const minId = request.query.get('min_id');
      const maxId = request.query.get('max_id');
      let items = notifications.filter((n) => (minId === null || Number(n.id) > Number(minId)) && (maxId === null || Number(n.id) < Number(maxId)));
      // Mastodon: with min_id, the `limit` items just above it; always answered newest first.
      items = minId === null ? items.slice(-limit) : items.slice(0, limit);
      return { body: [...items].reverse() };
    }
    if (request.method === 'POST' && request.path === '/api/v1/statuses') {
      const key = String(request.headers['idempotency-key'] ?? '');
      const earlier = byKey.get(key);
      if (earlier !== undefined) return { body: statuses.get(earlier) };
      const created = status(brand, String(request.body.status), { visibility: request.body.visibility, in_reply_to_id: request.body.in_reply_to_id ?? null });
      if (key !== '') byKey.set(key, String(created.id));
      return { body: created };
    }
    if (request.path === `/api/v1/accounts/${brand.id}/statuses`) return { body: [...statuses.values()].filter((s) => s.account === brand).reverse() };
    const match = /^\/api\/v1\/statuses\/(\d+)$/.exec(request.path);
    if (match?.[1] !== undefined && statuses.has(match[1])) {
      const found = statuses.get(match[1]);
      if (request.method === 'DELETE') statuses.delete(match[1]);
      return { body: found };
    }
    return { status: 404, body: { error: 'Record not found' } };
  });
});
afterAll(() => fake.stop());

const connector = () => mastodonDefinition.create({ channelId: 'm', settings: { instanceUrl: fake.baseUrl }, credentials: { accessToken: 'tok' }, saveCredentials: () => Promise.resolve() });

describe('Mastodon connector on the documented API', () => {
  it('sends every status with its Idempotency-Key; a repeated key gives the first status back', async () => {
    const mastodon = connector();
    const first = await mastodon.publishPost({ idempotencyKey: 'post-1', text: 'Jam layanan baru' });
    const again = await mastodon.publishPost({ idempotencyKey: 'post-1', text: 'Jam layanan baru' });
    expect(again.networkMessageId).toBe(first.networkMessageId);
    const mention = status(fan, '@brand halo');
    await mastodon.sendReply({ idempotencyKey: 'reply-1', text: 'Halo kak', inReplyToNetworkId: String(mention.id) });
    await mastodon.sendReply({ idempotencyKey: 'dm-1', text: 'Kami bantu via DM', directThreadId: fan.id, recipientHandle: fan.acct });
    const sends = fake.requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/statuses');
    expect(sends.map((request) => request.headers['idempotency-key'])).toEqual(['post-1', 'post-1', 'reply-1', 'dm-1']);
    // A reply and a DM name the remote follower with their domain; the DM is direct.
    expect(sends[2]?.body).toMatchObject({ status: '@fan@other.social Halo kak', in_reply_to_id: mention.id, visibility: 'public' });
    expect(sends[3]?.body).toMatchObject({ status: '@fan@other.social Kami bantu via DM', visibility: 'direct' });
    expect(await mastodon.findSent('reply-1')).toMatchObject({ networkMessageId: expect.any(String) as string });
    expect(await mastodon.findSent('never-sent')).toBeNull();
  });

  it('pages mentions with min_id as Mastodon answers it: all of them once, oldest first', async () => {
    const mastodon = connector();
    notifications.push({ id: '4999', type: 'mention', status: status(fan, '@brand lama') });
    const start = await mastodon.poll?.(null);
    for (let i = 0; i < 45; i += 1) notifications.push({ id: String(5000 + i), type: 'mention', status: status(fan, `@brand pesan ${i}`) });
    const seen: string[] = [];
    let cursor = start?.cursor ?? null;
    for (let round = 0; round < 3; round += 1) {
      const page = await mastodon.poll?.(cursor);
      seen.push(...(page?.events.map((event) => event.text) ?? []));
      cursor = page?.cursor ?? cursor;
    }
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `@brand pesan ${i}`));
  });

  it('deletes a status, and a missing one is NOT_FOUND', async () => {
    const mastodon = connector();
    const post = await mastodon.publishPost({ idempotencyKey: 'post-del', text: 'Sementara' });
    await mastodon.deletePost(post.networkMessageId);
    await expect(mastodon.deletePost(post.networkMessageId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
