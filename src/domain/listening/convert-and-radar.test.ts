// A found post becomes an inbox conversation through the ingest pipeline, once, with the
// analysis it was found with; negative public posts raise the crisis radar's 'listening' scope.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalEventBus } from '../../realtime/bus.js';
import { insertChannel } from '../../store/repositories/channels.js';
import { findConversationInWorkspace } from '../../store/repositories/conversations.js';
import { alertListeningPosts } from '../../store/repositories/insights-alerts.js';
import { addHourlyCounts } from '../../store/repositories/insights-rollups.js';
import { findListeningPost, insertListeningPosts, insertSavedSearch, type NewListeningPost } from '../../store/repositories/listening.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import type { ChannelRow } from '../../store/schema.js';
import { hourStart } from '../../insights/time-buckets.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { runCrisisRadar } from '../insights/radar.js';
import { turnPostIntoConversation } from './convert.js';
import { listeningDimensions } from './listening-counts.js';

const negative = JSON.stringify({ language: 'id', sentiment: { label: 'negative' }, emotion: { label: 'anger' }, intents: ['complaint'], urgency: 'normal' });
const positive = JSON.stringify({ language: 'id', sentiment: { label: 'positive' }, emotion: { label: 'joy' }, intents: ['praise'], urgency: 'low' });

describe.each(databaseKinds)('listening posts on %s', (kind) => {
  let database: TestDatabase;
  let workspaceId: string;
  let channel: ChannelRow;
  let searchId: string;
  const events = new LocalEventBus();

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    workspaceId = (await insertWorkspace(database.store.db, { name: 'Brand' })).id;
    channel = await insertChannel(database.store.db, { workspaceId, network: 'bluesky', handle: 'brand.test', displayName: 'Brand', simulated: true });
    searchId = (await insertSavedSearch(database.store.db, { workspaceId, channelId: channel.id, query: 'glowria', createdBy: null }))?.id ?? '';
  });
  afterEach(() => database.dispose());

  const post = (id: string, analysis: string, sentAt: number): NewListeningPost => ({
    workspace_id: workspaceId, search_id: searchId, channel_id: channel.id, network_post_id: id, author_network_id: `did:${id}`, author_handle: `u${id}`,
    author_name: `User ${id}`, text: `Glowria post ${id}`, url: null, sent_at: sentAt, found_at: sentAt, analysis,
    sentiment: analysis === negative ? 'negative' : 'positive', emotion: null,
  });

  it('turns a post into one inbox conversation with its stored analysis, however often it is asked', async () => {
    const { stored } = await insertListeningPosts(database.store.db, [post('p1', negative, Date.now() - 60_000)]);
    const postId = stored[0]?.id ?? '';
    // The analyser must not be asked: the post carries its analysis.
    const understand = () => { throw new Error('re-analysed'); };
    const first = await turnPostIntoConversation({ store: database.store, events, understand }, workspaceId, postId);
    expect(first).toMatchObject({ status: 'converted', created: true });
    const conversationId = first.status === 'converted' ? first.conversationId : '';
    expect(await findConversationInWorkspace(database.store.db, workspaceId, conversationId)).toBeDefined();
    const message = await database.store.db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId).executeTakeFirstOrThrow();
    expect(message).toMatchObject({ text: 'Glowria post p1', network_message_id: 'p1', kind: 'mention' });
    expect(JSON.parse(message.analysis ?? '{}')).toMatchObject({ sentiment: { label: 'negative' } });
    expect((await findListeningPost(database.store.db, workspaceId, postId))?.conversation_id).toBe(conversationId);
    const again = await turnPostIntoConversation({ store: database.store, events, understand }, workspaceId, postId);
    expect(again).toEqual({ status: 'converted', conversationId, created: false });
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(1);
  });

  it('does not find another workspace\'s post', async () => {
    const { stored } = await insertListeningPosts(database.store.db, [post('p1', negative, Date.now())]);
    const other = await insertWorkspace(database.store.db, { name: 'Other' });
    expect(await turnPostIntoConversation({ store: database.store, events }, other.id, stored[0]?.id ?? '')).toEqual({ status: 'not_found' });
  });

  it('raises a listening alert when negative public posts jump far above their usual share', async () => {
    const now = Date.now();
    // A week of calm: one negative post in twenty, every hour.
    const history = [];
    for (let hour = 1; hour <= 24 * 7; hour++) {
      const hourAt = hourStart(now) - (hour + 1) * 3600_000;
      history.push({ workspace_id: workspaceId, dimension: listeningDimensions.volume, hour_at: hourAt, channel_id: channel.id, label: 'found', count: 20 });
      history.push({ workspace_id: workspaceId, dimension: listeningDimensions.alarm, hour_at: hourAt, channel_id: channel.id, label: 'negative', count: 1 });
    }
    await addHourlyCounts(database.store.db, history);
    const storm = Array.from({ length: 12 }, (_, index) => post(`n${index}`, negative, now - 60_000 - index * 1_000));
    await insertListeningPosts(database.store.db, [...storm, post('ok', positive, now - 30_000)], now - 30_000);
    const alerts = await runCrisisRadar(database.store.db, { now });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ workspace_id: workspaceId, scope: 'listening', observed: 12, window_total: 13 });
    // The alert opens the public posts behind it (its ids are Listening posts, not inbox messages).
    const ids = JSON.parse(alerts[0]?.message_ids ?? '[]') as string[];
    const behind = await alertListeningPosts(database.store.db, workspaceId, ids);
    expect(behind.map((row) => row.text).sort()).toEqual(storm.map((row) => row.text).sort());
    const otherWorkspace = (await insertWorkspace(database.store.db, { name: 'Other' })).id;
    expect(await alertListeningPosts(database.store.db, otherWorkspace, ids)).toEqual([]);
    // Posts found long ago are not judged again.
    expect(await runCrisisRadar(database.store.db, { now: now + 3 * 3600_000 })).toEqual([]);
  });
});
