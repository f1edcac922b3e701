// Shared matching step: run a phrase table over the draft and drop the matches that
// context turns into something the brand is not saying.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isAspiration, isNegated } from '../context/guards.js';
import { allMatches } from '../text/pattern.js';
import type { LocalizedText, RuleId, Severity } from '../types.js';

/** A raw finding in normalised-text offsets, before spans, overrides and messages. */
export interface Hit {
  rule: RuleId;
  start: number;
  end: number;
  /** Overrides the rule's default severity (e.g. block for health or finance). */
  severity?: Severity;
  message?: LocalizedText;
  suggestion?: LocalizedText;
}

export interface ScanContext {
  /** Drop matches right after a negation ("kami tidak menjamin …"). Default true. */
  negation?: boolean;
  /** Drop matches after a wish or an effort ("semoga yang terbaik"). */
  aspiration?: boolean;
  /** Drop matches inside a question ("apakah dijamin berhasil?"). */
  question?: boolean;
  /** Drop every match when the draft names a source or certificate. */
  evidence?: boolean;
}

export function scan(doc: GuardDoc, rule: RuleId, pattern: RegExp, context: ScanContext = {}): Hit[] {
  const matches = allMatches(pattern, doc.text);
  // Signals cost a regex each, so they are only read when something matched.
  if (matches.length === 0 || (context.evidence === true && doc.signals.evidence)) return [];
  const hits: Hit[] = [];
  for (const { start, end } of matches) {
    if (context.negation !== false && isNegated(doc, start)) continue;
    if (context.aspiration === true && isAspiration(doc, start)) continue;
    if (context.question === true && inQuestion(doc, start, end)) continue;
    hits.push({ rule, start, end });
  }
  return hits;
}

export type Detector = (doc: GuardDoc) => Hit[];
