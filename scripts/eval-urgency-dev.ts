// Urgency high precision and recall on the urgency DEV sets only (tuning figures), with their
// misses and false alarms: the quick loop for urgency rule work. It never opens a blind set;
// `npm run eval:analysis` prints the blind aggregates.
//   npx tsx scripts/eval-urgency-dev.ts [--misses]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, loadAnalysisModels } from '../src/analysis/index.js';
import { formatUrgencyHigh, parseUrgencySet, scoreUrgencyHigh } from '../src/analysis/training/urgency-set.js';

const DEV_SETS = ['urgency-dev', 'round2-dev', 'round5-dev', 'round5b-dev', 'round6-dev', 'round6b-dev', 'round6c-dev'];
const { values: args } = parseArgs({ options: { misses: { type: 'boolean' } } });
loadAnalysisModels();
for (const name of DEV_SETS) {
  const set = parseUrgencySet(readFileSync(new URL(`../corpora/analysis/${name}.jsonl`, import.meta.url), 'utf8'));
  const score = scoreUrgencyHigh(set, analyze);
  console.log(formatUrgencyHigh(`urgency, ${name} (TUNING)`, score));
  if (!args.misses) continue;
  for (const m of score.misses) console.log(`  miss ${m.id} [${m.family}] ${m.text}`);
  for (const m of score.falseAlarms) console.log(`  false alarm ${m.id} [${m.family}] ${m.text} -> ${analyze(m.text).reasons.join(',')}`);
}
