// Metrics of published post variants: one row per variant with its latest figures and when to
// ask the network again. The puller enrols newly published variants, claims due rows with a
// compare-and-set on next_fetch_at (two workers never fetch the same row at once), and saves.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, PostMetricsTable } from '../schema.js';
import type { Selectable } from 'kysely';
import { newId } from '../ids.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type PostMetricsRow = Selectable<PostMetricsTable>;

/** Published variants with a network id and no metrics row yet get one, due at once. */
export async function enrolPublishedVariants(db: Executor, now: number, limit = 500): Promise<number> {
  const rows = await db.selectFrom('post_variants').innerJoin('posts', 'posts.id', 'post_variants.post_id')
    .leftJoin('post_metrics', 'post_metrics.variant_id', 'post_variants.id')
    .select(['post_variants.id', 'post_variants.post_id', 'post_variants.channel_id', 'post_variants.network_post_id', 'post_variants.sent_at',
      'posts.workspace_id', 'posts.published_at'])
    .where('post_variants.state', '=', 'sent').where('post_variants.network_post_id', 'is not', null).where('post_metrics.variant_id', 'is', null)
    .limit(limit).execute();
  if (rows.length === 0) return 0;
  await db.insertInto('post_metrics').values(rows.map((row) => ({
    variant_id: row.id, workspace_id: row.workspace_id, post_id: row.post_id, channel_id: row.channel_id, network_post_id: row.network_post_id ?? '',
    published_at: row.sent_at ?? row.published_at ?? now, likes: 0, replies: 0, reposts: 0, quotes: 0, views: null,
    fetched_at: null, next_fetch_at: now, fetch_count: 0, last_error: null,
  }))).onConflict((conflict) => conflict.column('variant_id').doNothing()).execute();
  return rows.length;
}

export function dueMetrics(db: Executor, now: number, limit: number): Promise<PostMetricsRow[]> {
  return db.selectFrom('post_metrics').selectAll().where('next_fetch_at', '<=', now).orderBy('next_fetch_at').limit(limit).execute();
}

/** Moves a due row's next fetch to `leaseUntil` if no one else did: true when this caller owns the fetch. */
export async function claimMetricsFetch(db: Executor, variantId: string, expectedNext: number, leaseUntil: number): Promise<boolean> {
  const result = await db.updateTable('post_metrics').set({ next_fetch_at: leaseUntil })
    .where('variant_id', '=', variantId).where('next_fetch_at', '=', expectedNext).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface MetricsFigures {
  likes: number;
  replies: number;
  reposts: number;
  quotes: number;
  views: number | null;
}

export async function saveMetrics(db: Executor, variantId: string, figures: MetricsFigures, fetchedAt: number, nextFetchAt: number | null): Promise<void> {
  await db.updateTable('post_metrics').set({
    ...figures, fetched_at: fetchedAt, next_fetch_at: nextFetchAt, fetch_count: sql<number>`fetch_count + 1`, last_error: null,
  }).where('variant_id', '=', variantId).execute();
}

export async function recordMetricsError(db: Executor, variantId: string, error: string, nextFetchAt: number | null): Promise<void> {
  await db.updateTable('post_metrics').set({ last_error: error.slice(0, 500), next_fetch_at: nextFetchAt }).where('variant_id', '=', variantId).execute();
}

export interface EngagementRow extends PostMetricsRow {
  text: string;
}

/** Variants published in the range (optionally on one channel), newest first, with the post's text. */
export function metricsPublishedIn(db: Executor, filter: { workspaceId: string; from: number; to: number; channelId: string | null }): Promise<EngagementRow[]> {
  let query = db.selectFrom('post_metrics').innerJoin('posts', 'posts.id', 'post_metrics.post_id').selectAll('post_metrics').select('posts.text')
    .where('post_metrics.workspace_id', '=', filter.workspaceId).where('post_metrics.published_at', '>=', filter.from).where('post_metrics.published_at', '<', filter.to);
  if (filter.channelId !== null) query = query.where('post_metrics.channel_id', '=', filter.channelId);
  return query.orderBy('post_metrics.published_at', 'desc').execute();
}

/** Publish time and engagement of every variant since `since`: the history best hours are read from. */
export async function engagementHistory(db: Executor, workspaceId: string, channelId: string | null, since: number): Promise<Array<{ published_at: number; engagement: number }>> {
  let query = db.selectFrom('post_metrics')
    .select(['published_at', sql<number>`likes + replies + reposts + quotes`.as('engagement')])
    .where('workspace_id', '=', workspaceId).where('published_at', '>=', since).where('fetched_at', 'is not', null);
  if (channelId !== null) query = query.where('channel_id', '=', channelId);
  const rows = await query.execute();
  return rows.map((row) => ({ published_at: Number(row.published_at), engagement: Number(row.engagement) }));
}

export interface PublishedHistoryPost {
  workspaceId: string;
  text: string;
  userId: string | null;
  publishedAt: number;
  variants: ReadonlyArray<{ channelId: string; networkPostId: string; figures: MetricsFigures }>;
}

/**
 * A post that was published before Sapa tracked it (demo history, imports), with the metrics
 * last read for each variant. Its metrics are not fetched again: `next_fetch_at` stays null.
 */
export async function insertPublishedHistory(db: Executor, post: PublishedHistoryPost, fetchedAt: number): Promise<string> {
  const id = newId(post.publishedAt);
  await db.insertInto('posts').values({
    id, workspace_id: post.workspaceId, status: 'published', text: post.text, paid: 0, scheduled_at: post.publishedAt, published_at: post.publishedAt,
    created_by: post.userId, approved_by: null, created_at: post.publishedAt - 3_600_000, updated_at: post.publishedAt,
  }).execute();
  for (const variant of post.variants) {
    const variantId = newId(post.publishedAt);
    await db.insertInto('post_variants').values({
      id: variantId, post_id: id, channel_id: variant.channelId, text: post.text, network_post_id: variant.networkPostId, state: 'sent', error: null,
      idempotency_key: `history-${variantId}`, sent_at: post.publishedAt,
    }).execute();
    await db.insertInto('post_metrics').values({
      variant_id: variantId, workspace_id: post.workspaceId, post_id: id, channel_id: variant.channelId, network_post_id: variant.networkPostId,
      published_at: post.publishedAt, ...variant.figures, fetched_at: fetchedAt, next_fetch_at: null, fetch_count: 1, last_error: null,
    }).execute();
  }
  return id;
}

/** Whether a pull would do anything: a row is due, or a published variant is not enrolled yet. */
export async function metricsWorkDue(db: Executor, now: number): Promise<boolean> {
  const due = await db.selectFrom('post_metrics').select('variant_id').where('next_fetch_at', '<=', now).limit(1).executeTakeFirst();
  if (due !== undefined) return true;
  const unenrolled = await db.selectFrom('post_variants').leftJoin('post_metrics', 'post_metrics.variant_id', 'post_variants.id').select('post_variants.id')
    .where('post_variants.state', '=', 'sent').where('post_variants.network_post_id', 'is not', null).where('post_metrics.variant_id', 'is', null)
    .limit(1).executeTakeFirst();
  return unenrolled !== undefined;
}
