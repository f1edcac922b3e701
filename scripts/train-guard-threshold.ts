// The learned second opinion's threshold per category, chosen out-of-fold on the training
// drafts. The rule was fixed before any result was looked at (round seven):
//   on a grid 0.500, 0.525, …, 0.975, a threshold t is acceptable when, counting the rules'
//   findings plus the model's extra findings (drafts no rule of the category found, with an
//   out-of-fold probability ≥ t), the category's overall precision is ≥ 0.96 AND the extras'
//   own precision is ≥ 0.80 (so the model cannot hide behind the rules' many true findings);
//   the threshold is the lowest t from which every higher grid point is acceptable too (a
//   stable region, not a lucky dip). If 0.975 is not acceptable, the model stays silent (1).
// Why these numbers: the target is precision ≥ 0.95 on a new writer's drafts, where the rules
// alone run at 0.97; extras at 0.80 that add a few points of recall keep it above 0.95.

export interface Outcome {
  /** The draft is labelled with the category. */
  label: boolean;
  /** A rule of the category fired on it. */
  rule: boolean;
  /** The model's out-of-fold probability. */
  p: number;
}

export interface Figures { precision: number; recall: number }

export interface ThresholdChoice {
  threshold: number;
  rules: Figures;
  combined: Figures;
  extras: { tp: number; fp: number };
}

export const OVERALL_PRECISION = 0.96;
export const EXTRAS_PRECISION = 0.8;
const GRID = Array.from({ length: 20 }, (_, i) => Math.round((0.5 + i * 0.025) * 1000) / 1000);

function at(outcomes: readonly Outcome[], t: number): ThresholdChoice {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rtp = 0;
  let rfp = 0;
  let etp = 0;
  let efp = 0;
  for (const o of outcomes) {
    const extra = !o.rule && o.p >= t;
    if (o.rule) {
      if (o.label) rtp++;
      else rfp++;
    }
    if (extra) {
      if (o.label) etp++;
      else efp++;
    }
    const flagged = o.rule || extra;
    if (flagged && o.label) tp++;
    else if (flagged) fp++;
    else if (o.label) fn++;
  }
  const positives = tp + fn;
  return {
    threshold: t,
    rules: { precision: rtp / (rtp + rfp), recall: rtp / positives },
    combined: { precision: tp / (tp + fp), recall: tp / positives },
    extras: { tp: etp, fp: efp },
  };
}

const acceptable = (c: ThresholdChoice): boolean =>
  c.combined.precision >= OVERALL_PRECISION && (c.extras.tp + c.extras.fp === 0 || c.extras.tp / (c.extras.tp + c.extras.fp) >= EXTRAS_PRECISION);

/** The threshold by the rule above, or the figures at a given threshold. */
export function chooseThreshold(outcomes: readonly Outcome[], fixed?: number): ThresholdChoice {
  if (fixed !== undefined) return at(outcomes, fixed);
  let chosen = at(outcomes, 1);
  for (let i = GRID.length - 1; i >= 0; i--) {
    const c = at(outcomes, GRID[i] ?? 1);
    if (!acceptable(c)) break;
    chosen = c;
  }
  return chosen;
}
