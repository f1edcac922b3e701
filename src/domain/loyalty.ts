// Loyalty from what a contact has done with the brand: how often they come back and how
// they feel. Kept simple and explainable; Insights builds on the same tiers.
export type LoyaltyTier = 'new' | 'returning' | 'loyal';

export interface LoyaltyInput {
  messageCount: number;
  conversationCount: number;
  firstSeenAt: number;
  sentiments: Array<string | null>;
  now: number;
}

export function loyaltyOf(input: LoyaltyInput): { tier: LoyaltyTier; positiveShare: number | null } {
  const known = input.sentiments.filter((sentiment): sentiment is string => sentiment !== null);
  const positiveShare = known.length === 0 ? null : Math.round((known.filter((s) => s === 'positive').length / known.length) * 100) / 100;
  const monthsKnown = (input.now - input.firstSeenAt) / (30 * 24 * 3600_000);
  const tier: LoyaltyTier = input.conversationCount >= 3 && (input.messageCount >= 6 || monthsKnown >= 1) ? 'loyal'
    : input.conversationCount >= 2 || input.messageCount >= 3 ? 'returning' : 'new';
  return { tier, positiveShare };
}
