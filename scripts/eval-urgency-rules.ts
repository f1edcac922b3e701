// The urgency RULES alone (no model): a message counts as high when any high-urgency reason
// fires in detectRules. Precision and recall per file, recall per family, and with --misses the
// misses and false alarms. Also the share of SmSA-valid and EmoT-valid texts (long reviews and
// tweets, none of them urgent inbox reports) on which a high-urgency reason fires, and with
// --time the CPU time of detectRules per SmSA-valid text. It never opens a blind set or the
// intent test file: the sets are named below.
//   npx tsx scripts/eval-urgency-rules.ts [--misses] [--time] [--only train7a-inbox,round6-dev]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadedResources } from '../src/analysis/load-models.js';
import { prepareText } from '../src/analysis/pipeline.js';
import { detectRules } from '../src/analysis/rules/detect.js';
import type { RuleText } from '../src/analysis/rules/rule.js';
import { HIGH_URGENCY_REASONS } from '../src/analysis/rules/urgency-rules.js';
import { parseEmot, parseSmsa } from '../src/analysis/training/datasets.js';

const SETS = ['train7a-inbox', 'train7b-inbox', 'train8-inbox', 'train9-inbox', 'train10-inbox', 'train11-inbox', 'train12-inbox', 'train13-inbox', 'train14-inbox', 'train15-inbox', 'train16-inbox', 'train17-inbox', 'train18-inbox', 'train19-inbox', 'train20-inbox', 'train21-inbox', 'train22-inbox', 'train23-inbox', 'urgency-dev', 'round2-dev', 'round5-dev', 'round5b-dev', 'round6-dev', 'round6b-dev', 'round6c-dev', 'intent-train'];
const { values: args } = parseArgs({ options: { misses: { type: 'boolean' }, time: { type: 'boolean' }, only: { type: 'string' } } });
const vocabulary = loadedResources().vocabulary;
const ruleText = (text: string): RuleText => prepareText(text, vocabulary).ruleText;
const highReasons = (text: string): string[] => detectRules(ruleText(text)).urgent.filter((r) => HIGH_URGENCY_REASONS.has(r));

interface Row {
  id: string;
  text: string;
  urgency: string;
  family: string;
}

function readSet(name: string): Row[] {
  const content = readFileSync(new URL(`../corpora/analysis/${name}.jsonl`, import.meta.url), 'utf8');
  return content.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    return { id: String(row.id), text: String(row.text), urgency: String(row.urgency), family: typeof row.family === 'string' ? row.family : '-' };
  });
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const chosen = args.only ? args.only.split(',') : SETS;
for (const name of chosen) {
  if (!SETS.includes(name)) throw new Error(`unknown set ${name} (allowed: ${SETS.join(', ')})`);
  const rows = readSet(name);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byFamily = new Map<string, { found: number; total: number }>();
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const row of rows) {
    const reasons = highReasons(row.text);
    const gold = row.urgency === 'high';
    if (gold) {
      const f = byFamily.get(row.family) ?? { found: 0, total: 0 };
      f.total += 1;
      if (reasons.length > 0) f.found += 1;
      byFamily.set(row.family, f);
    }
    if (gold && reasons.length > 0) tp += 1;
    else if (gold) {
      fn += 1;
      misses.push(`  miss ${row.id} [${row.family}] ${row.text}`);
    } else if (reasons.length > 0) {
      fp += 1;
      alarms.push(`  false alarm ${row.id} [${row.family}] ${row.text} -> ${reasons.join(',')}`);
    }
  }
  const families = [...byFamily].map(([f, s]) => `${f} ${s.found}/${s.total}`).join(', ');
  console.log(`${name} (${rows.length}, TUNING): high P ${fmt(tp / (tp + fp))} R ${fmt(tp / (tp + fn))} (tp ${tp}, fp ${fp}, fn ${fn}) | ${families}`);
  if (args.misses) for (const line of [...misses, ...alarms]) console.log(line);
}

// Long texts with no urgent report among them: how often does a high-urgency reason fire?
const shared = new URL('../../shared/data/nlp/', import.meta.url);
const smsa = parseSmsa(readFileSync(new URL('smsa/valid_preprocess.tsv', shared), 'utf8')).map((r) => r.text);
const emot = parseEmot(readFileSync(new URL('emot/valid_preprocess.csv', shared), 'utf8')).map((r) => r.text);
if (!args.only) {
  for (const [name, texts] of [['SmSA valid', smsa], ['EmoT valid', emot]] as const) {
    const fired = texts.map((t) => [t, highReasons(t)] as const).filter(([, r]) => r.length > 0);
    console.log(`${name}: high reason on ${fired.length}/${texts.length} = ${(fired.length / texts.length).toFixed(4)}`);
    if (args.misses) for (const [t, r] of fired) console.log(`  fires ${r.join(',')}: ${t.slice(0, 220)}`);
  }
}

if (args.time) {
  // detectRules alone, on prepared texts (preparation is not the rules' cost): a warm pass, then three.
  const prepared = smsa.map(ruleText);
  for (const text of prepared) detectRules(text);
  const runs: string[] = [];
  for (let run = 0; run < 3; run += 1) {
    const start = process.cpuUsage();
    for (const text of prepared) detectRules(text);
    const used = process.cpuUsage(start);
    runs.push(((used.user + used.system) / prepared.length).toFixed(2));
  }
  console.log(`detectRules CPU µs per SmSA-valid text (${prepared.length} texts, 3 runs): ${runs.join(' / ')}`);
}
