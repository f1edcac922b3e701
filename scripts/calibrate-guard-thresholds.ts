// The learned second opinion's thresholds, calibrated on a fresh writers' batch that neither the
// rules nor the model were tuned or trained on (round seven: train8, then train10; round eight: train13). Prints, per
// category and threshold, the split's category precision/recall and the model's extra findings
// (drafts no rule of the category found: right/wrong), then the choice of the rule fixed in round
// seven: the lowest grid point from 0.5 up at which the extras are at least 80 % right, there and at
// every higher point. (Every hard negative and ordinary draft of the guard's unit tests staying
// quiet is the rule's second condition: run `npx vitest run src/guard` with the chosen values.)
//   npx tsx scripts/calibrate-guard-thresholds.ts --split train13
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from '../src/guard/index.js';
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { LEARNED_CATEGORIES, probabilities } from '../src/guard/learned/model.js';
import { ruleMeta } from '../src/guard/rules/catalog.js';
import { normalizeText } from '../src/guard/text/normalize.js';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'train13' } } });
const file = join(import.meta.dirname, '..', 'corpora', 'guard', `${values.split}.jsonl`);
const drafts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledDraft);
const rows = drafts.map((d) => ({
  rules: new Set(check(d.text, { kind: d.kind, paid: d.paid === true }).findings.filter((f) => !f.rule.endsWith('.LEARNED')).map((f) => f.category)),
  p: probabilities(normalizeText(d.text).text),
  gold: new Set(d.expect.map((r) => ruleMeta(r).category)),
}));
const GRID = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.875, 0.925];
console.log(`${values.split}: ${drafts.length} drafts`);
LEARNED_CATEGORIES.forEach((category, k) => {
  const extrasRight: boolean[] = [];
  for (const t of GRID) {
    let tp = 0, fp = 0, fn = 0, right = 0, wrong = 0;
    for (const r of rows) {
      const rule = r.rules.has(category);
      const extra = !rule && (r.p[k] ?? 0) >= t;
      const gold = r.gold.has(category);
      if (rule || extra) { if (gold) tp++; else fp++; } else if (gold) fn++;
      if (extra) { if (gold) right++; else wrong++; }
    }
    extrasRight.push(right + wrong === 0 || right / (right + wrong) >= 0.8);
    console.log(`${category.padEnd(10)} t ${t.toFixed(3)}  P ${(tp / (tp + fp)).toFixed(2)} R ${(tp / (tp + fn)).toFixed(2)}  extras ${right}/${wrong}`);
  }
  const first = GRID.findIndex((_, i) => extrasRight.slice(i).every(Boolean));
  console.log(`${category.padEnd(10)} rule's choice: ${GRID[first] ?? 'none'}`);
});
