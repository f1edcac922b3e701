// Post length limits as each network counts them, for the counters under the draft.
// The simulator (src/channels/simulator/text-limits.ts) refuses by the same numbers; this
// browser copy is simplified (X's URL weighting is left out) because it only advises.
import type { Network } from '../../api/types';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}

const codePoints = (text: string): number => [...text].length;

// X weighs Latin and common punctuation 1, everything else (CJK, emoji) 2.
const X_LIGHT: readonly (readonly [number, number])[] = [[0x0000, 0x10ff], [0x2000, 0x200d], [0x2010, 0x201f], [0x2032, 0x2037]];
function xWeighted(text: string): number {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    total += X_LIGHT.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return total;
}

export interface LengthLimit {
  max: number;
  measure: (text: string) => number;
}

export const postLimits: Record<Network, LengthLimit> = {
  x: { max: 280, measure: xWeighted },
  bluesky: { max: 300, measure: graphemeCount },
  instagram: { max: 2200, measure: codePoints },
  facebook: { max: 63_206, measure: codePoints },
  mastodon: { max: 500, measure: codePoints },
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
