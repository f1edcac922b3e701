import { describe, expect, it } from 'vitest';
import { nextStage, noFacts, withMessage, type LoyaltyFacts, type LoyaltyStage } from './loyalty-ladder.js';

function replay(messages: Array<{ sentiment: string; praise?: boolean; newDay?: boolean }>): { stage: LoyaltyStage; facts: LoyaltyFacts; stages: LoyaltyStage[] } {
  let facts = noFacts;
  let stage: LoyaltyStage | null = null;
  const stages: LoyaltyStage[] = [];
  for (const message of messages) {
    facts = withMessage(facts, { sentiment: message.sentiment, praise: message.praise ?? false, newDay: message.newDay ?? true });
    stage = nextStage(stage, facts);
    stages.push(stage);
  }
  return { stage: stage ?? 'new', facts, stages };
}

describe('loyalty ladder', () => {
  it('climbs new → engaged → loyal → advocate with repeat positive visits', () => {
    const { stages } = replay([
      { sentiment: 'positive' },
      { sentiment: 'positive' },
      { sentiment: 'positive', praise: true },
      { sentiment: 'positive', praise: true },
    ]);
    expect(stages).toEqual(['new', 'engaged', 'loyal', 'advocate']);
  });

  it('counts several messages on one day as engaged, not loyal', () => {
    const { stage } = replay([{ sentiment: 'positive' }, { sentiment: 'positive', newDay: false }, { sentiment: 'positive', newDay: false }]);
    expect(stage).toBe('engaged');
  });

  it('puts a loyal contact at risk after two negative messages and back after a positive one', () => {
    const loyal = [{ sentiment: 'positive' }, { sentiment: 'positive' }, { sentiment: 'positive' }, { sentiment: 'positive' }];
    expect(replay([...loyal, { sentiment: 'negative' }]).stage).not.toBe('at_risk');
    expect(replay([...loyal, { sentiment: 'negative' }, { sentiment: 'negative' }]).stage).toBe('at_risk');
    expect(replay([...loyal, { sentiment: 'negative' }, { sentiment: 'negative' }, { sentiment: 'neutral' }]).stage).toBe('at_risk');
    expect(replay([...loyal, { sentiment: 'negative' }, { sentiment: 'negative' }, { sentiment: 'positive' }]).stage).not.toBe('at_risk');
  });

  it('never calls a newcomer who complains twice at risk', () => {
    expect(replay([{ sentiment: 'negative' }, { sentiment: 'negative' }]).stage).toBe('engaged');
  });
});
