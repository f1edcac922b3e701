import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/index.js';
import { parseEmot, parseSmsa } from '../src/analysis/training/datasets.js';
const data = new URL('../shared/data/nlp/', new URL('../', import.meta.url));
const texts = [...parseSmsa(readFileSync(new URL('smsa/valid_preprocess.tsv', data), 'utf8')), ...parseEmot(readFileSync(new URL('emot/valid_preprocess.csv', data), 'utf8'))].map((r) => r.text);
for (const t of texts) { const a = analyze(t); if (a.urgency === 'high') console.log(`${a.reasons.join(',')}\t${t.slice(0, 160)}`); }
