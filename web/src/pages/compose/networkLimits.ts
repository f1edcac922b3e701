// Post length limits as each network counts them, for the counters under the draft: the same
// counting functions the simulator refuses by (src/channels/text-length.ts, pure), so the
// counter and the network agree — X's URLs and emoji, Bluesky's graphemes, Mastodon's URLs.
import { graphemeLength, mastodonLength, xWeightedLength } from '../../../../src/channels/text-length.js';
import type { Network } from '../../api/types';

export const graphemeCount = graphemeLength;

const codePoints = (text: string): number => [...text].length;

export interface LengthLimit {
  max: number;
  measure: (text: string) => number;
}

export const postLimits: Record<Network, LengthLimit> = {
  x: { max: 280, measure: xWeightedLength },
  bluesky: { max: 300, measure: graphemeCount },
  instagram: { max: 2200, measure: codePoints },
  facebook: { max: 63_206, measure: codePoints },
  mastodon: { max: 500, measure: mastodonLength },
  threads: { max: 500, measure: codePoints },
  telegram: { max: 4096, measure: codePoints },
  whatsapp: { max: 4096, measure: codePoints },
};

export interface LengthCount {
  network: Network;
  used: number;
  max: number;
}

/** One counter per network among the chosen channels, in the order they were chosen. */
export function lengthCounts(text: string, networks: readonly Network[]): LengthCount[] {
  return [...new Set(networks)].map((network) => ({ network, used: postLimits[network].measure(text), max: postLimits[network].max }));
}
