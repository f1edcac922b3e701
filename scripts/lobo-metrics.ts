// Ranking measures shared by the leave-one-batch-out scripts (lobo-guard.ts, lobo-guard-heads.ts).

/** A draft's gold label and the model's probability for it. */
export interface Ranked { label: boolean; p: number }

/** The best recall over cuts of the ranking whose precision is at least `floor` (ties cut together). */
export function recallAtPrecision(scored: readonly Ranked[], floor: number): number {
  const ranked = [...scored].sort((a, b) => b.p - a.p);
  const positives = ranked.filter((s) => s.label).length;
  let tp = 0;
  let best = 0;
  for (let i = 0; i < ranked.length; i++) {
    if (ranked[i]?.label === true) tp++;
    if (i + 1 < ranked.length && ranked[i + 1]?.p === ranked[i]?.p) continue;
    if (tp / (i + 1) >= floor) best = Math.max(best, tp / Math.max(1, positives));
  }
  return best;
}

export function averagePrecision(scored: readonly Ranked[]): number {
  const ranked = [...scored].sort((a, b) => b.p - a.p);
  let hits = 0;
  let sum = 0;
  ranked.forEach((s, i) => {
    if (!s.label) return;
    hits++;
    sum += hits / (i + 1);
  });
  return sum / Math.max(1, hits);
}

