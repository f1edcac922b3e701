// Misses and false alarms of one guard rule, rules alone (no learned findings), over the training splits and
// the calibration folds only: never a blind set, never holdout, and not `blind` (the round-one blind set, kept
// in corpora/guard/blind.jsonl, which helpers may not open). Figures on these rows are tuning figures.
//   npx tsx scripts/rule-misses.ts PRESSURE.FOMO_SHAME
import { join } from 'node:path';
import { check } from '../src/guard/index.js';
import { RULE_IDS, type RuleId } from '../src/guard/types.js';
import { loadSplit } from './guard-learned-training.js';
import { CALIBRATION_BATCHES, TRAIN_SPLITS } from './guard-learned-splits.js';

const rule = process.argv[2] ?? 'PRESSURE.FOMO_SHAME';
if (!(RULE_IDS as readonly string[]).includes(rule)) throw new Error(`unknown rule ${rule}`);
const root = join(import.meta.dirname, '..');
const splits = [...TRAIN_SPLITS, ...CALIBRATION_BATCHES].filter((s) => !/blind|holdout/.test(s));

let found = 0;
let missed = 0;
let falseAlarms = 0;
for (const split of splits) {
  for (const draft of loadSplit(root, split)) {
    const hits = check(draft.text, { kind: draft.kind, paid: draft.paid === true }).findings.filter((f) => f.rule === (rule as RuleId));
    const labelled = draft.expect.includes(rule as RuleId);
    if (labelled && hits.length > 0) found++;
    else if (labelled) {
      missed++;
      console.log(`MISS ${draft.id} [${draft.expect.join(',')}] ${draft.text}`);
    } else if (hits.length > 0) {
      falseAlarms++;
      console.log(`FA   ${draft.id} [${draft.expect.join(',')}] ${draft.text} <<${hits.map((h) => h.excerpt).join(' | ')}>>`);
    }
  }
}
console.log(`${rule} over ${splits.length} training splits and folds (tuning figures): found ${found}, missed ${missed}, false alarms ${falseAlarms}`);
