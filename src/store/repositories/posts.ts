// Posts and their per-channel variants. Every state change is a conditional UPDATE ("only if
// still in the state I expect"), so a worker, a second worker and an officer clicking
// "unschedule" can never all win.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { newId } from '../ids.js';

type Executor = Kysely<Database> | Transaction<Database>;
type PostStatus = Database['posts']['status'];
type VariantState = Database['post_variants']['state'];

export interface PostVariantView {
  id: string;
  channel_id: string;
  network: string;
  handle: string;
  text: string;
  state: VariantState;
  error: string | null;
  network_post_id: string | null;
  sent_at: number | null;
  network_url: string | null;
}

export async function insertPost(
  db: Executor, input: { workspaceId: string; text: string; paid: boolean; channelIds: string[]; userId: string | null }, now: number,
): Promise<string> {
  const id = newId(now);
  await db.insertInto('posts').values({
    id, workspace_id: input.workspaceId, status: 'draft', text: input.text, paid: input.paid ? 1 : 0, scheduled_at: null, published_at: null,
    created_by: input.userId, approved_by: null, created_at: now, updated_at: now,
  }).execute();
  await replaceVariants(db, id, input.channelIds, input.text, now);
  return id;
}

/** A draft's channel choice, as pending variants carrying the post text. */
export async function replaceVariants(db: Executor, postId: string, channelIds: string[], text: string, now: number): Promise<void> {
  await db.deleteFrom('post_variants').where('post_id', '=', postId).execute();
  if (channelIds.length === 0) return;
  await db.insertInto('post_variants').values(channelIds.map((channelId) => {
    const id = newId(now);
    return { id, post_id: postId, channel_id: channelId, text, network_post_id: null, state: 'pending' as const, error: null, idempotency_key: `post-${id}`, sent_at: null };
  })).execute();
}

