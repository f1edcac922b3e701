// The X connector (twitter-api-v2 pointed at a loopback fake of API v2; no local X server exists):
// mentions and DMs polled from a cursor, replies, posts, threads, metrics, search; and the OAuth 2.0 flow
// with rotated refresh tokens.
import { describe, expect, it } from 'vitest';
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { XFake } from '../../test-support/fakes/x/x-fake.js';
import { XConnector } from './connector.js';
import { xOAuth } from './oauth.js';

const brand = { id: '1500000000000000001', username: 'glowria_id', name: 'Glowria' };
const follower = { id: '1500000000000000777', username: 'rinaputri', name: 'Rina Putri' };

function connectorFor(fake: XFake, accessToken: string, extra: { credentials?: Record<string, string>; saved?: Record<string, string>[]; clientId?: string } = {}): XConnector {
  return new XConnector({
    channelId: 'x', settings: { apiBase: fake.apiBase, clientId: extra.clientId ?? 'client-1', userId: brand.id },
    credentials: { accessToken, ...extra.credentials },
    saveCredentials: (next) => {
      extra.saved?.push(next);
      return Promise.resolve();
    },
  });
}

runConnectorContract({
  name: 'x (API v2 fake)',
  setup: async () => {
    const fake = await XFake.start();
    const token = fake.addUser(brand);
    fake.addUser(follower);
    const connector = connectorFor(fake, token);
    return {
      connector,
      brandNetworkId: brand.id,
      followerMentions: (text) => {
        fake.post(follower.id, `@${brand.username} ${text}`);
        return Promise.resolve();
      },
      followerDirectMessage: (text) => {
        fake.sendDm(follower.id, brand.id, text);
        return Promise.resolve();
      },
      followerSeesInThread: async (id) => (await connector.fetchThread(id)).map((message) => message.text),
      followerDirectInbox: () => Promise.resolve(fake.dms.filter((dm) => dm.sender_id === brand.id).map((dm) => dm.text)),
      restartedConnector: () => connectorFor(fake, token),
      // The post as X stores it: its photos with their alt text, and a thread part `replied_to` the part before it.
      readPublished: (id) => {
        const tweet = fake.tweets.get(id);
        const parent = tweet?.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id;
        return Promise.resolve(tweet === undefined ? undefined : { text: tweet.text, imageAlts: (tweet.media ?? []).map((media) => media.alt_text), ...(parent === undefined ? {} : { inReplyTo: parent }) });
      },
      visibleWithinMs: 3_000,
      dispose: () => fake.close(),
    };
  },
});

