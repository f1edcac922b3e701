// Editing first-response targets: the form's rules, apart from the widgets, so they can be tested.
import type { BusinessHours, PolicyIntent, ResponsePolicy, ResponseTarget } from '../../../api/inboxTypes';

export const policyIntents: readonly PolicyIntent[] = ['urgent', 'complaint', 'question', 'purchase_intent', 'other'];
export const MAX_TARGET_MINUTES = 7 * 24 * 60;
export const defaultBusinessHours: BusinessHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

const CLOCK = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export type PolicyProblem = 'minutes' | 'duplicate' | 'hours';

/** What stops the policy from being saved, if anything (the server would refuse it too). */
export function policyProblems(policy: ResponsePolicy): PolicyProblem[] {
  const problems = new Set<PolicyProblem>();
  const seen = new Set<string>();
  for (const target of policy.targets) {
    if (!Number.isInteger(target.minutes) || target.minutes < 1 || target.minutes > MAX_TARGET_MINUTES) problems.add('minutes');
    const key = `${target.network}/${target.intent}`;
    if (seen.has(key)) problems.add('duplicate');
    seen.add(key);
  }
  const hours = policy.businessHours;
  if (hours !== null && (hours.days.length === 0 || !CLOCK.test(hours.start) || !CLOCK.test(hours.end) || hours.start >= hours.end)) problems.add('hours');
  return [...problems];
}

/** A new row: the first intent not yet covered for every network, so it is not a duplicate. */
export function nextTarget(targets: readonly ResponseTarget[]): ResponseTarget {
  const covered = new Set(targets.filter((target) => target.network === '*').map((target) => target.intent));
  return { network: '*', intent: policyIntents.find((intent) => !covered.has(intent)) ?? 'other', minutes: 30 };
}
