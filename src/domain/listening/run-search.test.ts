// Running saved searches: found posts are stored once with the inbox's analysis and counted in
// Insights once per channel; the cursor moves with them; refusals back off and mark the channel;
// one process runs a search at a time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkDefinition } from '../../channels/definition.js';
import { simulatedCapabilities } from '../../channels/simulator/simulated-network.js';
import { ChannelError, type ChannelConnector, type SearchPage } from '../../channels/types.js';
import { findChannel, insertChannel } from '../../store/repositories/channels.js';
import { claimSearchLease, dueSavedSearches, findSavedSearch, listListeningPosts, type SavedSearchRow } from '../../store/repositories/listening.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import type { ChannelRow } from '../../store/schema.js';
import { databaseKinds } from '../../test-support/databases.js';
import { keywordUnderstanding } from '../../test-support/factories.js';
import { createTestRuntime, type TestRuntime } from '../../test-support/runtime.js';
import { encryptSecret } from '../secrets.js';
import { analyseText } from '../understanding.js';
import { runSavedSearch, type ListeningDeps } from './run-search.js';
import { createSavedSearch } from './saved-searches.js';
import { listeningDepsOf } from './search-runner.js';

const hit = (id: string, text: string, sentAt = Date.now() - 60_000) => ({ networkPostId: id, author: { networkId: `a-${id}`, handle: `user${id}`, displayName: `User ${id}` }, text, sentAt, url: `https://example.test/${id}` });

