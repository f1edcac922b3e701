// The calendar's reads and its moves: posts by the time they are planned, scheduled or were
// published, and the two ways a post moves on the calendar (a draft's plan, a schedule).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface CalendarRange {
  workspaceId: string;
  from: number;
  to: number;
  channelIds?: string[];
  authorIds?: string[];
  limit: number;
}

/** Posts whose calendar time (published, else scheduled, else planned) falls in [from, to). */
export function listCalendarPostRows(db: Executor, range: CalendarRange) {
  let query = db.selectFrom('posts').leftJoin('users', 'users.id', 'posts.created_by')
    .select([
      'posts.id', 'posts.status', 'posts.text', 'posts.paid', 'posts.scheduled_at', 'posts.published_at', 'posts.planned_at', 'posts.approval_state',
      'posts.created_by', 'users.name as author_name', 'posts.updated_at',
    ])
    .select((eb) => eb.fn.coalesce('posts.published_at', 'posts.scheduled_at', 'posts.planned_at').as('calendar_at'))
    .where('posts.workspace_id', '=', range.workspaceId)
    .where((eb) => eb(eb.fn.coalesce('posts.published_at', 'posts.scheduled_at', 'posts.planned_at'), '>=', range.from))
    .where((eb) => eb(eb.fn.coalesce('posts.published_at', 'posts.scheduled_at', 'posts.planned_at'), '<', range.to));
  if (range.authorIds !== undefined && range.authorIds.length > 0) query = query.where('posts.created_by', 'in', range.authorIds);
  if (range.channelIds !== undefined && range.channelIds.length > 0) {
    const channelIds = range.channelIds;
    query = query.where((eb) => eb.exists(eb.selectFrom('post_variants').select('post_variants.id')
      .whereRef('post_variants.post_id', '=', 'posts.id').where('post_variants.channel_id', 'in', channelIds)));
  }
  return query.orderBy('calendar_at').orderBy('posts.id').limit(range.limit).execute();
}

/** Variants with the link to the published post, for the calendar. */
export function listCalendarVariants(db: Executor, postIds: string[]) {
  if (postIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('post_variants').innerJoin('channels', 'channels.id', 'post_variants.channel_id')
    .select(['post_variants.id', 'post_variants.post_id', 'post_variants.channel_id', 'channels.network', 'channels.handle', 'post_variants.state', 'post_variants.error', 'post_variants.network_url'])
    .where('post_variants.post_id', 'in', postIds).orderBy('channels.created_at').execute();
}

/** A draft's planned time; false when the post is not a draft of this workspace. */
export async function setPlannedAt(db: Executor, workspaceId: string, postId: string, plannedAt: number | null, now: number): Promise<boolean> {
  const result = await db.updateTable('posts').set({ planned_at: plannedAt, updated_at: now })
    .where('id', '=', postId).where('workspace_id', '=', workspaceId).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Moves a schedule only if it is still the one the mover saw; jobs of the old time then do nothing. */
export async function moveSchedule(db: Executor, input: { workspaceId: string; postId: string; from: number; to: number }, now: number): Promise<boolean> {
  const result = await db.updateTable('posts').set({ scheduled_at: input.to, planned_at: input.to, updated_at: now })
    .where('id', '=', input.postId).where('workspace_id', '=', input.workspaceId)
    .where('status', '=', 'scheduled').where('scheduled_at', '=', input.from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Times already taken on these channels between from and to (scheduled, or planned drafts). */
export async function takenTimesOnChannels(db: Executor, input: { workspaceId: string; channelIds: string[]; from: number; to: number; excludePostId: string }): Promise<Set<number>> {
  if (input.channelIds.length === 0) return new Set();
  const rows = await db.selectFrom('posts').innerJoin('post_variants', 'post_variants.post_id', 'posts.id')
    .select((eb) => eb.fn.coalesce('posts.scheduled_at', 'posts.planned_at').as('at'))
    .where('posts.workspace_id', '=', input.workspaceId).where('posts.id', '!=', input.excludePostId)
    .where('posts.status', 'in', ['draft', 'scheduled', 'publishing'])
    .where('post_variants.channel_id', 'in', input.channelIds)
    .where((eb) => eb.between(eb.fn.coalesce('posts.scheduled_at', 'posts.planned_at'), input.from, input.to))
    .execute();
  return new Set(rows.flatMap((row) => (row.at === null ? [] : [Number(row.at)])));
}

/** A copy of a post as a new draft: same text, paid flag and channels. Returns the new id. */
export async function copyPostAsDraft(db: Executor, input: { workspaceId: string; postId: string; newId: string; userId: string | null; variantIds: (channelId: string) => string }, now: number): Promise<boolean> {
  const source = await db.selectFrom('posts').select(['text', 'paid']).where('id', '=', input.postId).where('workspace_id', '=', input.workspaceId).executeTakeFirst();
  if (source === undefined) return false;
  await db.insertInto('posts').values({
    id: input.newId, workspace_id: input.workspaceId, status: 'draft', text: source.text, paid: source.paid, scheduled_at: null, published_at: null,
    created_by: input.userId, approved_by: null, created_at: now, updated_at: now,
  }).execute();
  const variants = await db.selectFrom('post_variants').select(['channel_id', 'text']).where('post_id', '=', input.postId).execute();
  if (variants.length > 0) {
    await db.insertInto('post_variants').values(variants.map((variant) => {
      const id = input.variantIds(variant.channel_id);
      return { id, post_id: input.newId, channel_id: variant.channel_id, text: variant.text, network_post_id: null, state: 'pending' as const, error: null, idempotency_key: `post-${id}`, sent_at: null };
    })).execute();
  }
  return true;
}
