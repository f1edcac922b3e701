// Posts end to end below the UI: drafts, scheduling through the guard (and a manager's
// audited override) and pacing, then the publish job reaching each simulated network once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers } from '../jobs/handlers.js';
import { insertChannel } from '../store/repositories/channels.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds } from '../test-support/databases.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { createUser } from './accounts.js';
import { DomainError } from './errors.js';
import { createDraft, getPost, updateDraft } from './posts.js';
import { PostGuardBlockedError, PostPacingHoldError, schedulePost, unschedulePost } from './posts-schedule.js';
import { publishVariant } from './publish-post.js';

const MINUTE = 60_000;
const context = { jobId: 'j', attempt: 1, maxAttempts: 6 };

describe.each(databaseKinds)('posts on %s', (kind) => {
  let test: TestRuntime;
  let workspaceId: string;
  let userId: string;
  let facebookPage: ChannelRow;
  let bluesky: ChannelRow;
  let now: number;

  beforeEach(async () => {
    test = await createTestRuntime(kind);
    const { db } = test.runtime.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    userId = (await createUser(db, { email: 'o@test.local', name: 'Officer', password: 'password123', workspaceId, role: 'officer' })).id;
    facebookPage = await insertChannel(db, { workspaceId, network: 'facebook', handle: 'glowria', displayName: 'Glowria', simulated: true });
    bluesky = await insertChannel(db, { workspaceId, network: 'bluesky', handle: 'glowria.bsky.social', displayName: 'Glowria', simulated: true });
    now = Date.now();
  });
  afterEach(() => test.dispose());

  const draft = (text: string, channels: ChannelRow[] = [facebookPage]) =>
    createDraft(test.runtime.store.db, { workspaceId, userId, text, channelIds: channels.map((c) => c.id), paid: false }, now);
  const schedule = (postId: string, at: number, options: { overrideReason?: string; role?: 'officer' | 'manager' } = {}) =>
    schedulePost(test.runtime, {
      workspaceId, postId, userId, role: options.role ?? 'officer', scheduledAt: at,
      ...(options.overrideReason === undefined ? {} : { overrideReason: options.overrideReason }),
    }, now);
  const sentOn = (channel: ChannelRow) => test.runtime.connectors.worldFor(channel).connector.received.filter((entry) => entry.kind === 'post' && entry.outcome === 'sent');
  const clean = 'Serum Cerah C10 membantu merawat kulit kusam. Hasil bisa berbeda pada tiap orang. Kalau cocok, detailnya ada di link bio ya.';

  it('saves a draft with its channels, edits it, and refuses channels of another workspace', async () => {
    const created = await draft('Halo semua', [facebookPage, bluesky]);
    expect(created.post.status).toBe('draft');
    expect(created.variants.map((v) => v.network).sort()).toEqual(['bluesky', 'facebook']);
    const edited = await updateDraft(test.runtime.store.db, created.post.id, { workspaceId, userId, text: clean, channelIds: [bluesky.id], paid: true }, now);
    expect(edited.variants.map((v) => ({ network: v.network, text: v.text }))).toEqual([{ network: 'bluesky', text: clean }]);
    expect(edited.post.paid).toBe(1);
    await expect(draft('x', [{ ...facebookPage, id: 'not-ours' }])).rejects.toThrow(/channelIds: not-ours/);
  });

  it('publishes each channel exactly once, even when the job runs twice', async () => {
    const created = await draft(clean, [facebookPage, bluesky]);
    const at = now + 5 * MINUTE;
    const scheduled = await schedule(created.post.id, at);
    expect(scheduled.post.status).toBe('scheduled');
    const jobs = await test.runtime.store.db.selectFrom('jobs').selectAll().where('name', '=', 'post.publish').execute();
    expect(jobs).toHaveLength(2);
    expect(jobs.every((job) => job.run_at >= at - 1000)).toBe(true);

    for (const variant of scheduled.variants) {
      await publishVariant(test.runtime, variant.id, at, context, at);
      await publishVariant(test.runtime, variant.id, at, context, at);
    }
    expect(sentOn(facebookPage)).toHaveLength(1);
    expect(sentOn(bluesky)).toHaveLength(1);
    const published = await getPost(test.runtime.store.db, workspaceId, created.post.id);
    expect(published.post.status).toBe('published');
    expect(published.variants.every((v) => v.state === 'sent' && v.network_post_id !== null)).toBe(true);
  });

  it('re-enqueues a scheduled post whose publish job was lost, and still publishes it once', async () => {
    const { requeueOrphanedPosts, orphanAfterMs } = await import('./reconcile.js');
    const created = await draft(clean, [facebookPage]);
    const at = now + 5 * MINUTE;
    const scheduled = await schedule(created.post.id, at);
    await test.runtime.store.db.deleteFrom('jobs').execute();
    const later = at + orphanAfterMs + 1;
    expect(await requeueOrphanedPosts(test.runtime, later)).toBe(1);
    const [job] = await test.runtime.store.db.selectFrom('jobs').select('payload').where('name', '=', 'post.publish').execute();
    expect(JSON.parse(job?.payload ?? '{}')).toEqual({ variantId: scheduled.variants[0]?.id, scheduledAt: at });
    for (let run = 0; run < 2; run++) await publishVariant(test.runtime, scheduled.variants[0]?.id ?? '', at, context, later);
    expect(sentOn(facebookPage)).toHaveLength(1);
    expect(await requeueOrphanedPosts(test.runtime, later)).toBe(0);
  });

  it('does not publish before its time, nor after it was unscheduled', async () => {
    const created = await draft(clean);
    const at = now + 10 * MINUTE;
    const [variant] = (await schedule(created.post.id, at)).variants;
    if (variant === undefined) throw new Error('no variant');
    await expect(publishVariant(test.runtime, variant.id, at, context, now)).rejects.toMatchObject({ name: 'RetryLaterError' });
    await unschedulePost(test.runtime, workspaceId, created.post.id, now);
    await publishVariant(test.runtime, variant.id, at, context, at);
    expect(sentOn(facebookPage)).toHaveLength(0);
    expect((await getPost(test.runtime.store.db, workspaceId, created.post.id)).post.status).toBe('draft');
  });

  it('refuses a blocking finding, lets only a manager override it with a reason, and audits the override', async () => {
    const created = await draft('Dijamin 100% sembuh total, tanpa efek samping!');
    const error = await schedule(created.post.id, now + MINUTE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PostGuardBlockedError);
    expect((error as PostGuardBlockedError).findings.some((f) => f.severity === 'block')).toBe(true);
    await expect(schedule(created.post.id, now + MINUTE, { overrideReason: 'Legal approved the wording' })).rejects.toThrow(/manager/);
    const overridden = await schedule(created.post.id, now + MINUTE, { overrideReason: 'Legal approved the wording', role: 'manager' });
    expect(overridden.post.status).toBe('scheduled');
    const audit = await test.runtime.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'guard.override').execute();
    expect(audit).toEqual([expect.objectContaining({ target_type: 'post', target_id: created.post.id, actor_user_id: userId })]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ reason: 'Legal approved the wording', rules: expect.arrayContaining(['CLAIM.SAFETY']) as unknown });
  });

  it('holds a post too close to another on the same channel, saying which rule and the earliest time', async () => {
    const first = await draft(clean);
    await schedule(first.post.id, now + 60 * MINUTE);
    const second = await draft('Selamat pagi! Ada yang sudah coba rutinitas pagi dengan serum?', [bluesky, facebookPage]);
    const error = await schedule(second.post.id, now + 70 * MINUTE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PostPacingHoldError);
    expect((error as PostPacingHoldError).decision).toMatchObject({ rule: 'PACE.POST_GAP', until: now + 90 * MINUTE });
    expect((error as PostPacingHoldError).channelId).toBe(facebookPage.id);
    expect((await schedule(second.post.id, now + 90 * MINUTE)).post.status).toBe('scheduled');
  });

  it('never resends after an unknown outcome', async () => {
    const created = await draft(clean);
    const at = now + MINUTE;
    const [variant] = (await schedule(created.post.id, at)).variants;
    if (variant === undefined) throw new Error('no variant');
    test.runtime.connectors.worldFor(facebookPage).connector.failNext({ code: 'UNKNOWN_OUTCOME', landed: false });
    await publishVariant(test.runtime, variant.id, at, context, at);
    await publishVariant(test.runtime, variant.id, at, context, at);
    const after = await getPost(test.runtime.store.db, workspaceId, created.post.id);
    expect(after.variants[0]).toMatchObject({ state: 'unknown', error: expect.stringMatching(/Check the channel/) as unknown });
    expect(after.post.status).toBe('failed');
    expect(test.runtime.connectors.worldFor(facebookPage).connector.received.filter((entry) => entry.kind === 'post')).toHaveLength(1);
  });

  it('finds a post that landed despite the unknown outcome, and waits out RATE_LIMITED', async () => {
    const created = await draft(clean, [facebookPage, bluesky]);
    const at = now + MINUTE;
    const variants = (await schedule(created.post.id, at)).variants;
    const onInstagram = variants.find((v) => v.channel_id === facebookPage.id);
    const onBluesky = variants.find((v) => v.channel_id === bluesky.id);
    if (onInstagram === undefined || onBluesky === undefined) throw new Error('variants missing');
    test.runtime.connectors.worldFor(facebookPage).connector.failNext({ code: 'UNKNOWN_OUTCOME', landed: true });
    await publishVariant(test.runtime, onInstagram.id, at, context, at);
    test.runtime.connectors.worldFor(bluesky).connector.failNext({ code: 'RATE_LIMITED', retryAfterMs: 7_000 });
    await expect(publishVariant(test.runtime, onBluesky.id, at, context, at)).rejects.toMatchObject({ name: 'RetryLaterError', delayMs: 7_000 });
    const midway = await getPost(test.runtime.store.db, workspaceId, created.post.id);
    expect(midway.post.status).toBe('publishing');
    expect(midway.variants.map((v) => v.state).sort()).toEqual(['pending', 'sent']);
    await publishVariant(test.runtime, onBluesky.id, at, { ...context, attempt: 2 }, at);
    expect((await getPost(test.runtime.store.db, workspaceId, created.post.id)).post.status).toBe('published');
    expect(sentOn(facebookPage)).toHaveLength(1);
    expect(sentOn(bluesky)).toHaveLength(1);
  });

  it('is published by the worker at its time, through the registered job', async () => {
    const created = await draft(clean);
    await schedulePost(test.runtime, { workspaceId, postId: created.post.id, userId, role: 'officer', scheduledAt: Date.now() + 300 });
    const worker = test.runtime.queue.startWorker(buildJobHandlers(test.runtime));
    try {
      await vi.waitFor(async () => expect((await getPost(test.runtime.store.db, workspaceId, created.post.id)).post.status).toBe('published'), { timeout: 5_000, interval: 50 });
    } finally {
      await worker.stop();
    }
    expect(sentOn(facebookPage)).toHaveLength(1);
  });

  it('refuses to schedule without channels, in the past, or twice', async () => {
    const none = await draft(clean, []);
    await expect(schedule(none.post.id, now + MINUTE)).rejects.toThrow(/channelIds/);
    const created = await draft(clean);
    await expect(schedule(created.post.id, now - 10 * MINUTE)).rejects.toThrow(/scheduledAt/);
    await schedule(created.post.id, now + MINUTE);
    await expect(schedule(created.post.id, now + 2 * MINUTE)).rejects.toBeInstanceOf(DomainError);
  });
});
