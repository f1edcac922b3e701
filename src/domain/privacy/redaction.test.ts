import { describe, expect, it } from 'vitest';
import { labelsOnlyAnalysis } from './redaction.js';

describe('labelsOnlyAnalysis', () => {
  it('keeps the labels counts rest on and drops what comes from the words', () => {
    const stored = JSON.stringify({
      language: 'id', sentiment: { label: 'negative', scores: { negative: 0.9 } }, emotion: { label: 'anger', score: 0.8 },
      intents: ['complaint'], urgency: 'high', reasons: ['mentions_order'], keywords: ['paket', 'dewi'],
      pii: [{ kind: 'phone', start: 3, end: 15, text: '081234567890' }], truncated: false,
    });
    const reduced = labelsOnlyAnalysis(stored);
    expect(JSON.parse(reduced ?? 'null')).toEqual({ language: 'id', sentiment: { label: 'negative' }, emotion: { label: 'anger' }, intents: ['complaint'], urgency: 'high' });
    expect(reduced).not.toContain('0812');
    expect(reduced).not.toContain('dewi');
  });

  it('leaves no analysis as none and turns unreadable JSON into none', () => {
    expect(labelsOnlyAnalysis(null)).toBeNull();
    expect(labelsOnlyAnalysis('{broken')).toBeNull();
    expect(labelsOnlyAnalysis('"text"')).toBeNull();
  });
});
