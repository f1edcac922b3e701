// Public entry of the content guard (issue 4; rules in TRUST-RULES.md). Pure TypeScript:
// no Node APIs, no I/O, no imports from the app, so the server, the CLI and the web
// composer all run the very same check.
export { check, hasBlocking, type CheckOptions } from './check.js';
export { RULE_IDS, type Category, type ContentKind, type Finding, type GuardResult, type LocalizedText, type RuleId, type Severity, type SoftSellReason } from './types.js';
export { RULES, ruleMeta } from './rules/catalog.js';
export type { RuleMeta } from './rules/meta.js';
export {
  EMPTY_BRAND_PROFILE, defaultBrandProfile, type BrandProduct, type BrandProfile, type SeverityOverride, type SubstantiatedClaim,
} from './brand/profile.js';
export { validateBrandProfile, type BrandProfileValidation } from './brand/validate.js';
export {
  DEFAULT_PACING_POLICY, holdForPacing, resolvePacingPolicy, sameTextKey, type OutboundItem, type PacingDecision, type PacingPolicy, type PacingPolicyInput, type PacingRule, type ProposedSend, type RateLimit,
} from './pacing/index.js';
