// The urgency head's threshold, calibrated on a fresh writers' batch that neither the rules nor the
// head were tuned or trained on (round seven: train8-inbox, then train10-inbox). Prints, for each
// threshold of the grid, the set's high precision/recall, the head's own additions (right/wrong)
// and how many SmSA-valid + EmoT-valid texts (reviews and tweets, none an urgent inbox report) are
// called high; then the choice of the rule fixed in round seven: the lowest grid threshold at which
// the additions stay >= 90 % right and SmSA + EmoT high grows by at most 0.5 points of their 1,700
// texts over the rules alone. (The unit tests' calm look-alikes are the rule's third condition:
// run `npx vitest run src/analysis` with the chosen value.) It opens no blind set.
//   npx tsx scripts/calibrate-urgency-head.ts --set train13-inbox [--models <dir written by train:analysis --out>]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, loadAnalysisModels } from '../src/analysis/index.js';
import { loadedResources } from '../src/analysis/load-models.js';
import { buildResources, type LexiconFile } from '../src/analysis/resources.js';
import { parseEmot, parseSmsa } from '../src/analysis/training/datasets.js';
import { parseUrgencySet } from '../src/analysis/training/urgency-set.js';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'train13-inbox' }, models: { type: 'string' } } });
const root = new URL('../', import.meta.url);
const data = new URL('../shared/data/nlp/', root);
loadAnalysisModels();
if (values.models) {
  // Weights trained elsewhere (an experiment's --out): swapped into the loaded resources in place.
  const dir = new URL(`file://${values.models.replace(/\/?$/, '/')}`);
  const weights = readFileSync(new URL('weights.bin', dir));
  const lexicon = JSON.parse(readFileSync(new URL('lexicon.json', dir), 'utf8')) as LexiconFile;
  Object.assign(loadedResources(), buildResources(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), lexicon));
}
const resources = loadedResources() as { settings: Record<string, number> };
const base = resources.settings;
const rows = parseUrgencySet(readFileSync(new URL(`corpora/analysis/${values.set}.jsonl`, root), 'utf8'));
const calm = [
  ...parseSmsa(readFileSync(new URL('smsa/valid_preprocess.tsv', data), 'utf8')).map((r) => r.text),
  ...parseEmot(readFileSync(new URL('emot/valid_preprocess.csv', data), 'utf8')).map((r) => r.text),
];

function measure(threshold: number): { high: boolean[]; calmHigh: number } {
  // A new settings object each time: decide() caches its thresholds per settings object.
  resources.settings = { ...base, urgencyHeadThreshold: threshold };
  return { high: rows.map((r) => analyze(r.text).urgency === 'high'), calmHigh: calm.filter((t) => analyze(t).urgency === 'high').length };
}

const rulesOnly = measure(2);
const grid = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55];
const acceptable: number[] = [];
console.log(`${values.set}: ${rows.length} messages, ${rows.filter((r) => r.urgency === 'high').length} high; the head's threshold in the weights: ${base.urgencyHeadThreshold}`);
for (const t of [2, ...grid]) {
  const m = t === 2 ? rulesOnly : measure(t);
  let tp = 0, fp = 0, addRight = 0, addWrong = 0;
  rows.forEach((r, i) => {
    const gold = r.urgency === 'high';
    if (m.high[i]) { if (gold) tp++; else fp++; }
    if (m.high[i] && !rulesOnly.high[i]) { if (gold) addRight++; else addWrong++; }
  });
  const highs = rows.filter((r) => r.urgency === 'high').length;
  const ok = t !== 2 && (addRight + addWrong === 0 || addRight / (addRight + addWrong) >= 0.9) && m.calmHigh - rulesOnly.calmHigh <= 0.005 * calm.length;
  if (ok) acceptable.push(t);
  console.log(`${t === 2 ? 'rules only' : `t ${t.toFixed(2)}`.padEnd(10)}  P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / highs).toFixed(3)}  additions ${addRight}/${addWrong}  SmSA+EmoT high ${m.calmHigh}/${calm.length}${ok ? '  acceptable' : ''}`);
}
console.log(`rule's choice: ${acceptable.length > 0 ? Math.min(...acceptable) : 'none (keep the head silent)'}`);
