// Post length limits as each network counts them, for the counters under the draft: the one
// limits table the server validates by (src/channels/limits.ts, pure), so the counter and the
// network agree — X's URLs and emoji, Bluesky's graphemes, Mastodon's URLs and instance limit.
import { limitsFor, type MastodonInstanceLimits, type NetworkLimits } from '../../../../src/channels/limits.js';
import { graphemeLength } from '../../../../src/channels/text-length.js';
import type { Network } from '../../api/types';

export const graphemeCount = graphemeLength;

export interface LengthCount {
  network: Network;
  used: number;
  max: number;
}

/** A channel's limits: the table's, or for Mastodon what its instance says. */
export function channelLimits(network: Network, instance?: MastodonInstanceLimits | null): NetworkLimits {
  return limitsFor(network, instance ?? undefined);
}

/** The counter a network shows: its first text rule ("123 / 280"). */
export function lengthCount(text: string, limits: NetworkLimits): LengthCount {
  const [rule] = limits.text;
  return { network: limits.network, used: rule?.measure(text) ?? 0, max: rule?.max ?? Infinity };
}

/**
 * One counter per network among the chosen channels' limits, in the order they were chosen. Two
 * channels of one network (two Mastodon instances) show the stricter limit, the one both accept.
 */
export function lengthCounts(text: string, channelLimitsInOrder: readonly NetworkLimits[]): LengthCount[] {
  const byNetwork = new Map<Network, LengthCount>();
  for (const limits of channelLimitsInOrder) {
    const count = lengthCount(text, limits);
    const seen = byNetwork.get(limits.network);
    if (seen === undefined || count.max < seen.max) byNetwork.set(limits.network, count);
  }
  return [...byNetwork.values()];
}
