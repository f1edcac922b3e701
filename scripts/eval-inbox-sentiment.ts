// Sentiment macro-F1 on named fresh inbox batches, through analyze() with the weights in models/analysis
// (round fourteen, sent4). Prints AGGREGATES only (macro-F1 and right/total per family, never a row or a
// miss), so it may run on the held-out check batches. Defaults: the held-out pair train35+36 and the
// batches the sentiment models may learn since round fourteen, train20–train34 (tuning figures).
//   npx tsx scripts/eval-inbox-sentiment.ts [--sets train35,train36] [--per-batch]
import { parseArgs } from 'node:util';
import { analyze, loadAnalysisModels } from '../src/analysis/index.js';
import { formatSentimentSet, scoreSentimentSet } from '../src/analysis/training/sentiment-set.js';
import { familiesWithEnglishComplaints, SENTIMENT_HELD_OUT_CHECK } from './fresh-inbox-sentiment.js';

const { values: args } = parseArgs({ options: { sets: { type: 'string' }, 'per-batch': { type: 'boolean' } } });
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `train${from + i}-inbox`);
const pools: Array<{ name: string; batches: string[] }> = args.sets
  ? [{ name: args.sets, batches: args.sets.split(',').map((s) => (s.endsWith('-inbox') ? s : `${s}-inbox`)) }]
  : [{ name: 'train35+36 (held-out)', batches: [...SENTIMENT_HELD_OUT_CHECK] }, { name: 'train20–34 (tuning)', batches: range(20, 34) }];

loadAnalysisModels();
for (const pool of pools) {
  const batches = pool.batches.map((name) => ({ name, messages: familiesWithEnglishComplaints(name) }));
  if (args['per-batch']) for (const b of batches) console.log(formatSentimentSet(`sentiment, ${b.name}`, scoreSentimentSet(b.messages, analyze)));
  console.log(formatSentimentSet(`sentiment, ${pool.name}`, scoreSentimentSet(batches.flatMap((b) => b.messages), analyze)));
}
