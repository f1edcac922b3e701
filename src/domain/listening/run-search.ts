// One run of a saved search: ask the network for posts newer than the stored cursor, analyse
// them with the same analyser as inbox messages, and store them with the new cursor in one
// transaction (a crash before the commit repeats the run; the unique (search, post) key means
// a repeat never doubles a post). The search is claimed with a lease on its row, so one process
// runs it at a time. Refusals back off like the channel poller: a rate limit waits out the
// network's retry-after (and marks the channel), revoked access marks the channel "needs
// reconnect", which pauses its searches until it is reconnected.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ConnectorRegistry } from '../../channels/registry.js';
import type { ListeningHit } from '../../channels/types.js';
import type { EventBus } from '../../realtime/bus.js';
import { findChannel } from '../../store/repositories/channels.js';
import { addHourlyCounts } from '../../store/repositories/insights-rollups.js';
import { claimSearchLease, finishSearchRun, insertListeningPosts, type NewListeningPost, type SavedSearchRow } from '../../store/repositories/listening.js';
import type { Database } from '../../store/schema.js';
import { getBrandProfile } from '../brand-profile.js';
import { noteChannelError, noteChannelHealthy } from '../channel-health.js';
import type { AnalysedText } from '../understanding.js';
import { listeningHourlyRows } from './listening-counts.js';
import { inTransaction } from '../../store/transaction.js';

export interface ListeningDeps {
  store: { db: Kysely<Database> };
  events: Pick<EventBus, 'publish'>;
  connectors: Pick<ConnectorRegistry, 'connectorFor'>;
  /** The ingest analyser (the runtime's understand pool): found posts carry the same analysis as inbox messages. */
  analyse: (texts: readonly string[]) => Promise<AnalysedText[]>;
  logger?: Pick<Logger, 'warn'>;
}

/** Searches are rate-limited more tightly than notifications on every network (X: a few hundred per 15 minutes). */
export const defaultSearchIntervalMs = 2 * 60_000;
const maxBackoffMs = 30 * 60_000;
/** Longer than any one run takes; a process that dies mid-run lets it lapse. */
const leaseMs = 2 * 60_000;
/** A search whose channel was removed is looked at again only daily (the list no longer shows it). */
const orphanRecheckMs = 24 * 3600_000;

export type SearchRunResult =
  | { status: 'found'; stored: number; seen: number }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: unknown; nextRunAt: number };

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

function postOf(search: SavedSearchRow, hit: ListeningHit, analysed: AnalysedText | undefined, foundAt: number): NewListeningPost {
  return {
    workspace_id: search.workspace_id, search_id: search.id, channel_id: search.channel_id, network_post_id: hit.networkPostId,
    author_network_id: hit.author.networkId, author_handle: hit.author.handle, author_name: hit.author.displayName, text: hit.text,
    url: hit.url ?? null, sent_at: hit.sentAt, found_at: foundAt, analysis: analysed?.stored ?? null,
    sentiment: analysed?.understanding.sentiment.label ?? null, emotion: analysed?.understanding.emotion.label ?? null,
  };
}

export async function runSavedSearch(
  deps: ListeningDeps, search: SavedSearchRow, owner: string, options: { now?: number; intervalMs?: number } = {},
): Promise<SearchRunResult> {
  const { db } = deps.store;
  const now = options.now ?? Date.now();
  const interval = options.intervalMs ?? defaultSearchIntervalMs;
  if (!(await claimSearchLease(db, search.id, owner, now, now + leaseMs))) return { status: 'skipped', reason: 'another process is running it' };
  const channel = await findChannel(db, search.channel_id);
  if (channel === undefined || channel.workspace_id !== search.workspace_id) {
    await finishSearchRun(db, search.id, owner, { cursor: null, ranAt: now, nextRunAt: now + orphanRecheckMs, failures: search.failures, error: 'The channel is gone.' });
    return { status: 'skipped', reason: 'channel gone' };
  }
  try {
    const connector = deps.connectors.connectorFor(channel);
    if (connector.search === undefined) throw new Error(`${channel.network} offers no public search`);
    const page = await connector.search(search.query, search.cursor);
    const analysed = page.hits.length === 0 ? [] : await deps.analyse(page.hits.map((hit) => hit.text));
    const foundAt = Date.now();
    const posts = page.hits.map((hit, index) => postOf(search, hit, analysed[index], foundAt));
    const products = posts.length === 0 ? [] : ((await getBrandProfile(db, search.workspace_id)).products ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [] }));
    const stored = await inTransaction(db, async (trx) => {
      const inserted = await insertListeningPosts(trx, posts, foundAt);
      await addHourlyCounts(trx, listeningHourlyRows(inserted.firstOnChannel, products));
      await finishSearchRun(trx, search.id, owner, { cursor: page.cursor, ranAt: foundAt, nextRunAt: foundAt + interval, failures: 0, error: null });
      return inserted.stored.length;
    });
    await noteChannelHealthy(deps, channel);
    return { status: 'found', stored, seen: page.hits.length };
  } catch (error) {
    const failures = search.failures + 1;
    const retryAt = await noteChannelError(deps, channel, error, Date.now()).catch(() => Date.now());
    const backoff = Math.min(interval * 2 ** Math.min(failures, 16), maxBackoffMs);
    // Revoked access: the channel is marked and its searches are not due until it is active
    // again, so the next run comes soon after a reconnect.
    const nextRunAt = Math.max(retryAt ?? 0, Date.now() + backoff);
    await finishSearchRun(db, search.id, owner, { cursor: null, ranAt: Date.now(), nextRunAt, failures, error: errorText(error) });
    deps.logger?.warn({ err: error, searchId: search.id, channelId: channel.id, failures }, 'saved search failed; backing off');
    return { status: 'failed', error, nextRunAt };
  }
}
