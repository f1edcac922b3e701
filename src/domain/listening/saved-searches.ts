// Saved searches as an officer manages them: one channel of the workspace that offers public
// search (Bluesky searchPosts, Mastodon search and hashtag timelines, X recent search, and the
// simulator for the demo), and a query: the brand name, a product name or a hashtag.
import type { Kysely } from 'kysely';
import { definitionOf } from '../../channels/catalog.js';
import type { NetworkDefinition } from '../../channels/definition.js';
import { simulatedCapabilities } from '../../channels/simulator/simulated-network.js';
import { findWorkspaceChannel } from '../../store/repositories/channels.js';
import { insertSavedSearch, type SavedSearchRow } from '../../store/repositories/listening.js';
import type { ChannelRow, Database } from '../../store/schema.js';

export const maxQueryLength = 200;

/** Whether Sapa can run a saved search on this channel: its network (or the simulator) declares search. */
export function channelOffersSearch(channel: Pick<ChannelRow, 'network' | 'simulated'>, definitions?: readonly NetworkDefinition[]): boolean {
  if (channel.simulated === 1) return simulatedCapabilities.search;
  return definitionOf(channel.network, definitions)?.capabilities.search === true;
}

export type CreateSearchResult =
  | { status: 'created'; search: SavedSearchRow }
  | { status: 'channel_not_found' }
  | { status: 'no_search'; network: string }
  | { status: 'invalid_query'; reason: string }
  | { status: 'duplicate' };

/** Spaces folded, so "Glowria  serum" and "Glowria serum" are one search. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

export async function createSavedSearch(
  db: Kysely<Database>, input: { workspaceId: string; channelId: string; query: string; createdBy: string | null }, now = Date.now(),
): Promise<CreateSearchResult> {
  const query = normalizeQuery(input.query);
  if (query === '') return { status: 'invalid_query', reason: 'The query is empty.' };
  if (query.length > maxQueryLength) return { status: 'invalid_query', reason: `The query is longer than ${maxQueryLength} characters.` };
  const channel = await findWorkspaceChannel(db, input.workspaceId, input.channelId);
  if (channel === undefined) return { status: 'channel_not_found' };
  if (!channelOffersSearch(channel)) return { status: 'no_search', network: channel.network };
  const search = await insertSavedSearch(db, { ...input, query }, now);
  return search === null ? { status: 'duplicate' } : { status: 'created', search };
}
