// Round seven's guard for the high-urgency head: the share of SmSA valid (restaurant and
// product reviews) and EmoT valid (tweets) texts that analyze() calls high (they should not
// grow), the corpus test urgency macro-F1 (report only, never tuned on) and the urgency dev
// sets' high precision/recall (tuning figures). It opens no blind set.
//   npx tsx scripts/eval-urgency-false-alarms.ts
import { readFileSync } from 'node:fs';
import { analyze, loadAnalysisModels } from '../src/analysis/index.js';
import { parseCorpus } from '../src/analysis/training/corpus.js';
import { parseEmot, parseSmsa } from '../src/analysis/training/datasets.js';
import { scoreCorpus } from '../src/analysis/training/evaluate.js';

const root = new URL('../', import.meta.url);
const data = new URL('../shared/data/nlp/', root);
loadAnalysisModels();
const share = (texts: readonly string[]): string => {
  const high = texts.filter((t) => analyze(t).urgency === 'high').length;
  return `${high}/${texts.length} = ${((100 * high) / texts.length).toFixed(2)} %`;
};
console.log(`high on SmSA valid: ${share(parseSmsa(readFileSync(new URL('smsa/valid_preprocess.tsv', data), 'utf8')).map((r) => r.text))}`);
console.log(`high on EmoT valid: ${share(parseEmot(readFileSync(new URL('emot/valid_preprocess.csv', data), 'utf8')).map((r) => r.text))}`);
const corpus = parseCorpus(readFileSync(new URL('corpora/analysis/intent-test.jsonl', root), 'utf8'));
console.log(`corpus test urgency macro-F1 (report): ${scoreCorpus(corpus, analyze).urgency.toFixed(3)}`);
