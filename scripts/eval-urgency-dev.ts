// Urgency high precision and recall on the urgency DEV sets only (tuning figures), with their
// misses and false alarms: the quick loop for urgency rule work. It never opens a blind set;
// `npm run eval:analysis` prints the blind aggregates.
//   npx tsx scripts/eval-urgency-dev.ts [--misses] [--only train11-inbox,round6-dev]
// --only scores the named corpora/analysis sets instead (a new batch's first sight, with sentiment);
// blind and test files are refused.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, loadAnalysisModels } from '../src/analysis/index.js';
import { formatSentimentSet, parseSentimentSet, scoreSentimentSet } from '../src/analysis/training/sentiment-set.js';
import { formatUrgencyHigh, parseUrgencySet, scoreUrgencyHigh } from '../src/analysis/training/urgency-set.js';

const DEV_SETS = ['urgency-dev', 'round2-dev', 'round5-dev', 'round5b-dev', 'round6-dev', 'round6b-dev', 'round6c-dev'];
const { values: args } = parseArgs({ options: { misses: { type: 'boolean' }, only: { type: 'string' } } });
const chosen = args.only === undefined ? DEV_SETS : args.only.split(',');
const refused = chosen.filter((name) => /blind|intent-test/.test(name));
if (refused.length > 0) throw new Error(`never scored here (blind or test data): ${refused.join(', ')}`);
loadAnalysisModels();
for (const name of chosen) {
  const set = parseUrgencySet(readFileSync(new URL(`../corpora/analysis/${name}.jsonl`, import.meta.url), 'utf8'));
  const score = scoreUrgencyHigh(set, analyze);
  console.log(formatUrgencyHigh(`urgency, ${name}${args.only === undefined ? ' (TUNING)' : ''}`, score));
  if (args.only !== undefined) console.log(formatSentimentSet(`sentiment, ${name}`, scoreSentimentSet(parseSentimentSet(readFileSync(new URL(`../corpora/analysis/${name}.jsonl`, import.meta.url), 'utf8')), analyze)));
  if (!args.misses) continue;
  for (const m of score.misses) console.log(`  miss ${m.id} [${m.family}] ${m.text}`);
  for (const m of score.falseAlarms) console.log(`  false alarm ${m.id} [${m.family}] ${m.text} -> ${analyze(m.text).reasons.join(',')}`);
}
