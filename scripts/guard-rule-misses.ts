// The guard's rules alone (no learned finding) over training and calibration splits (never a blind or holdout split),
// drafts listed by rule family, then counts per rule and per category (drafts): what a rule of the family misses, and, with --false, what it raises
// on drafts not labelled with it. For reading misses before writing a shape (round thirteen, issue #11).
// Tuning material: every split read here is training data or a calibration fold.
//   npx tsx scripts/guard-rule-misses.ts [--splits train13,train20,...] [--rule CLAIM.COMPETITOR_DISPARAGE] [--false] [--counts]
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { check } from '../src/guard/check.js';
import { CATEGORIES, loadSplit } from './guard-learned-training.js';
import { CALIBRATION_BATCHES } from './guard-learned-splits.js';
import { ruleMeta } from '../src/guard/rules/catalog.js';

const { values } = parseArgs({ options: { splits: { type: 'string', default: CALIBRATION_BATCHES.join(',') }, rule: { type: 'string', default: '' }, false: { type: 'boolean', default: false }, counts: { type: 'boolean', default: false } } });
const splits = values.splits.split(',').filter((s) => s !== '');
const forbidden = splits.find((s) => /blind|holdout/i.test(s));
if (forbidden !== undefined) throw new Error(`${forbidden}: blind and holdout splits are never read here`);
const root = join(import.meta.dirname, '..');
const tallies = new Map<string, { tp: number; fp: number; fn: number }>();
const lines: string[] = [];
const categories = new Map<string, { tp: number; fp: number; fn: number }>();
for (const split of splits) {
  for (const draft of loadSplit(root, split)) {
    const found = new Set(check(draft.text, { kind: draft.kind, paid: draft.paid === true }).findings.filter((f) => !f.rule.endsWith('.LEARNED')).map((f) => f.rule));
    const expected = new Set(draft.expect);
    const foundCategories = new Set([...found].map((r) => ruleMeta(r).category));
    const expectedCategories = new Set([...expected].map((r) => ruleMeta(r).category));
    for (const category of CATEGORIES) {
      const t = categories.get(category) ?? { tp: 0, fp: 0, fn: 0 };
      categories.set(category, t);
      if (foundCategories.has(category) && expectedCategories.has(category)) t.tp++;
      else if (foundCategories.has(category)) t.fp++;
      else if (expectedCategories.has(category)) t.fn++;
    }
    for (const rule of new Set([...found, ...expected])) {
      const t = tallies.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      tallies.set(rule, t);
      if (found.has(rule) && expected.has(rule)) t.tp++;
      else if (found.has(rule)) t.fp++;
      else t.fn++;
      if (values.rule !== '' && rule !== values.rule) continue;
      const miss = expected.has(rule) && !found.has(rule);
      const falseAlarm = values.false && found.has(rule) && !expected.has(rule);
      if (miss || falseAlarm) lines.push(`${miss ? 'MISS ' : 'FALSE'} ${rule} ${draft.id} [found ${[...found].join(',') || '-'}] ${draft.text.replace(/\s+/g, ' ')}`);
    }
  }
}
if (!values.counts) for (const line of lines) console.log(line);
const ratio = (a: number, b: number): string => (b === 0 ? '1.000' : (a / b).toFixed(3));
for (const [category, t] of categories) console.log(`${category.padEnd(28)} tp ${String(t.tp).padStart(4)} fp ${String(t.fp).padStart(3)} fn ${String(t.fn).padStart(4)}  P ${ratio(t.tp, t.tp + t.fp)} R ${ratio(t.tp, t.tp + t.fn)}`);
for (const [rule, t] of [...tallies].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${rule.padEnd(28)} tp ${String(t.tp).padStart(4)} fp ${String(t.fp).padStart(3)} fn ${String(t.fn).padStart(4)}`);