describe('x specifics', () => {
  it('a 403 duplicate on a retried send returns the post that landed', async () => {
    const fake = await XFake.start();
    const connector = connectorFor(fake, fake.addUser(brand));
    const first = await connector.publishPost({ idempotencyKey: 'p1', text: 'Halo semua https://glowria.id' });
    const second = new XConnector({ channelId: 'x', settings: { apiBase: fake.apiBase, clientId: 'c', userId: brand.id }, credentials: { accessToken: [...fake.accessTokens.keys()][0] ?? '' }, saveCredentials: () => Promise.resolve() });
    // Sent again (a retry after a lost answer): X's 403 duplicate means the first landed, and that post is returned.
    expect(await second.publishPost({ idempotencyKey: 'p1', text: 'Halo semua https://glowria.id' })).toMatchObject({ networkMessageId: first.networkMessageId });
    expect(fake.tweets.size).toBe(1);
    expect(await connector.findSent('p1')).toMatchObject({ networkMessageId: first.networkMessageId });
    await fake.close();
  });

  it('rate-limit headers: a backoff hint when remaining is low, RATE_LIMITED with the reset when spent', async () => {
    const fake = await XFake.start();
    const connector = connectorFor(fake, fake.addUser(brand));
    fake.rateRemaining = 5;
    fake.rateLimit = 75;
    const page = await connector.poll(null);
    expect(page.backoffMs).toBeGreaterThan(0);
    fake.rateRemaining = 0;
    const error = await connector.poll(page.cursor).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(800_000);
    await fake.close();
  });

  it('OAuth 2.0 with PKCE, then a refused access token refreshes once and the rotated pair is saved', async () => {
    const fake = await XFake.start();
    fake.addUser(brand);
    const started = await xOAuth.start({ settings: { clientId: 'client-1', apiBase: fake.apiBase }, credentials: {}, redirectUri: 'http://127.0.0.1/cb', state: 's1', fetch });
    const authorize = new URL(started.authorizeUrl);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('s256');
    expect(authorize.searchParams.get('scope')).toContain('offline.access');
    expect(authorize.searchParams.get('state')).toBe('s1');
    const code = fake.approve(brand.id, authorize.searchParams.get('code_challenge') ?? '');
    const finished = await xOAuth.finish({ code, pending: started.pending, redirectUri: 'http://127.0.0.1/cb', fetch });
    expect(finished.settings.userId).toBe(brand.id);
    const firstRefresh = finished.credentials.refreshToken ?? '';
    expect(firstRefresh).not.toBe('');

    fake.accessTokens.delete(finished.credentials.accessToken ?? '');
    const saved: Record<string, string>[] = [];
    const connector = connectorFor(fake, finished.credentials.accessToken ?? '', { credentials: { refreshToken: firstRefresh }, saved });
    const [a, b] = await Promise.all([connector.whoami(), connector.whoami()]);
    expect(a.networkId).toBe(brand.id);
    expect(b.networkId).toBe(brand.id);
    expect(saved.length).toBeGreaterThanOrEqual(1);
    expect(saved.at(-1)?.refreshToken).not.toBe(firstRefresh);
    expect(fake.requests.filter((request) => request.path === '/2/oauth2/token')).toHaveLength(2);
    await fake.close();
  });

  it('a confidential client sends its secret with HTTP Basic on the code and refresh requests, and X refuses it without', async () => {
    const fake = await XFake.start();
    fake.addUser(brand);
    fake.confidentialClients.set('client-conf', 'secret-conf');
    const redirectUri = 'http://127.0.0.1/cb';
    const approve = async () => {
      const started = await xOAuth.start({ settings: { clientId: 'client-conf', apiBase: fake.apiBase }, credentials: { clientSecret: 'secret-conf' }, redirectUri, state: 's3', fetch });
      return { started, code: fake.approve(brand.id, new URL(started.authorizeUrl).searchParams.get('code_challenge') ?? '') };
    };
    const { started, code } = await approve();
    expect(started.pending.clientSecret).toBe('secret-conf');
    const finished = await xOAuth.finish({ code, pending: started.pending, redirectUri, fetch });
    expect(finished.credentials).toMatchObject({ clientSecret: 'secret-conf' });
    // The refresh authenticates the same way.
    fake.accessTokens.delete(finished.credentials.accessToken ?? '');
    const connector = connectorFor(fake, finished.credentials.accessToken ?? '', { credentials: { refreshToken: finished.credentials.refreshToken ?? '', clientSecret: 'secret-conf' }, clientId: 'client-conf' });
    expect((await connector.whoami()).networkId).toBe(brand.id);
    // Without the secret (a public-client request), X refuses the confidential client.
    const second = await approve();
    const { clientSecret: _dropped, ...withoutSecret } = second.started.pending;
    await expect(xOAuth.finish({ code: second.code, pending: withoutSecret, redirectUri, fetch })).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    await fake.close();
  });

  it('refuses a wrong PKCE verifier, and a replayed refresh token ends in AUTH_REVOKED', async () => {
    const fake = await XFake.start();
    fake.addUser(brand);
    const started = await xOAuth.start({ settings: { clientId: 'client-1', apiBase: fake.apiBase }, credentials: {}, redirectUri: 'http://127.0.0.1/cb', state: 's2', fetch });
    const code = fake.approve(brand.id, new URL(started.authorizeUrl).searchParams.get('code_challenge') ?? '');
    await expect(xOAuth.finish({ code, pending: { ...started.pending, codeVerifier: 'not-the-verifier' }, redirectUri: 'http://127.0.0.1/cb', fetch })).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    const connector = connectorFor(fake, 'expired-token', { credentials: { refreshToken: 'rt-already-used' } });
    await expect(connector.whoami()).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    await fake.close();
  });

  it('search finds public posts newer than the cursor, with impressions as views in metrics', async () => {
    const fake = await XFake.start();
    const connector = connectorFor(fake, fake.addUser(brand));
    fake.addUser(follower);
    const old = fake.post(follower.id, 'serum glowria bikin cerah');
    const first = await connector.search('glowria', null);
    expect(first.hits.map((hit) => hit.networkPostId)).toEqual([old.id]);
    const fresh = fake.post(follower.id, 'glowria serum lagi diskon?');
    const next = await connector.search('glowria', first.cursor);
    expect(next.hits.map((hit) => hit.text)).toEqual([fresh.text]);
    const [metrics] = await connector.fetchMetrics([old.id]);
    expect(metrics).toMatchObject({ networkPostId: old.id, views: 12 });
    await fake.close();
  });
});
