// Pulling published posts' metrics from their networks (a scheduler-enqueued job the worker
// runs): newly published variants are enrolled, due ones claimed, asked per channel in small
// batches, and given their next time by age (src/insights/metrics-schedule.ts). A post the
// network no longer has stops being asked; a channel that cannot be reached is tried later.
import { ChannelError, type ChannelConnector, type PostMetrics } from '../../channels/types.js';
import { nextMetricsFetch } from '../../insights/metrics-schedule.js';
import type { Runtime } from '../../runtime.js';
import { findChannel } from '../../store/repositories/channels.js';
import { claimMetricsFetch, dueMetrics, enrolPublishedVariants, metricsWorkDue, recordMetricsError, saveMetrics, type PostMetricsRow } from '../../store/repositories/post-metrics.js';

export const pullPostMetricsJob = 'insights.post-metrics';
/** How often the scheduler looks; the shortest rung of the schedule is 10 minutes. */
export const pullPostMetricsEveryMs = 60_000;

const batchSize = 25;
const perRun = 200;
/** A claimed row nobody saved (the worker died) becomes due again after this. */
const leaseMs = 5 * 60_000;
const retryAfterErrorMs = 30 * 60_000;

type Deps = Pick<Runtime, 'store' | 'connectors' | 'logger'>;

export interface PullOutcome {
  enrolled: number;
  fetched: number;
  failed: number;
  gone: number;
}

/**
 * The scheduler's part: a job only when a pull would do something, so the jobs table does not
 * gain a row a minute while no post is young.
 */
export async function enqueuePostMetricsPull(runtime: Pick<Runtime, 'store' | 'queue'>, now = Date.now()): Promise<boolean> {
  if (!(await metricsWorkDue(runtime.store.db, now))) return false;
  await runtime.queue.enqueue(pullPostMetricsJob, {}, { maxAttempts: 1 });
  return true;
}

export async function pullPostMetrics(runtime: Deps, now = Date.now()): Promise<PullOutcome> {
  const { db } = runtime.store;
  const outcome: PullOutcome = { enrolled: await enrolPublishedVariants(db, now), fetched: 0, failed: 0, gone: 0 };
  const claimed: PostMetricsRow[] = [];
  for (const row of await dueMetrics(db, now, perRun)) {
    if (row.next_fetch_at !== null && (await claimMetricsFetch(db, row.variant_id, row.next_fetch_at, now + leaseMs))) claimed.push(row);
  }
  const byChannel = new Map<string, PostMetricsRow[]>();
  for (const row of claimed) byChannel.set(row.channel_id, [...(byChannel.get(row.channel_id) ?? []), row]);
  for (const [channelId, rows] of byChannel) await pullChannel(runtime, channelId, rows, now, outcome);
  return outcome;
}

async function pullChannel(runtime: Deps, channelId: string, rows: PostMetricsRow[], now: number, outcome: PullOutcome): Promise<void> {
  const { db } = runtime.store;
  const channel = await findChannel(db, channelId);
  let connector: ChannelConnector;
  try {
    if (channel === undefined) throw new ChannelError('NOT_FOUND', 'The channel was removed.');
    connector = runtime.connectors.connectorFor(channel);
  } catch (error) {
    const gone = channel === undefined;
    for (const row of rows) await recordMetricsError(db, row.variant_id, messageOf(error), gone ? null : now + retryAfterErrorMs);
    outcome.failed += rows.length;
    return;
  }
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const found = await fetchBatch(connector, batch.map((row) => row.network_post_id));
    for (const row of batch) {
      const metrics = found instanceof Map ? found.get(row.network_post_id) : undefined;
      if (metrics !== undefined) {
        await saveMetrics(db, row.variant_id, {
          likes: metrics.likes, replies: metrics.replies, reposts: metrics.reposts, quotes: metrics.quotes ?? 0, views: metrics.views ?? null,
        }, now, nextMetricsFetch(row.published_at, now));
        outcome.fetched += 1;
      } else if (found instanceof Map) {
        // The network answered but not for this post: deleted there, or never readable. Stop asking.
        await recordMetricsError(db, row.variant_id, 'The network no longer has this post.', null);
        outcome.gone += 1;
      } else {
        const retry = found.code === 'RATE_LIMITED' && found.retryAfterMs !== undefined ? found.retryAfterMs : retryAfterErrorMs;
        await recordMetricsError(db, row.variant_id, found.message, found.code === 'AUTH_REVOKED' || nextMetricsFetch(row.published_at, now) === null ? null : now + retry);
        outcome.failed += 1;
      }
    }
  }
}

/**
 * One request for the batch; when the network refuses it for one missing post (NOT_FOUND),
 * each post is asked alone so the others still get their figures.
 */
async function fetchBatch(connector: ChannelConnector, ids: string[]): Promise<Map<string, PostMetrics> | ChannelError> {
  try {
    return new Map((await connector.fetchMetrics(ids)).map((metrics) => [metrics.networkPostId, metrics]));
  } catch (error) {
    if (!(error instanceof ChannelError)) return new ChannelError('TEMPORARY', messageOf(error));
    if (error.code !== 'NOT_FOUND' || ids.length === 1) return error.code === 'NOT_FOUND' ? new Map() : error;
    const found = new Map<string, PostMetrics>();
    for (const id of ids) {
      const single = await fetchBatch(connector, [id]);
      if (!(single instanceof Map)) return single;
      for (const [key, value] of single) found.set(key, value);
    }
    return found;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'unexpected error';
}
