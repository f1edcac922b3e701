// Everything the detectors read about one draft, computed once per check.
import type { BrandProfile } from '../brand/profile.js';
import type { ContentKind } from '../types.js';
import type { NormalizedText } from '../text/normalize.js';
import { normalizeDraft } from '../text/normalize.js';
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

// A class rather than an object literal with a getter: literals with accessors are
// built on a slow path, and this object is made on every keystroke.
class Doc implements GuardDoc {
  text: string;
  paid: boolean;
  sentences: Range[];
  quotes: Range[];
  signals: DraftSignals;
  private clauseList: number[] | undefined;
  constructor(
    readonly norm: NormalizedText,
    readonly kind: ContentKind,
    paid: boolean | undefined,
    readonly brand: BrandProfile | undefined,
  ) {
    this.text = norm.text;
    this.paid = paid === true;
    this.sentences = sentenceRanges(norm.text);
    this.quotes = quoteRanges(norm.text);
    this.signals = readSignals(norm.text);
  }
  get clauses(): number[] {
    return (this.clauseList ??= clauseStarts(this.norm.text, this.sentences));
  }
}

export function buildDoc(original: string, options: DocOptions): GuardDoc {
  const norm = normalizeDraft(original);
  // Every phrase table over the draft in one pass, before any detector or signal asks.
  primeGatedMatches(norm.text);
  return new Doc(norm, options.kind, options.paid, options.brand);
}
