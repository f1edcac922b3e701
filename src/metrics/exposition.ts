// A small Prometheus registry writing the text exposition format (version 0.0.4): counters,
// gauges and histograms with labels. Written here because prom-client is not a dependency;
// it covers what Sapa reports, nothing more (no summaries, no exemplars).

export type Labels = Record<string, string>;

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function escapeLabelValue(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
}

function escapeHelp(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}

/** Series are keyed by their label values in the declared order, so label order never splits one. */
abstract class Family<Series> {
  protected readonly series = new Map<string, { labels: Labels; value: Series }>();

  constructor(readonly name: string, readonly help: string, readonly labelNames: readonly string[]) {
    if (!metricName.test(name)) throw new Error(`bad metric name ${name}`);
    for (const label of labelNames) if (!labelName.test(label) || label === 'le') throw new Error(`bad label name ${label}`);
  }

  abstract readonly type: 'counter' | 'gauge' | 'histogram';

  protected seriesFor(labels: Labels, fresh: () => Series): { labels: Labels; value: Series } {
    const ordered: Labels = {};
    for (const label of this.labelNames) ordered[label] = labels[label] ?? '';
    const key = JSON.stringify(Object.values(ordered));
    let entry = this.series.get(key);
    if (entry === undefined) {
      entry = { labels: ordered, value: fresh() };
      this.series.set(key, entry);
    }
    return entry;
  }

  protected abstract sampleLines(): string[];

  render(): string {
    return [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`, ...this.sampleLines()].join('\n');
  }
}

export class Counter extends Family<{ total: number }> {
  readonly type = 'counter';

  inc(labels: Labels = {}, by = 1): void {
    if (!(by >= 0)) throw new Error(`${this.name}: a counter only goes up`);
    this.seriesFor(labels, () => ({ total: 0 })).value.total += by;
  }

  protected sampleLines(): string[] {
    return [...this.series.values()].map(({ labels, value }) => `${this.name}${labelText(labels)} ${formatValue(value.total)}`);
  }
}

export class Gauge extends Family<{ current: number }> {
  readonly type = 'gauge';

  set(labels: Labels, value: number): void {
    this.seriesFor(labels, () => ({ current: 0 })).value.current = value;
  }

  protected sampleLines(): string[] {
    return [...this.series.values()].map(({ labels, value }) => `${this.name}${labelText(labels)} ${formatValue(value.current)}`);
  }
}

interface HistogramSeries {
  /** Per bucket (not cumulative); the last is +Inf. */
  counts: number[];
  sum: number;
  count: number;
}

export class Histogram extends Family<HistogramSeries> {
  readonly type = 'histogram';
  private readonly bounds: readonly number[];

  constructor(name: string, help: string, labelNames: readonly string[], buckets: readonly number[]) {
    super(name, help, labelNames);
    this.bounds = [...buckets].sort((a, b) => a - b);
  }

  observe(labels: Labels, value: number): void {
    const series = this.seriesFor(labels, () => ({ counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0, count: 0 })).value;
    const index = this.bounds.findIndex((bound) => value <= bound);
    const slot = index === -1 ? this.bounds.length : index;
    series.counts[slot] = (series.counts[slot] ?? 0) + 1;
    series.sum += value;
    series.count += 1;
  }

  protected sampleLines(): string[] {
    const lines: string[] = [];
    for (const { labels, value } of this.series.values()) {
      let cumulative = 0;
      [...this.bounds, Infinity].forEach((bound, index) => {
        cumulative += value.counts[index] ?? 0;
        lines.push(`${this.name}_bucket${labelText({ ...labels, le: formatValue(bound) })} ${cumulative}`);
      });
      lines.push(`${this.name}_sum${labelText(labels)} ${formatValue(value.sum)}`, `${this.name}_count${labelText(labels)} ${value.count}`);
    }
    return lines;
  }
}

export type MetricFamily = Counter | Gauge | Histogram;

export class MetricsRegistry {
  private readonly families = new Map<string, MetricFamily>();

  private add<T extends MetricFamily>(family: T): T {
    if (this.families.has(family.name)) throw new Error(`metric ${family.name} registered twice`);
    this.families.set(family.name, family);
    return family;
  }

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.add(new Counter(name, help, labelNames));
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    return this.add(new Gauge(name, help, labelNames));
  }

  histogram(name: string, help: string, labelNames: readonly string[], buckets: readonly number[]): Histogram {
    return this.add(new Histogram(name, help, labelNames, buckets));
  }

  /** The whole registry in the text format, each family once, ending with a newline. */
  render(): string {
    return [...this.families.values()].map((family) => family.render()).join('\n') + '\n';
  }
}

export const exposedContentType = 'text/plain; version=0.0.4; charset=utf-8';
