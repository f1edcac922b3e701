// The analysis unit tests' calm look-alikes: every text of an `it.each([...])` list whose test is named
// "stays calm …", "is not high urgency …" or "not high …", and the plain strings of the round-eight
// "calm look-alikes" block. The urgency head's calibration (scripts/calibrate-urgency-lobo.ts) and
// leave-one-batch-out (scripts/lobo-urgency.ts) count how many of them a head calls high, so that a
// threshold is chosen with the same cases `npx vitest run src/analysis` will hold it to. Read from the
// test files themselves, so a look-alike added to a test is counted without a second list to keep.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CALM_LIST = /it\.each\(\[((?:(?!it\.each\().)*?)\]\)\(\s*'(?:stays calm|is not high urgency|not high)[^']*'/gs;
const ROUND_EIGHT_CALM = /describe\('round eight calm look-alikes'.*?it\.each\(\[(.*?)\]\)/s;
// One single-quoted string alone on its line (a list item), with \' escapes.
const LIST_ITEM = /^\s*'((?:[^'\\]|\\.)*)',?\s*$/gm;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const itemsOf = (list: string): string[] => [...list.matchAll(LIST_ITEM)].map((m) => (m[1] ?? '').replace(/\\'/g, "'"));

/** The calm look-alike texts of the unit tests under `folder` (src/analysis), in file order, each once. */
export function unitTestLookalikes(folder: string): string[] {
  const texts: string[] = [];
  for (const file of testFiles(folder).sort()) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(CALM_LIST)) texts.push(...itemsOf(match[1] ?? ''));
    const roundEight = ROUND_EIGHT_CALM.exec(source);
    if (roundEight) texts.push(...itemsOf(roundEight[1] ?? ''));
  }
  return [...new Set(texts)];
}
