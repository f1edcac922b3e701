// Trust and engagement on both databases: every reply and post the guard checked is stored with
// its findings in the same transaction (overrides with who made them), and published posts'
// metrics are pulled on an age-based schedule and summed per post, channel and best hour.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../accounts.js';
import { ingestEvent } from '../ingest.js';
import { createDraft } from '../posts.js';
import { schedulePost } from '../posts-schedule.js';
import { publishVariant } from '../publish-post.js';
import { GuardBlockedError, queueReply } from '../send-reply.js';
import { insertChannel } from '../../store/repositories/channels.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import type { ChannelRow } from '../../store/schema.js';
import { databaseKinds } from '../../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../../test-support/factories.js';
import { createTestRuntime, type TestRuntime } from '../../test-support/runtime.js';
import { engagementReport } from './engagement.js';
import { enqueuePostMetricsPull, pullPostMetrics } from './post-metrics.js';
import { trustReport } from './trust.js';

const MINUTE = 60_000;
const blocked = 'Dijamin 100% sembuh total, tanpa efek samping!';
const clean = 'Serum Cerah C10 membantu merawat kulit kusam. Hasil bisa berbeda pada tiap orang. Kalau cocok, detailnya ada di link bio ya.';

describe.each(databaseKinds)('insights trust and engagement on %s', (kind) => {
  let test: TestRuntime;
  let workspaceId: string;
  let officerId: string;
  let managerId: string;
  let channel: ChannelRow;
  let otherChannel: ChannelRow;
  let conversationId: string;

  beforeEach(async () => {
    test = await createTestRuntime(kind);
    const { db } = test.runtime.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    officerId = (await createUser(db, { email: 'o@test.local', name: 'Rizky', password: 'password123', workspaceId, role: 'officer' })).id;
    managerId = (await createUser(db, { email: 'm@test.local', name: 'Dewi', password: 'password123', workspaceId, role: 'manager' })).id;
    channel = await insertChannel(db, { workspaceId, network: 'facebook', handle: 'glowria', displayName: 'Glowria', simulated: true });
    otherChannel = await insertChannel(db, { workspaceId, network: 'bluesky', handle: 'glowria.bsky.social', displayName: 'Glowria Bsky', simulated: true });
    const outcome = await ingestEvent({ db, events: test.runtime.events, understand: keywordUnderstanding }, channel, buildInboundEvent({ sentAt: Date.now() - MINUTE }));
    if (outcome.status !== 'stored') throw new Error('not stored');
    conversationId = outcome.conversationId;
  });
  afterEach(() => test.dispose());

  const day = (now: number) => ({ workspaceId, from: now - 86_400_000, to: now + 86_400_000, channelId: null });

  it('stores each checked reply and post with its findings and soft-sell score; an override names the manager', async () => {
    const { db } = test.runtime.store;
    const now = Date.now();
    const plain = await queueReply(test.runtime, { workspaceId, conversationId, userId: officerId, role: 'officer', text: 'Halo kak, harganya Rp89.000 untuk 20 ml ya.', idempotencyKey: 'key-trust-1' });
    await expect(queueReply(test.runtime, { workspaceId, conversationId, userId: officerId, role: 'officer', text: blocked, idempotencyKey: 'key-trust-2' }))
      .rejects.toBeInstanceOf(GuardBlockedError);
    const overridden = await queueReply(test.runtime, {
      workspaceId, conversationId, userId: managerId, role: 'manager', text: blocked, idempotencyKey: 'key-trust-3', overrideReason: 'Legal approved this exact wording',
    });
    const post = await createDraft(db, { workspaceId, userId: officerId, text: clean, channelIds: [otherChannel.id], paid: false }, now);
    await schedulePost(test.runtime, { workspaceId, postId: post.post.id, userId: officerId, role: 'officer', scheduledAt: now + 5 * MINUTE }, now);

    const checks = await db.selectFrom('guard_checks').selectAll().where('workspace_id', '=', workspaceId).execute();
    // The refused attempt stored nothing: only what went out (or was scheduled) is counted.
    expect(checks.map((check) => `${check.kind}:${check.item_id}`).sort()).toEqual([`reply:${plain.messageId}`, `reply:${overridden.messageId}`, `post:${post.post.id}`].sort());

    const report = await trustReport(db, day(now), 'Asia/Jakarta');
    expect(report.totals).toMatchObject({ replies: 2, posts: 1, overrides: 1 });
    expect(report.totals.withFindings).toBeGreaterThanOrEqual(1);
    expect(report.byRule.find((rule) => rule.block > 0)).toMatchObject({ category: 'claim', replies: expect.any(Number) as number });
    expect(report.overrides).toEqual([expect.objectContaining({ kind: 'reply', itemId: overridden.messageId, userName: 'Dewi', reason: 'Legal approved this exact wording', text: blocked, conversationId })]);
    expect(report.daily).toHaveLength(1);
    expect(report.daily[0]?.softSellReplies).toEqual(expect.any(Number));

    // The channel filter keeps replies on the channel and posts with a variant on it.
    expect((await trustReport(db, { ...day(now), channelId: otherChannel.id }, 'Asia/Jakarta')).totals).toMatchObject({ replies: 0, posts: 1 });
    expect((await trustReport(db, { ...day(now), channelId: channel.id }, 'Asia/Jakarta')).totals).toMatchObject({ replies: 2, posts: 0 });
    // Another workspace sees none of it.
    const other = await insertWorkspace(db, { name: 'Other' });
    expect((await trustReport(db, { ...day(now), workspaceId: other.id }, 'Asia/Jakarta')).totals).toMatchObject({ replies: 0, posts: 0 });
  });

  it('pulls metrics of published posts, asks again sooner while a post is young, and stops when the network lost it', async () => {
    const { db } = test.runtime.store;
    const now = Date.now();
    const post = await createDraft(db, { workspaceId, userId: officerId, text: clean, channelIds: [channel.id, otherChannel.id], paid: false }, now);
    await schedulePost(test.runtime, { workspaceId, postId: post.post.id, userId: officerId, role: 'officer', scheduledAt: now }, now);
    for (const variant of post.variants) await publishVariant(test.runtime, variant.id, now, { jobId: 'j', attempt: 1, maxAttempts: 6 }, now);
    // A follower comments under the Instagram post: the simulator counts it as a reply.
    const [pageVariant] = await db.selectFrom('post_variants').selectAll().where('channel_id', '=', channel.id).execute();
    const networkPostId = pageVariant?.network_post_id ?? '';
    test.runtime.connectors.worldFor(channel).connector.receive(buildInboundEvent({ networkMessageId: 'c-1', parentNetworkMessageId: networkPostId, rootPostNetworkId: networkPostId, kind: 'comment' }));

    // Nothing published yet would not be worth a job; now there is.
    expect(await enqueuePostMetricsPull(test.runtime, now + 1_000)).toBe(true);
    const first = await pullPostMetrics(test.runtime, now + 1_000);
    expect(first).toMatchObject({ enrolled: 2, fetched: 2, failed: 0 });
    const rows = await db.selectFrom('post_metrics').selectAll().orderBy('channel_id').execute();
    const pageRow = rows.find((row) => row.channel_id === channel.id);
    expect(pageRow).toMatchObject({ replies: 1, fetch_count: 1, next_fetch_at: now + 1_000 + 10 * MINUTE });
    // Not due again yet: nothing is fetched twice, and the scheduler enqueues no job.
    expect(await pullPostMetrics(test.runtime, now + 2_000)).toMatchObject({ enrolled: 0, fetched: 0 });
    expect(await enqueuePostMetricsPull(test.runtime, now + 2_000)).toBe(false);

    // The network deletes the Bluesky post: it is asked no more.
    const blueskyRow = rows.find((row) => row.channel_id === otherChannel.id);
    await test.runtime.connectors.worldFor(otherChannel).connector.deletePost(blueskyRow?.network_post_id ?? '');
    const later = now + 11 * MINUTE;
    expect(await pullPostMetrics(test.runtime, later)).toMatchObject({ fetched: 1, gone: 1 });
    const gone = await db.selectFrom('post_metrics').selectAll().where('channel_id', '=', otherChannel.id).executeTakeFirstOrThrow();
    expect(gone.next_fetch_at).toBeNull();

    const report = await engagementReport(db, day(now), 'Asia/Jakarta');
    expect(report.totals).toMatchObject({ posts: 1, variants: 2 });
    expect(report.byPost[0]).toMatchObject({ postId: post.post.id, replies: 1 });
    expect(report.byChannel.map((row) => row.channelId).sort()).toEqual([channel.id, otherChannel.id].sort());
    expect(report.bestHours.slots).toHaveLength(1);
    expect(report.bestHours.best).toEqual([]);
    expect((await engagementReport(db, { ...day(now), channelId: otherChannel.id }, 'Asia/Jakarta')).totals.variants).toBe(1);
  });
});
