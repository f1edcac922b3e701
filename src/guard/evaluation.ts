// Scoring a labelled corpus against check(): precision and recall per rule and per
// category, counted per draft (a rule either fires on a draft or not). Lives in the
// library so the eval script and a unit test share one definition.
import { check } from './check.js';
import { ruleMeta } from './rules/catalog.js';
import { RULE_IDS, type Category, type ContentKind, type RuleId } from './types.js';

export interface LabelledDraft {
  id: string;
  split?: string;
  lang?: string;
  kind: ContentKind;
  paid?: boolean;
  text: string;
  /** Rule ids the draft should raise; empty for a clean draft. */
  expect: RuleId[];
  spans?: { rule: RuleId; excerpt: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  drafts: number;
  byRule: Map<RuleId, Counts>;
  byCategory: Map<Category, Counts>;
  /** Drafts where the learned second opinion raised a category (tp: it was labelled, fp: not). */
  byLearned: Map<Category, Counts>;
  /** Drafts whose predicted rule set differs from the labels. */
  mismatches: { id: string; text: string; missing: RuleId[]; extra: RuleId[] }[];
  /** Labelled spans that no finding of that rule overlaps. */
  spanMisses: { id: string; rule: RuleId; excerpt: string }[];
}

const CATEGORIES: readonly Category[] = ['claim', 'disclosure', 'pressure'];

function tally<K>(counts: Map<K, Counts>, key: K, expected: boolean, predicted: boolean): void {
  const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  if (expected && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (expected) c.fn++;
  counts.set(key, c);
}

export function evaluate(drafts: readonly LabelledDraft[]): EvalReport {
  const byRule = new Map<RuleId, Counts>();
  const byCategory = new Map<Category, Counts>();
  const byLearned = new Map<Category, Counts>();
  const report: EvalReport = { drafts: drafts.length, byRule, byCategory, byLearned, mismatches: [], spanMisses: [] };
  for (const draft of drafts) {
    const result = check(draft.text, { kind: draft.kind, paid: draft.paid === true });
    const findings = result.findings.filter((f) => !f.rule.startsWith('BRAND.'));
    // Learned findings count for their category only: no draft is labelled with them.
    const predicted = new Set(findings.filter((f) => !isLearned(f.rule)).map((f) => f.rule));
    const learned = new Set(findings.filter((f) => isLearned(f.rule)).map((f) => f.category));
    const expected = new Set(draft.expect);
    for (const rule of RULE_IDS) {
      if (rule.startsWith('BRAND.') || isLearned(rule)) continue;
      tally(byRule, rule, expected.has(rule), predicted.has(rule));
    }
    for (const category of CATEGORIES) {
      const inCategory = (set: Set<RuleId>): boolean => [...set].some((r) => ruleMeta(r).category === category);
      const byModel = learned.has(category);
      tally(byCategory, category, inCategory(expected), inCategory(predicted) || byModel);
      if (byModel) tally(byLearned, category, inCategory(expected), true);
    }
    const missing = [...expected].filter((r) => !predicted.has(r));
    const extra = [...predicted].filter((r) => !expected.has(r));
    if (missing.length > 0 || extra.length > 0) report.mismatches.push({ id: draft.id, text: draft.text, missing, extra });
    for (const span of draft.spans ?? []) {
      const at = draft.text.indexOf(span.excerpt);
      const hit = findings.some((f) => f.rule === span.rule && f.start < at + span.excerpt.length && at < f.end);
      if (!hit) report.spanMisses.push({ id: draft.id, ...span });
    }
  }
  return report;
}

export function isLearned(rule: RuleId): boolean {
  return rule.endsWith('.LEARNED');
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
