// The demo workspace listens for the brand and its best-known product from the start, so the
// Listening page fills within seconds of the worker's first run (the simulator's search looks
// back a few hours of public chatter).
import type { Kysely } from 'kysely';
import type { SimulatedNetworkName } from '../channels/simulator/brand.js';
import { deleteWorkspaceListening, insertSavedSearch } from '../store/repositories/listening.js';
import type { ChannelRow, Database } from '../store/schema.js';

export const demoSavedSearches: ReadonlyArray<{ network: SimulatedNetworkName; query: string }> = [
  { network: 'bluesky', query: 'Glowria' },
  { network: 'x', query: '#glowria' },
  { network: 'bluesky', query: 'Bright Serum' },
];

export async function seedDemoListening(db: Kysely<Database>, workspaceId: string, channels: ReadonlyMap<SimulatedNetworkName, ChannelRow>): Promise<void> {
  for (const { network, query } of demoSavedSearches) {
    const channel = channels.get(network);
    if (channel !== undefined) await insertSavedSearch(db, { workspaceId, channelId: channel.id, query, createdBy: null });
  }
}

/** Listening rows do not cascade from the workspace: a reset removes them itself. */
export function forgetDemoListening(db: Kysely<Database>, workspaceId: string): Promise<void> {
  return deleteWorkspaceListening(db, workspaceId);
}
