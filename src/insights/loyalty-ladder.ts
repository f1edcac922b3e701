// The loyalty ladder: new → engaged → loyal → advocate, and "at risk" when a loyal or advocate
// contact turns negative. Rules are counts an officer can check against the contact's history;
// the rule that placed a contact is returned with the figures so the UI can show it.

export const LOYALTY_STAGES = ['new', 'engaged', 'loyal', 'advocate', 'at_risk'] as const;
export type LoyaltyStage = (typeof LOYALTY_STAGES)[number];

export interface LoyaltyFacts {
  inboundCount: number;
  /** Distinct workspace-local days the contact wrote on. */
  activeDays: number;
  positive: number;
  negative: number;
  praise: number;
  /** Sentiments of the latest messages, newest last. */
  recent: readonly string[];
}

/** Thresholds of each rung: shown beside the stage so the rule is never a mystery. */
export const ladderRules = {
  engaged: { inboundCount: 3, activeDays: 2 },
  loyal: { activeDays: 3, positive: 2, positiveToNegative: 2 },
  advocate: { activeDays: 3, positive: 4, praise: 2, positiveToNegative: 3 },
  atRisk: { negativeInARow: 2 },
} as const;

export const recentKept = 5;

function earnedStage(facts: LoyaltyFacts): Exclude<LoyaltyStage, 'at_risk'> {
  const { advocate, loyal, engaged } = ladderRules;
  if (facts.activeDays >= advocate.activeDays && facts.praise >= advocate.praise && facts.positive >= advocate.positive
    && facts.positive >= advocate.positiveToNegative * facts.negative) return 'advocate';
  if (facts.activeDays >= loyal.activeDays && facts.positive >= loyal.positive && facts.positive >= loyal.positiveToNegative * facts.negative) return 'loyal';
  if (facts.inboundCount >= engaged.inboundCount || facts.activeDays >= engaged.activeDays) return 'engaged';
  return 'new';
}

function turnedNegative(recent: readonly string[]): boolean {
  const last = recent.slice(-ladderRules.atRisk.negativeInARow);
  return last.length === ladderRules.atRisk.negativeInARow && last.every((sentiment) => sentiment === 'negative');
}

/** The stage after the facts changed; `previous` is null for a contact not placed before. */
export function nextStage(previous: LoyaltyStage | null, facts: LoyaltyFacts): LoyaltyStage {
  const earned = earnedStage(facts);
  const wasHigh = previous === 'loyal' || previous === 'advocate' || previous === 'at_risk';
  if ((wasHigh || earned === 'loyal' || earned === 'advocate') && turnedNegative(facts.recent)) return 'at_risk';
  // At risk until the contact is positive again: a neutral message does not win them back.
  if (previous === 'at_risk' && facts.recent.at(-1) !== 'positive') return 'at_risk';
  return earned;
}

/** The facts after one more inbound message. */
export function withMessage(facts: LoyaltyFacts, message: { sentiment: string | null; praise: boolean; newDay: boolean }): LoyaltyFacts {
  return {
    inboundCount: facts.inboundCount + 1,
    activeDays: facts.activeDays + (message.newDay ? 1 : 0),
    positive: facts.positive + (message.sentiment === 'positive' ? 1 : 0),
    negative: facts.negative + (message.sentiment === 'negative' ? 1 : 0),
    praise: facts.praise + (message.praise ? 1 : 0),
    recent: [...facts.recent, message.sentiment ?? 'neutral'].slice(-recentKept),
  };
}

export const noFacts: LoyaltyFacts = { inboundCount: 0, activeDays: 0, positive: 0, negative: 0, praise: 0, recent: [] };
