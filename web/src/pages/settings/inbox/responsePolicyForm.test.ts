import { describe, expect, it } from 'vitest';
import { nextTarget, policyProblems } from './responsePolicyForm';

describe('policyProblems', () => {
  const base = { targets: [{ network: '*', intent: 'question' as const, minutes: 15 }], businessHours: null, warnBeforeShare: 0.2 };

  it('accepts a sound policy', () => {
    expect(policyProblems(base)).toEqual([]);
    expect(policyProblems({ ...base, businessHours: { days: [1, 5], start: '08:30', end: '17:00' } })).toEqual([]);
  });

  it('refuses bad minutes, duplicate rows and business hours that close before they open', () => {
    expect(policyProblems({ ...base, targets: [{ network: '*', intent: 'question', minutes: 0 }] })).toEqual(['minutes']);
    expect(policyProblems({ ...base, targets: [...base.targets, { network: '*', intent: 'question', minutes: 5 }] })).toEqual(['duplicate']);
    expect(policyProblems({ ...base, businessHours: { days: [1], start: '17:00', end: '09:00' } })).toEqual(['hours']);
    expect(policyProblems({ ...base, businessHours: { days: [], start: '09:00', end: '17:00' } })).toEqual(['hours']);
    expect(policyProblems({ ...base, businessHours: { days: [1], start: '', end: '17:00' } })).toEqual(['hours']);
  });
});

describe('nextTarget', () => {
  it('suggests an intent not yet covered', () => {
    expect(nextTarget([{ network: '*', intent: 'urgent', minutes: 10 }]).intent).toBe('complaint');
  });
});
