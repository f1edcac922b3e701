// The shape of one rule's fixed description: what it is, why it exists, how to fix it.
import type { Category, LocalizedText, RuleId, Severity } from '../types.js';

export interface RuleMeta {
  id: RuleId;
  category: Category;
  defaultSeverity: Severity;
  /** Regulation, guideline or study, as TRUST-RULES.md cites it. */
  source: string;
  message: LocalizedText;
  suggestion: LocalizedText;
}