/** Changes a post only while it is a draft; false when it is not (any more). */
export async function updateDraftRow(db: Executor, workspaceId: string, postId: string, changes: { text: string; paid: boolean }, now: number): Promise<boolean> {
  const result = await db.updateTable('posts').set({ text: changes.text, paid: changes.paid ? 1 : 0, updated_at: now })
    .where('id', '=', postId).where('workspace_id', '=', workspaceId).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteDraftRow(db: Executor, workspaceId: string, postId: string): Promise<boolean> {
  const result = await db.deleteFrom('posts').where('id', '=', postId).where('workspace_id', '=', workspaceId).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function findPostRow(db: Executor, workspaceId: string, postId: string) {
  return db.selectFrom('posts').selectAll().where('id', '=', postId).where('workspace_id', '=', workspaceId).executeTakeFirst();
}

/** For jobs, which carry only ids: the post a variant belongs to, whatever its workspace. */
export function findPostForJob(db: Executor, postId: string) {
  return db.selectFrom('posts').selectAll().where('id', '=', postId).executeTakeFirst();
}

export interface PostListFilter { statuses?: PostStatus[]; pendingApprovalOnly?: boolean; limit: number; offset?: number }

export function listPostRows(db: Executor, workspaceId: string, options: PostListFilter) {
  let query = db.selectFrom('posts').selectAll().where('workspace_id', '=', workspaceId);
  if (options.statuses !== undefined && options.statuses.length > 0) query = query.where('status', 'in', options.statuses);
  if (options.pendingApprovalOnly === true) query = query.where('status', '=', 'draft').where('approval_state', '=', 'pending_approval');
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(options.limit).offset(options.offset ?? 0).execute();
}

/** Variants of several posts at once, with the channel each goes to. */
export function listVariantsOf(db: Executor, postIds: string[]): Promise<Array<PostVariantView & { post_id: string }>> {
  if (postIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('post_variants').innerJoin('channels', 'channels.id', 'post_variants.channel_id')
    .select([
      'post_variants.id', 'post_variants.post_id', 'post_variants.channel_id', 'channels.network', 'channels.handle', 'post_variants.text',
      'post_variants.state', 'post_variants.error', 'post_variants.network_post_id', 'post_variants.sent_at', 'post_variants.network_url',
    ])
    .where('post_variants.post_id', 'in', postIds).orderBy('channels.created_at').execute();
}

/** draft → scheduled, with the text each variant will carry. False when it was not a draft. */
export async function markScheduled(db: Executor, postId: string, scheduledAt: number, now: number): Promise<boolean> {
  const result = await db.updateTable('posts').set({ status: 'scheduled', scheduled_at: scheduledAt, updated_at: now })
    .where('id', '=', postId).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** scheduled → draft; fails once publishing has started, so a post can never be half-withdrawn. */
export async function markUnscheduled(db: Executor, workspaceId: string, postId: string, now: number): Promise<boolean> {
  const result = await db.updateTable('posts').set({ status: 'draft', scheduled_at: null, updated_at: now })
    .where('id', '=', postId).where('workspace_id', '=', workspaceId).where('status', '=', 'scheduled').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * scheduled → publishing for the schedule this job was enqueued for. A job from an earlier
 * schedule (the post was unscheduled or moved) finds a different time and does nothing.
 */
export async function startPublishing(db: Executor, postId: string, scheduledAt: number, now: number): Promise<boolean> {
  const result = await db.updateTable('posts').set({ status: 'publishing', updated_at: now })
    .where('id', '=', postId).where('scheduled_at', '=', scheduledAt).where('status', 'in', ['scheduled', 'publishing']).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findVariantRow(db: Executor, variantId: string) {
  return db.selectFrom('post_variants').selectAll().where('id', '=', variantId).executeTakeFirst();
}

export async function transitionVariant(
  db: Executor, id: string, from: VariantState[], to: VariantState,
  changes: { network_post_id?: string; error?: string | null; sent_at?: number; network_url?: string | null } = {},
): Promise<boolean> {
  const result = await db.updateTable('post_variants').set({ state: to, ...changes }).where('id', '=', id).where('state', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Once every variant has an outcome: published when all went out, failed otherwise. A sent
 * variant's thread parts count too: the post waits for them, and fails when one did not go out.
 */
export async function settlePostStatus(db: Executor, postId: string, now: number): Promise<PostStatus | null> {
  const variants = await db.selectFrom('post_variants').select(['state', 'sent_at']).where('post_id', '=', postId).execute();
  if (variants.some((v) => v.state === 'pending' || v.state === 'sending')) return null;
  const parts = await db.selectFrom('post_thread_parts').innerJoin('post_variants', 'post_variants.id', 'post_thread_parts.variant_id')
    .select(['post_thread_parts.variant_id', 'post_thread_parts.state']).where('post_variants.post_id', '=', postId).where('post_variants.state', '=', 'sent').execute();
  // A thread stops at its first part that did not go out: the parts after it will never be sent.
  const stopped = new Set(parts.filter((part) => part.state === 'failed' || part.state === 'unknown').map((part) => part.variant_id));
  if (parts.some((part) => (part.state === 'pending' || part.state === 'sending') && !stopped.has(part.variant_id))) return null;
  const sentTimes = variants.filter((v) => v.state === 'sent').map((v) => v.sent_at ?? now);
  const allParts = parts.every((part) => part.state === 'sent');
  const status: PostStatus = variants.length > 0 && sentTimes.length === variants.length && allParts ? 'published' : 'failed';
  await db.updateTable('posts').set({ status, published_at: sentTimes.length > 0 ? Math.min(...sentTimes) : null, updated_at: now })
    .where('id', '=', postId).where('status', '=', 'publishing').execute();
  return status;
}

/**
 * What the channels posted (or will post) between `from` and `to`, other posts only: sent
 * variants at the network's time, scheduled ones at their scheduled time. Feeds pacing.
 */
export async function postTimesOnChannels(db: Executor, input: { workspaceId: string; channelIds: string[]; from: number; to: number; excludePostId: string }) {
  if (input.channelIds.length === 0) return [];
  const rows = await db.selectFrom('post_variants').innerJoin('posts', 'posts.id', 'post_variants.post_id')
    .select(['post_variants.channel_id', 'post_variants.text', 'post_variants.sent_at', 'posts.scheduled_at'])
    .where('posts.workspace_id', '=', input.workspaceId)
    .where('posts.id', '!=', input.excludePostId)
    .where('posts.status', 'in', ['scheduled', 'publishing', 'published', 'failed'])
    .where('post_variants.channel_id', 'in', input.channelIds)
    .where('post_variants.state', 'in', ['pending', 'sending', 'sent', 'unknown'])
    .where((eb) => eb.between(eb.fn.coalesce('post_variants.sent_at', 'posts.scheduled_at'), input.from, input.to))
    .execute();
  return rows.flatMap((row) => {
    const at = row.sent_at ?? row.scheduled_at;
    return at === null ? [] : [{ channelId: row.channel_id, text: row.text, at }];
  });
}

/** Every variant of a workspace with its schedule and outcome (the scheduler benchmark). */
export function variantOutcomes(db: Executor, workspaceId: string) {
  return db.selectFrom('post_variants').innerJoin('posts', 'posts.id', 'post_variants.post_id')
    .select(['post_variants.id', 'post_variants.state', 'post_variants.sent_at', 'post_variants.idempotency_key', 'posts.scheduled_at'])
    .where('posts.workspace_id', '=', workspaceId).execute();
}

/** Variants of a workspace still waiting or being sent. */
export async function countUnsettledVariants(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('post_variants').innerJoin('posts', 'posts.id', 'post_variants.post_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('posts.workspace_id', '=', workspaceId).where('post_variants.state', 'in', ['pending', 'sending']).executeTakeFirst();
  return Number(row?.count ?? 0);
}
