import { describe, expect, it } from 'vitest';
import { priorityParts, priorityScore, urgentBecauseIn, type PriorityInput } from './priority.js';
import type { MessageUnderstanding } from './understanding.js';

const minute = 60_000;

function understood(overrides: Partial<MessageUnderstanding> = {}): MessageUnderstanding {
  return { language: 'id', sentiment: { label: 'neutral' }, emotion: { label: 'none' }, intents: [], urgency: 'normal', ...overrides };
}

function score(overrides: Partial<PriorityInput>): number {
  return priorityScore(priorityParts({ understanding: understood(), waitedMs: 0, msToTarget: 15 * minute, vip: false, ...overrides }));
}

describe('inbox priority', () => {
  it('names every part of the score', () => {
    const parts = priorityParts({ understanding: understood({ intents: ['complaint'], sentiment: { label: 'negative' } }), waitedMs: 30 * minute, msToTarget: -minute, vip: true });
    expect(parts.map((part) => part.reason)).toEqual(['awaiting_reply', 'complaint', 'negative_emotion', 'waiting', 'breaching', 'vip']);
  });

  it('puts a fresh question above praise or a sigh that has waited past its target', () => {
    const freshQuestion = score({ understanding: understood({ intents: ['question'] }) });
    const oldSigh = score({ understanding: understood({ emotion: { label: 'sadness' } }), waitedMs: 26 * 60 * minute, msToTarget: -2 * 60 * minute });
    const oldPraise = score({ understanding: understood({ intents: ['praise'] }), waitedMs: 26 * 60 * minute, msToTarget: -2 * 60 * minute });
    expect(freshQuestion).toBeGreaterThan(oldSigh);
    expect(freshQuestion).toBeGreaterThan(oldPraise);
  });

  it('lets a question that waited rise above a fresh one, and an urgent matter above both', () => {
    const fresh = score({ understanding: understood({ intents: ['question'] }) });
    const waited = score({ understanding: understood({ intents: ['question'] }), waitedMs: 20 * minute, msToTarget: -5 * minute });
    const urgent = score({ understanding: understood({ urgency: 'high', intents: ['complaint'] }) });
    expect(waited).toBeGreaterThan(fresh);
    expect(urgent).toBeGreaterThan(waited);
  });

  it('sinks spam below everything answered', () => {
    expect(score({ understanding: understood({ intents: ['spam', 'question'] }), waitedMs: 60 * minute })).toBeLessThan(0);
  });

  it('puts any urgent matter above the busiest conversation that is not urgent, and says why', () => {
    const busiest = score({ understanding: understood({ intents: ['complaint', 'question', 'purchase_intent'], sentiment: { label: 'negative' } }), waitedMs: 60 * minute, msToTarget: -minute, vip: true });
    const parts = priorityParts({ understanding: understood({ urgency: 'high', reasons: ['asks_question', 'health_risk'] }), waitedMs: 0, msToTarget: 15 * minute, vip: false });
    expect(priorityScore(parts)).toBeGreaterThan(busiest);
    expect(parts.find((part) => part.reason === 'urgent')?.because).toEqual(['health_risk']);
  });

  it('keeps why a conversation is urgent when the score is counted again without the message', () => {
    const stored = JSON.stringify([{ reason: 'urgent', points: 200, because: ['data_leak'] }]);
    expect(urgentBecauseIn(stored)).toEqual(['data_leak']);
    expect(urgentBecauseIn('not json')).toEqual([]);
    const parts = priorityParts({ understanding: understood({ urgency: 'high' }), waitedMs: 0, msToTarget: null, vip: false, urgentBecause: urgentBecauseIn(stored) });
    expect(parts.find((part) => part.reason === 'urgent')?.because).toEqual(['data_leak']);
  });
});
