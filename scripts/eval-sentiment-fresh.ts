// Sentiment on the fresh writers' batches held out from the round-ten experiment (train20–train23; since round fourteen
// TRAINING rows of the inbox stacker: in-sample, see scripts/eval-inbox-sentiment.ts for train35+36):
// macro-F1 per batch and pooled, and right/total per family, through analyze() with the weights in
// models/analysis. Never a blind set. Once a setting was chosen on these figures they are TUNING figures.
//   npx tsx scripts/eval-sentiment-fresh.ts
import { analyze, loadAnalysisModels } from '../src/analysis/index.js';
import { formatSentimentSet, scoreSentimentSet } from '../src/analysis/training/sentiment-set.js';
import { heldOutBatches } from './fresh-inbox-sentiment.js';

loadAnalysisModels();
const batches = heldOutBatches();
for (const { name, messages } of batches) console.log(formatSentimentSet(`sentiment, ${name}`, scoreSentimentSet(messages, analyze)));
console.log(formatSentimentSet('sentiment, train20–23 pooled', scoreSentimentSet(batches.flatMap((b) => b.messages), analyze)));
