// Each simulated network's text limits, measured the way that network measures (NETWORKS.md §1).
// Numbers marked [?] there are unconfirmed; they are kept here as the best available guess.
import type { SimulatedNetworkName } from './brand.js';
import { graphemeLength, utf8Length, xWeightedLength } from '../text-length.js';

export type OutboundTextKind = 'post' | 'reply' | 'direct_message';

interface LengthRule {
  max: number;
  unit: string;
  measure: (text: string) => number;
}

const codePoints = (text: string): number => [...text].length;
const hashtags = (text: string): number => text.match(/(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu)?.length ?? 0;
const mentions = (text: string): number => text.match(/(?<![\p{L}\p{N}_])@[\w.]+/gu)?.length ?? 0;

const xPost: LengthRule[] = [{ max: 280, unit: 'weighted characters', measure: xWeightedLength }];
const blueskyPost: LengthRule[] = [
  { max: 300, unit: 'graphemes', measure: graphemeLength },
  { max: 3000, unit: 'UTF-8 bytes', measure: utf8Length },
];
const instagramText: LengthRule[] = [
  { max: 2200, unit: 'characters', measure: codePoints },
  { max: 30, unit: 'hashtags', measure: hashtags },
  { max: 20, unit: '@mentions', measure: mentions },
];

const RULES: Readonly<Record<SimulatedNetworkName, Readonly<Record<OutboundTextKind, readonly LengthRule[]>>>> = {
  x: { post: xPost, reply: xPost, direct_message: [{ max: 10_000, unit: 'characters', measure: codePoints }] },
  bluesky: {
    post: blueskyPost,
    reply: blueskyPost,
    direct_message: [
      { max: 1000, unit: 'graphemes', measure: graphemeLength },
      { max: 10_000, unit: 'UTF-8 bytes', measure: utf8Length },
    ],
  },
  instagram: { post: instagramText, reply: instagramText, direct_message: [{ max: 1000, unit: 'characters', measure: codePoints }] },
  facebook: {
    post: [{ max: 63_206, unit: 'characters', measure: codePoints }],
    reply: [{ max: 8000, unit: 'characters', measure: codePoints }],
    direct_message: [{ max: 2000, unit: 'characters', measure: codePoints }],
  },
};

/** Characters twitter-text rejects outright. */
const X_INVALID_CHARACTERS = /[\ufffe\ufeff\uffff]/u;

/** Why the network would refuse this text, or null when it fits. */
export function textLimitViolation(network: SimulatedNetworkName, kind: OutboundTextKind, text: string): string | null {
  if (text.trim().length === 0) return 'text is empty';
  if (network === 'x' && X_INVALID_CHARACTERS.test(text)) return 'text contains characters X does not accept';
  for (const rule of RULES[network][kind]) {
    const measured = rule.measure(text);
    if (measured > rule.max) return `${measured} ${rule.unit}, the limit is ${rule.max}`;
  }
  return null;
}

/** The main limit, for callers that want to show "123 / 280". */
export function textLimit(network: SimulatedNetworkName, kind: OutboundTextKind): { max: number; unit: string; measure: (text: string) => number } {
  const [rule] = RULES[network][kind];
  if (rule === undefined) throw new Error(`no text rule for ${network} ${kind}`);
  return rule;
}
