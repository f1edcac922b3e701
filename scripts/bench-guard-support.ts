// What the guard benchmarks share: the drafts they time and src/guard as it is at a git ref.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The dev and holdout drafts glued and cut to exactly 280 characters, as in eval:guard, so the
 * benchmarks' figures compare with it. One text per draft, in the corpus's order.
 * `devOnly` leaves the holdout file unopened too (for helpers whose rules forbid reading it).
 */
export function benchDrafts(root: string, devOnly = false): string[] {
  const corpus = join(root, 'corpora', 'guard');
  const drafts = readdirSync(corpus)
    // Only the dev and holdout files are read: the blind files are never opened by a benchmark.
    .filter((f) => f === 'dev.jsonl' || (!devOnly && f === 'holdout.jsonl'))
    .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; split?: string })
    .filter((d) => d.split === 'dev' || d.split === 'holdout');
  const texts: string[] = [];
  for (let i = 0; i < drafts.length; i++) {
    let text = '';
    for (let j = i; text.length < 280; j++) text += `${drafts[j % drafts.length]?.text ?? ''} `;
    texts.push(text.slice(0, 280));
  }
  return texts;
}

/** Extracts src/guard as it is at `ref` into `dir` (emptied first); src/guard imports nothing outside itself. */
export function extractGuardAt(root: string, ref: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} src/guard | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
}
