// Small statistics the Insights scores share. Pure: no I/O, nothing from the app.

/** The q-quantile (0..1) of the values by linear interpolation; null for no values. */
export function quantile(values: readonly number[], q: number): number | null {
  return quantileOfSorted(sortedNumbers(values), q);
}

/** A sorted copy; a typed array sorts numbers natively, several times faster than a comparator. */
export function sortedNumbers(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

export function quantileOfSorted(sorted: Float64Array, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/**
 * Wilson score interval bound for a share of `hits` in `trials`; z = 3.29 is a one-sided
 * 0.05% test. Small counts get wide intervals, so a lower bound ranks them below steady ones.
 */
export function wilsonBounds(hits: number, trials: number, z = 3.29): { low: number; high: number } {
  if (trials <= 0) return { low: 0, high: 1 };
  const share = hits / trials;
  const z2 = z * z;
  const centre = share + z2 / (2 * trials);
  const spread = z * Math.sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  return { low: Math.max(0, (centre - spread) / denominator), high: Math.min(1, (centre + spread) / denominator) };
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/**
 * P(X >= hits) for X ~ Binomial(trials, share), summed in log space so a storm of hundreds
 * of messages neither underflows nor overflows. Windows hold at most a few thousand messages.
 */
export function binomialUpperTail(hits: number, trials: number, share: number): number {
  if (hits <= 0) return 1;
  if (hits > trials) return 0;
  if (share <= 0) return 0;
  if (share >= 1) return 1;
  const logShare = Math.log(share);
  const logRest = Math.log(1 - share);
  let logChoose = logFactorial(trials) - logFactorial(hits) - logFactorial(trials - hits);
  let total = 0;
  for (let k = hits; k <= trials; k++) {
    total += Math.exp(logChoose + k * logShare + (trials - k) * logRest);
    // C(n, k+1) = C(n, k) · (n - k) / (k + 1)
    logChoose += Math.log(trials - k) - Math.log(k + 1);
  }
  return Math.min(1, total);
}
