// Listening: saved searches (per workspace, one channel each) and the public posts they found.
// Every read a route makes is scoped by workspace; the runner's reads (due searches, leases)
// are not, because the runner serves every workspace.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { newId } from '../ids.js';
import type { Database, ListeningPostsTable, SavedSearchesTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export type SavedSearchRow = Selectable<SavedSearchesTable>;
export type ListeningPostRow = Selectable<ListeningPostsTable>;

export interface SavedSearchWithChannel extends SavedSearchRow {
  network: string;
  channel_handle: string;
}

export async function insertSavedSearch(
  db: Executor, input: { workspaceId: string; channelId: string; query: string; createdBy: string | null }, now = Date.now(),
): Promise<SavedSearchRow | null> {
  const row: SavedSearchRow = {
    id: newId(now), workspace_id: input.workspaceId, channel_id: input.channelId, query: input.query, cursor: null, created_by: input.createdBy,
    created_at: now, last_run_at: null, next_run_at: null, failures: 0, last_error: null, lease_owner: null, lease_until: null,
  };
  // The same query on the same channel twice is one search.
  const inserted = await db.insertInto('saved_searches').values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'channel_id', 'query']).doNothing()).returning('id').executeTakeFirst();
  return inserted === undefined ? null : row;
}

export function listSavedSearches(db: Executor, workspaceId: string): Promise<SavedSearchWithChannel[]> {
  return db.selectFrom('saved_searches').innerJoin('channels', 'channels.id', 'saved_searches.channel_id')
    .selectAll('saved_searches').select(['channels.network as network', 'channels.handle as channel_handle'])
    .where('saved_searches.workspace_id', '=', workspaceId).orderBy('saved_searches.created_at').orderBy('saved_searches.id').execute();
}

export function findSavedSearch(db: Executor, workspaceId: string, id: string): Promise<SavedSearchRow | undefined> {
  return db.selectFrom('saved_searches').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** Removes the search and the posts it found (converted ones live on as inbox conversations). */
export async function deleteSavedSearch(db: Kysely<Database>, workspaceId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('saved_searches').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await trx.deleteFrom('listening_posts').where('workspace_id', '=', workspaceId).where('search_id', '=', id).execute();
    return true;
  });
}

/** Searches whose next run is due, on active channels not waiting out a rate limit, not held by another process. */
export function dueSavedSearches(db: Executor, now: number, limit = 50): Promise<SavedSearchRow[]> {
  return db.selectFrom('saved_searches').innerJoin('channels', 'channels.id', 'saved_searches.channel_id')
    .selectAll('saved_searches')
    .where('channels.status', '=', 'active')
    .where((eb) => eb.or([eb('channels.rate_limited_until', 'is', null), eb('channels.rate_limited_until', '<=', now)]))
    .where((eb) => eb.or([eb('saved_searches.next_run_at', 'is', null), eb('saved_searches.next_run_at', '<=', now)]))
    .where((eb) => eb.or([eb('saved_searches.lease_until', 'is', null), eb('saved_searches.lease_until', '<', now)]))
    .orderBy('saved_searches.next_run_at').limit(limit).execute();
}

/** One atomic compare-and-set: true when `owner` now holds the search until `until`. */
export async function claimSearchLease(db: Executor, id: string, owner: string, now: number, until: number): Promise<boolean> {
  const result = await db.updateTable('saved_searches').set({ lease_owner: owner, lease_until: until })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now), eb('lease_owner', '=', owner)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a run: the new cursor (kept when null), the next run, the failure count; releases the lease. Only its holder can. */
