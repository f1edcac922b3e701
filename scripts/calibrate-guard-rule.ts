// The written calibration rule of scripts/calibrate-guard-lobo.ts, shared with the screens that compare
// training variants by it (scripts/lobo-guard-extras.ts), so a variant is judged exactly as it would be
// calibrated: pooled held-out outcomes, the model's extras (drafts no rule of the category found), and
// the lowest grid point where (a) extras are at least 80 % right and (b) the category's precision with
// rules and model is at or above the floor, there and at every higher grid point.

export const GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.875, 0.925];

/** One held-out draft of one category: its batch, gold label, whether a rule found it, the model's score. */
export interface Outcome { batch: string; label: boolean; rule: boolean; p: number }

export interface Tally { tp: number; fp: number; fn: number; right: number; wrong: number }

export function tally(list: readonly Outcome[], t: number): Tally {
  const s: Tally = { tp: 0, fp: 0, fn: 0, right: 0, wrong: 0 };
  for (const o of list) {
    const extra = !o.rule && o.p >= t;
    if (o.rule || extra) {
      if (o.label) s.tp++;
      else s.fp++;
    } else if (o.label) s.fn++;
    if (extra) {
      if (o.label) s.right++;
      else s.wrong++;
    }
  }
  return s;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const fmt = (x: number): string => x.toFixed(2);

/** The rule's table for one category (lines to print) and its choice (undefined: none). */
export function calibrate(category: string, list: readonly Outcome[], batches: readonly string[]): { lines: string[]; choice: number | undefined } {
  const rulesOnly = tally(list, Infinity);
  const rulesPrecision = ratio(rulesOnly.tp, rulesOnly.tp + rulesOnly.fp);
  const floor = rulesPrecision >= 0.95 ? 0.95 : rulesPrecision - 0.01;
  const lines = [`\n${category}: rules alone P ${rulesPrecision.toFixed(3)} R ${fmt(ratio(rulesOnly.tp, rulesOnly.tp + rulesOnly.fn))}; precision floor ${floor.toFixed(3)}`];
  const passes = GRID.map((t) => {
    const s = tally(list, t);
    const precision = ratio(s.tp, s.tp + s.fp);
    const perBatch = batches.map((b) => {
      const x = tally(list.filter((o) => o.batch === b), t);
      return `${x.right}/${x.wrong}`;
    });
    lines.push(`  t ${t.toFixed(3)}  P ${precision.toFixed(3)} R ${fmt(ratio(s.tp, s.tp + s.fn))}  extras ${s.right}/${s.wrong} (per batch ${perBatch.join(' ')})`);
    return ratio(s.right, s.right + s.wrong) >= 0.8 && precision >= floor;
  });
  const first = GRID.findIndex((_, i) => passes.slice(i).every(Boolean));
  const choice = first < 0 ? undefined : GRID[first];
  lines.push(`${category}: the rule's choice ${choice === undefined ? 'none' : String(choice)}`);
  return { lines, choice };
}
