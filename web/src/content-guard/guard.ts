// The content guard is a pure library (src/guard): the browser runs the very same check as
// the server, on every keystroke, without a round-trip. One import point for the web app.
export { check, hasBlocking, RULES, type BrandProfile, type Finding, type GuardResult, type LocalizedText, type RuleId, type Severity, type SeverityOverride } from '../../../src/guard/index.js';
