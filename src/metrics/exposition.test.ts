import { describe, expect, it } from 'vitest';
import { parseExposition, sampleValue } from '../test-support/prometheus-text.js';
import { MetricsRegistry } from './exposition.js';

describe('the text exposition format', () => {
  it('writes counters, gauges and cumulative histograms a strict reader accepts', () => {
    const registry = new MetricsRegistry();
    const requests = registry.counter('app_requests_total', 'Requests.\nSecond line', ['route']);
    const depth = registry.gauge('app_depth', 'Depth.');
    const latency = registry.histogram('app_latency_seconds', 'Latency.', ['route'], [0.1, 1]);
    requests.inc({ route: '/a "quoted" \\ path\nnext' });
    requests.inc({ route: '/a "quoted" \\ path\nnext' }, 2);
    depth.set({}, 7);
    for (const seconds of [0.05, 0.5, 5]) latency.observe({ route: '/b' }, seconds);

    const text = registry.render();
    expect(text).toContain('# HELP app_requests_total Requests.\\nSecond line');
    const parsed = parseExposition(text);
    expect(parsed.types).toEqual({ app_requests_total: 'counter', app_depth: 'gauge', app_latency_seconds: 'histogram' });
    expect(sampleValue(parsed, 'app_requests_total', { route: '/a "quoted" \\ path\nnext' })).toBe(3);
    expect(sampleValue(parsed, 'app_depth')).toBe(7);
    expect(['0.1', '1', '+Inf'].map((le) => sampleValue(parsed, 'app_latency_seconds_bucket', { route: '/b', le }))).toEqual([1, 2, 3]);
    expect(sampleValue(parsed, 'app_latency_seconds_sum', { route: '/b' })).toBeCloseTo(5.55);
    expect(sampleValue(parsed, 'app_latency_seconds_count', { route: '/b' })).toBe(3);
  });

  it('refuses what Prometheus would refuse', () => {
    const registry = new MetricsRegistry();
    expect(() => registry.counter('bad-name', 'x')).toThrow();
    expect(() => registry.histogram('h', 'x', ['le'], [1])).toThrow();
    registry.counter('c_total', 'x');
    expect(() => registry.counter('c_total', 'x')).toThrow(/twice/);
    expect(() => registry.counter('d_total', 'x').inc({}, -1)).toThrow();
    expect(() => parseExposition('no_type 1\n')).toThrow();
  });
});
