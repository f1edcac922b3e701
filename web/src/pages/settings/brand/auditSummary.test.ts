import { describe, expect, it } from 'vitest';
import { summarizeBrandChanges } from './auditSummary';

describe('summarizeBrandChanges', () => {
  it('lists what changed, part by part', () => {
    const lines = summarizeBrandChanges({
      changes: { productsAdded: ['Serum Cerah C10'], bannedWordsRemoved: ['murah'], severity: { 'PRESSURE.CTA_STACK': { from: 'default', to: 'off' } }, name: { from: null, to: 'Glowria' } },
    });
    expect(lines).toEqual([
      { kind: 'name', items: ['— → Glowria'] },
      { kind: 'productsAdded', items: ['Serum Cerah C10'] },
      { kind: 'bannedWordsRemoved', items: ['murah'] },
      { kind: 'severity', items: ['PRESSURE.CTA_STACK: default → off'] },
    ]);
  });

  it('survives details of an unexpected shape', () => {
    expect(summarizeBrandChanges({ changes: 'x' })).toEqual([]);
    expect(summarizeBrandChanges({})).toEqual([]);
  });
});
