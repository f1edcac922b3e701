// Pacing rules: pure functions over recent outbound history.
export { holdForPacing } from './hold.js';
export { sameTextKey } from './text-key.js';
export {
  DEFAULT_PACING_POLICY, resolvePacingPolicy, type OutboundItem, type PacingDecision, type PacingPolicy, type PacingPolicyInput, type PacingRule, type ProposedSend, type RateLimit,
} from './policy.js';