export async function finishSearchRun(
  db: Executor, id: string, owner: string,
  outcome: { cursor: string | null; ranAt: number; nextRunAt: number; failures: number; error: string | null },
): Promise<boolean> {
  const result = await db.updateTable('saved_searches').set({
    ...(outcome.cursor === null ? {} : { cursor: outcome.cursor }),
    last_run_at: outcome.ranAt, next_run_at: outcome.nextRunAt, failures: outcome.failures, last_error: outcome.error,
    lease_owner: null, lease_until: null,
  }).where('id', '=', id).where('lease_owner', '=', owner).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type NewListeningPost = Omit<ListeningPostRow, 'id' | 'conversation_id'>;

/**
 * Stores found posts, skipping any the search already holds. Returns the rows stored now, and
 * of those, the ones no other search on the same channel had found (what Insights counts once).
 */
export async function insertListeningPosts(
  db: Executor, posts: readonly NewListeningPost[], now = Date.now(),
): Promise<{ stored: ListeningPostRow[]; firstOnChannel: ListeningPostRow[] }> {
  if (posts.length === 0) return { stored: [], firstOnChannel: [] };
  const first = posts[0] as NewListeningPost;
  const ids = posts.map((post) => post.network_post_id);
  const known = new Set((await db.selectFrom('listening_posts').select('network_post_id')
    .where('channel_id', '=', first.channel_id).where('network_post_id', 'in', ids).execute()).map((row) => row.network_post_id));
  const rows: ListeningPostRow[] = posts.map((post) => ({ ...post, id: newId(now), conversation_id: null }));
  const inserted = new Set((await db.insertInto('listening_posts').values(rows)
    .onConflict((oc) => oc.columns(['search_id', 'network_post_id']).doNothing())
    .returning('id').execute()).map((row) => row.id));
  const stored = rows.filter((row) => inserted.has(row.id));
  return { stored, firstOnChannel: stored.filter((row) => !known.has(row.network_post_id)) };
}

export interface ListeningPostFilter {
  workspaceId: string;
  searchId?: string | undefined;
  channelId?: string | undefined;
  sentiment?: string | undefined;
  /** Keyset: posts older than this (sent_at, id). */
  before?: { sentAt: number; id: string } | undefined;
  limit: number;
}

export interface ListeningPostListRow extends ListeningPostRow {
  query: string;
  network: string;
}

/** Newest first, in (sent_at, id) order so a page boundary never skips or repeats a post. */
export function listListeningPosts(db: Executor, filter: ListeningPostFilter): Promise<ListeningPostListRow[]> {
  let query = db.selectFrom('listening_posts')
    .innerJoin('saved_searches', 'saved_searches.id', 'listening_posts.search_id')
    .innerJoin('channels', 'channels.id', 'listening_posts.channel_id')
    .selectAll('listening_posts').select(['saved_searches.query as query', 'channels.network as network'])
    .where('listening_posts.workspace_id', '=', filter.workspaceId);
  if (filter.searchId !== undefined) query = query.where('listening_posts.search_id', '=', filter.searchId);
  if (filter.channelId !== undefined) query = query.where('listening_posts.channel_id', '=', filter.channelId);
  if (filter.sentiment !== undefined) query = query.where('listening_posts.sentiment', '=', filter.sentiment);
  const before = filter.before;
  if (before !== undefined) {
    query = query.where((eb) => eb.or([
      eb('listening_posts.sent_at', '<', before.sentAt),
      eb.and([eb('listening_posts.sent_at', '=', before.sentAt), eb('listening_posts.id', '<', before.id)]),
    ]));
  }
  return query.orderBy('listening_posts.sent_at', 'desc').orderBy('listening_posts.id', 'desc').limit(filter.limit).execute();
}

export function findListeningPost(db: Executor, workspaceId: string, id: string): Promise<ListeningPostRow | undefined> {
  return db.selectFrom('listening_posts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** Records the inbox conversation a post became; the first one recorded wins. */
export async function markListeningPostConverted(db: Executor, workspaceId: string, id: string, conversationId: string): Promise<void> {
  await db.updateTable('listening_posts').set({ conversation_id: conversationId })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).where('conversation_id', 'is', null).execute();
}

export interface ListeningRadarRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  network_post_id: string;
  text: string;
  analysis: string | null;
  sent_at: number;
}

/** Posts found at or after `fromId` (ids start with the time they were found) and sent at or after `sentSince`, every workspace. */
export async function recentListeningPosts(db: Executor, fromId: string, sentSince: number): Promise<ListeningRadarRow[]> {
  const rows = await db.selectFrom('listening_posts')
    .select(['id', 'workspace_id', 'channel_id', 'network_post_id', 'text', 'analysis', 'sent_at'])
    .where('id', '>=', fromId).where('sent_at', '>=', sentSince).execute();
  // A post two searches found is one post.
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.channel_id}\u0000${row.network_post_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Listening counts from the hourly rollup: label → count for one dimension in a range. */
export async function listeningRollupCounts(db: Executor, workspaceId: string, dimension: string, from: number, to: number): Promise<Record<string, number>> {
  const rows = await db.selectFrom('insight_hourly').select(['label', sql<number>`sum(count)`.as('total')])
    .where('workspace_id', '=', workspaceId).where('dimension', '=', dimension)
    .where('hour_at', '>=', from).where('hour_at', '<', to).groupBy('label').execute();
  return Object.fromEntries(rows.map((row) => [row.label, Number(row.total)]));
}

/** Every saved search and found post of a workspace (the demo's reset). */
export async function deleteWorkspaceListening(db: Kysely<Database>, workspaceId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('listening_posts').where('workspace_id', '=', workspaceId).execute();
    await trx.deleteFrom('saved_searches').where('workspace_id', '=', workspaceId).execute();
  });
}