describe.each(databaseKinds)('saved searches on %s', (kind) => {
  let test: TestRuntime;
  let workspaceId: string;
  let answer: (query: string, cursor: string | null) => Promise<SearchPage>;
  let deps: ListeningDeps;
  let stubChannel: ChannelRow;

  beforeEach(async () => {
    answer = () => Promise.resolve({ hits: [], cursor: null });
    const connector = { network: 'mastodon', capabilities: { ...simulatedCapabilities, search: true }, search: (q: string, c: string | null) => answer(q, c) } as unknown as ChannelConnector;
    const definition: NetworkDefinition = { network: 'mastodon', name: 'Stub', capabilities: connector.capabilities, fields: [], create: () => connector };
    test = await createTestRuntime(kind, { definitions: [definition] });
    workspaceId = (await insertWorkspace(test.runtime.store.db, { name: 'Brand' })).id;
    stubChannel = await insertChannel(test.runtime.store.db, {
      workspaceId, network: 'mastodon', handle: '@brand', displayName: 'Brand',
      credentialsEncrypted: encryptSecret(JSON.stringify({ accessToken: 'x' }), test.runtime.config.secretKey),
    });
    // The keyword stand-in for the analyser keeps these tests fast; the simulator test uses the real one.
    deps = { ...listeningDepsOf(test.runtime), analyse: (texts) => Promise.resolve(texts.map((text) => analyseText(keywordUnderstanding, text))) };
  });
  afterEach(() => test.dispose());

  async function savedSearch(channel: ChannelRow, query: string): Promise<SavedSearchRow> {
    const created = await createSavedSearch(test.runtime.store.db, { workspaceId, channelId: channel.id, query, createdBy: null });
    if (created.status !== 'created') throw new Error(created.status);
    return created.search;
  }
  const reload = async (search: SavedSearchRow) => (await findSavedSearch(test.runtime.store.db, workspaceId, search.id)) as SavedSearchRow;
  const listeningCounts = async (dimension: string): Promise<Record<string, number>> => {
    const rows = await test.runtime.store.db.selectFrom('insight_hourly').select(['label', 'count']).where('workspace_id', '=', workspaceId).where('dimension', '=', dimension).execute();
    const totals: Record<string, number> = {};
    for (const row of rows) totals[row.label] = (totals[row.label] ?? 0) + Number(row.count);
    return totals;
  };

  it('finds public posts on the simulator with the real analysis, and a second run adds nothing', async () => {
    const channel = await insertChannel(test.runtime.store.db, { workspaceId, network: 'bluesky', handle: 'glowria.bsky.social', displayName: 'Glowria', simulated: true });
    const search = await savedSearch(channel, 'Glowria Bright Serum');
    const first = await runSavedSearch(listeningDepsOf(test.runtime), search, 'worker-a');
    expect(first.status).toBe('found');
    const posts = await listListeningPosts(test.runtime.store.db, { workspaceId, limit: 500 });
    expect(posts.length).toBeGreaterThan(5);
    expect(posts.every((post) => post.text.includes('Glowria Bright Serum') && post.analysis !== null)).toBe(true);
    expect(new Set(posts.map((post) => post.sentiment))).toContain('positive');
    expect(posts.some((post) => post.sentiment === 'negative')).toBe(true);
    const after = await reload(search);
    expect(after.cursor).not.toBeNull();
    expect(after.next_run_at ?? 0).toBeGreaterThan(Date.now());
    expect(after.lease_owner).toBeNull();
    // The second run stores nothing the first one did. The simulator's public chatter comes in real-time
    // 4-minute slots, so on a slow machine a new slot (at most one post) can open between the two runs.
    const second = await runSavedSearch(listeningDepsOf(test.runtime), after, 'worker-a');
    if (second.status !== 'found') throw new Error(second.status);
    expect(second.stored).toBeLessThanOrEqual(1);
    const all = await listListeningPosts(test.runtime.store.db, { workspaceId, limit: 500 });
    expect(all).toHaveLength(posts.length + second.stored);
    expect(new Set(all.map((post) => post.network_post_id)).size).toBe(all.length);
    expect((await listeningCounts('listening_volume')).found).toBe(all.length);
  }, 60_000);

  it('stores a post once per search, counts it in Insights once per channel, and moves the cursor with it', async () => {
    const brand = await savedSearch(stubChannel, 'glowria');
    const hashtag = await savedSearch(stubChannel, '#glowria');
    answer = () => Promise.resolve({ hits: [hit('1', 'Glowria serum kecewa, rusak'), hit('2', 'Glowria enak')], cursor: 'c1' });
    await runSavedSearch(deps, brand, 'w');
    await runSavedSearch(deps, hashtag, 'w');
    answer = () => Promise.resolve({ hits: [hit('2', 'Glowria enak')], cursor: null });
    await runSavedSearch(deps, await reload(brand), 'w');
    expect(await listListeningPosts(test.runtime.store.db, { workspaceId, limit: 50 })).toHaveLength(4);
    expect((await reload(brand)).cursor).toBe('c1');
    expect(await listeningCounts('listening_volume')).toEqual({ found: 2 });
    expect(await listeningCounts('listening_sentiment')).toEqual({ negative: 1, neutral: 1 });
    expect(await listeningCounts('listening_alarm')).toEqual({ negative: 1 });
    const negative = await listListeningPosts(test.runtime.store.db, { workspaceId, sentiment: 'negative', searchId: brand.id, limit: 50 });
    expect(negative.map((post) => post.network_post_id)).toEqual(['1']);
  });

  it('waits out a rate limit and marks the channel rate-limited', async () => {
    const search = await savedSearch(stubChannel, 'glowria');
    answer = () => Promise.reject(new ChannelError('RATE_LIMITED', 'slow down', 900_000));
    const result = await runSavedSearch(deps, search, 'w');
    expect(result.status).toBe('failed');
    const after = await reload(search);
    expect(after.failures).toBe(1);
    expect(after.last_error).toBe('slow down');
    expect(after.next_run_at ?? 0).toBeGreaterThanOrEqual(Date.now() + 800_000);
    expect((await findChannel(test.runtime.store.db, stubChannel.id))?.rate_limited_until ?? 0).toBeGreaterThan(Date.now());
    expect(await dueSavedSearches(test.runtime.store.db, Date.now())).toEqual([]);
  });

  it('marks the channel "needs reconnect" on revoked access, which pauses its searches', async () => {
    const search = await savedSearch(stubChannel, 'glowria');
    answer = () => Promise.reject(new ChannelError('AUTH_REVOKED', 'token revoked'));
    await runSavedSearch(deps, search, 'w');
    expect((await findChannel(test.runtime.store.db, stubChannel.id))?.status).toBe('needs_reconnect');
    expect(await dueSavedSearches(test.runtime.store.db, Date.now() + 86_400_000)).toEqual([]);
  });

  it('backs off further after each failure and recovers on the next good run', async () => {
    const search = await savedSearch(stubChannel, 'glowria');
    answer = () => Promise.reject(new Error('socket hang up'));
    await runSavedSearch(deps, search, 'w', { intervalMs: 1_000 });
    const once = await reload(search);
    await runSavedSearch(deps, once, 'w', { intervalMs: 1_000 });
    const twice = await reload(search);
    expect(twice.failures).toBe(2);
    expect((twice.next_run_at ?? 0) - (twice.last_run_at ?? 0)).toBeGreaterThan((once.next_run_at ?? 0) - (once.last_run_at ?? 0));
    answer = () => Promise.resolve({ hits: [], cursor: 'c9' });
    await runSavedSearch(deps, twice, 'w', { intervalMs: 1_000 });
    expect(await reload(search)).toMatchObject({ failures: 0, last_error: null, cursor: 'c9' });
  });

  it('leaves a search alone while another process holds its lease', async () => {
    const search = await savedSearch(stubChannel, 'glowria');
    answer = () => Promise.resolve({ hits: [hit('1', 'Glowria')], cursor: 'c1' });
    expect(await claimSearchLease(test.runtime.store.db, search.id, 'other', Date.now(), Date.now() + 60_000)).toBe(true);
    expect(await runSavedSearch(deps, search, 'w')).toMatchObject({ status: 'skipped' });
    expect(await listListeningPosts(test.runtime.store.db, { workspaceId, limit: 50 })).toEqual([]);
  });

  it('refuses a channel of another workspace, a network without search, and the same query twice', async () => {
    const other = await insertWorkspace(test.runtime.store.db, { name: 'Other' });
    const foreign = await insertChannel(test.runtime.store.db, { workspaceId: other.id, network: 'mastodon', handle: '@o', displayName: 'O' });
    const telegram = await insertChannel(test.runtime.store.db, { workspaceId, network: 'telegram', handle: '@bot', displayName: 'Bot' });
    const db = test.runtime.store.db;
    expect(await createSavedSearch(db, { workspaceId, channelId: foreign.id, query: 'x', createdBy: null })).toEqual({ status: 'channel_not_found' });
    expect(await createSavedSearch(db, { workspaceId, channelId: telegram.id, query: 'x', createdBy: null })).toEqual({ status: 'no_search', network: 'telegram' });
    expect((await createSavedSearch(db, { workspaceId, channelId: stubChannel.id, query: '  Glowria   serum ', createdBy: null })).status).toBe('created');
    expect(await createSavedSearch(db, { workspaceId, channelId: stubChannel.id, query: 'Glowria serum', createdBy: null })).toEqual({ status: 'duplicate' });
    expect((await createSavedSearch(db, { workspaceId, channelId: stubChannel.id, query: '   ', createdBy: null })).status).toBe('invalid_query');
  });
});
