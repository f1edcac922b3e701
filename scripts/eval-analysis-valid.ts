// The non-blind part of `npm run eval:analysis`, through analyze() with the written weights: SmSA,
// EmoT and NusaX-English valid (tuning figures) and the corpus test split (sentiment, intents,
// urgency, emotion). It opens no blind set, so a helper may run it before and after a change.
//
//   npx tsx scripts/eval-analysis-valid.ts [--data <dir>]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis/index.js';
import { parseCorpus } from '../src/analysis/training/corpus.js';
import { parseEmot, parseNusax, parseSmsa } from '../src/analysis/training/datasets.js';
import { scoreCorpus, scoreEmotion, scoreSentiment } from '../src/analysis/training/evaluate.js';

const root = new URL('../', import.meta.url);
const { values: args } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = args.data ? new URL(`file://${args.data.replace(/\/?$/, '/')}`) : new URL('../shared/data/nlp/', root);
const read = (path: string, base: URL = dataDir): string => readFileSync(new URL(path, base), 'utf8');

const corpus = scoreCorpus(parseCorpus(read('corpora/analysis/intent-test.jsonl', root)), analyze);
const figures = {
  smsaValid: scoreSentiment(parseSmsa(read('smsa/valid_preprocess.tsv')), analyze),
  emotValid: scoreEmotion(parseEmot(read('emot/valid_preprocess.csv')), analyze),
  nusaxEnValid: scoreSentiment(parseNusax(read('nusax-senti/english/valid.csv')), analyze),
  corpusTestSentiment: corpus.sentiment,
  corpusTestIntents: corpus.intents,
  corpusTestUrgency: corpus.urgency,
  corpusTestEmotion: corpus.emotion,
};
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(22)}${value.toFixed(4)}`);
