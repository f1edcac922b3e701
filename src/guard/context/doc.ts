// Everything the detectors read about one draft, computed once per check.
import type { BrandProfile } from '../brand/profile.js';
import type { ContentKind } from '../types.js';
import type { NormalizedText } from '../text/normalize.js';
import { normalizeText } from '../text/normalize.js';
import { primeGatedMatches } from '../text/gate.js';
import { readSignals, type DraftSignals } from './evidence.js';
import { clauseStarts, quoteRanges, sentenceRanges, type Range } from './structure.js';

export interface GuardDoc {
  norm: NormalizedText;
  /** Shorthand for norm.text. */
  text: string;
  kind: ContentKind;
  paid: boolean;
  brand: BrandProfile | undefined;
  sentences: Range[];
  /** Clause starts, computed on first use (only negation and wishes need them). */
  readonly clauses: number[];
  quotes: Range[];
  signals: DraftSignals;
}

export interface DocOptions {
  kind: ContentKind;
  paid?: boolean;
  brand?: BrandProfile;
}

export function buildDoc(original: string, options: DocOptions): GuardDoc {
  const norm = normalizeText(original);
  // Every phrase table over the draft in one pass, before any detector or signal asks.
  primeGatedMatches(norm.text);
  const sentences = sentenceRanges(norm.text);
  let clauses: number[] | undefined;
  return {
    norm,
    text: norm.text,
    kind: options.kind,
    paid: options.paid === true,
    brand: options.brand,
    sentences,
    get clauses(): number[] {
      return (clauses ??= clauseStarts(norm.text, sentences));
    },
    quotes: quoteRanges(norm.text),
    signals: readSignals(norm.text),
  };
}
