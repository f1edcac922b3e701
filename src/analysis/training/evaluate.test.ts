// A small sample of `npm run eval:analysis`, so the evaluation cannot rot: the same scoring
// code on the corpus test split (always) and on the first rows of the shared validation
// sets (when ../shared/data/nlp is present). Floors sit well under the measured scores:
// they catch a broken model or pipeline, not a point of accuracy.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeArgumentsFor } from '../../test-support/child-command.js';
import { analyze } from '../index.js';
import { parseCorpus } from './corpus.js';
import { parseEmot, parseNusax, parseSmsa } from './datasets.js';
import { formatTable, majorityMacroF1, scoreCorpus, scoreEmotion, scoreSentiment } from './evaluate.js';
import { macroF1, multiLabelMacroF1 } from './metrics.js';

const root = new URL('../../../', import.meta.url);
const dataDir = new URL('../shared/data/nlp/', root);
// The script's own default data folder is relative to where it runs from, so the test names it.
const evalScript = fileURLToPath(new URL('scripts/eval-analysis.ts', root));
const hasSharedData = existsSync(new URL('smsa/valid_preprocess.tsv', dataDir));
const read = (path: string, base: URL): string => readFileSync(new URL(path, base), 'utf8');

describe('metrics', () => {
  it('computes macro-F1, counting labels outside the set as errors', () => {
    expect(macroF1(['a', 'b'], ['a', 'b'], ['a', 'b'])).toBe(1);
    expect(macroF1(['a', 'b'], ['a', 'none'], ['a', 'b'])).toBeCloseTo(0.5);
    expect(multiLabelMacroF1([['x'], []], [['x'], ['y']], ['x', 'y'])).toBeCloseTo(0.5);
    expect(majorityMacroF1(['a', 'a', 'b'], ['a', 'b'])).toBeCloseTo(0.4);
  });
});

describe('evaluation sample', () => {
  it('scores the corpus test split above the floors', () => {
    const corpus = parseCorpus(read('corpora/analysis/intent-test.jsonl', root));
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const scores = scoreCorpus(corpus, analyze);
    expect(scores.intents).toBeGreaterThan(0.7);
    expect(scores.urgency).toBeGreaterThan(0.7);
    expect(scores.sentiment).toBeGreaterThan(0.65);
    expect(scores.language).toBeGreaterThan(0.7);
  });

  it.skipIf(!hasSharedData)('scores the first rows of SmSA, EmoT and NusaX English valid above the floors', () => {
    expect(scoreSentiment(parseSmsa(read('smsa/valid_preprocess.tsv', dataDir)).slice(0, 200), analyze)).toBeGreaterThan(0.75);
    expect(scoreEmotion(parseEmot(read('emot/valid_preprocess.csv', dataDir)).slice(0, 200), analyze)).toBeGreaterThan(0.55);
    expect(scoreSentiment(parseNusax(read('nusax-senti/english/valid.csv', dataDir)), analyze)).toBeGreaterThan(0.65);
  });

  it.skipIf(!hasSharedData)('runs the eval script end to end (--quick)', () => {
    const output = execFileSync(process.execPath, [...nodeArgumentsFor(evalScript), '--quick', '--data', fileURLToPath(dataDir)], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(output).toMatch(/SmSA valid/);
    expect(output).toMatch(/EmoT valid/);
    expect(output).toMatch(/messages\/s/);
  }, 120_000);

  it('formats one table row per task', () => {
    const table = formatTable([{ task: 'sentiment', data: 'x', n: 3, ours: 0.9, baseline: { name: 'b', score: 0.5 }, majority: 0.2 }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toMatch(/0\.900 +0\.500 \(b\) +0\.200/);
  });
});

describe('dataset parsers', () => {
  it('reads quoted CSV and the few EmoT rows written with a semicolon', () => {
    const rows = parseEmot('label,tweet\nhappy,"hore, ""menang"""\nanger;kesel banget\n');
    expect(rows).toEqual([
      { label: 'joy', text: 'hore, "menang"' },
      { label: 'anger', text: 'kesel banget' },
    ]);
    expect(parseSmsa('bagus sekali\tpositive\n')).toEqual([{ text: 'bagus sekali', label: 'positive' }]);
  });
});
