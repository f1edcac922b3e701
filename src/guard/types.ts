// The public contract of the content guard. Field names, rule ids and categories are
// fixed by issue 4 and TRUST-RULES.md: findings are stored, audited and measured by them.

export type Category = 'claim' | 'disclosure' | 'pressure';
export type Severity = 'info' | 'warn' | 'block';
export type ContentKind = 'post' | 'reply';

export const RULE_IDS = [
  'CLAIM.SUPERLATIVE',
  'CLAIM.ABSOLUTE_GUARANTEE',
  'CLAIM.PURITY_100',
  'CLAIM.SAFETY',
  'CLAIM.HEALTH_CURE',
  'CLAIM.UNSUBSTANTIATED_STAT',
  'CLAIM.AUTHORITY_ENDORSEMENT',
  'CLAIM.FAKE_FREE',
  'CLAIM.COMPETITOR_DISPARAGE',
  'CLAIM.TESTIMONIAL',
  'DISCLOSE.TERMS_MISSING',
  'DISCLOSE.LIMITATIONS_RISK',
  'DISCLOSE.FINANCE_RETURN',
  'DISCLOSE.PAID_PARTNERSHIP',
  'DISCLOSE.CHILD_APPEAL',
  'PRESSURE.FAKE_URGENCY',
  'PRESSURE.FAKE_SCARCITY',
  'PRESSURE.CTA_STACK',
  'PRESSURE.FOMO_SHAME',
  'PRESSURE.TYPOGRAPHY',
  // Not in TRUST-RULES.md: fires only for words the brand profile bans.
  'BRAND.BANNED_WORD',
  // Not in TRUST-RULES.md: the learned second opinion (issue 11), only where no rule of the category fired.
  'CLAIM.LEARNED',
  'DISCLOSE.LEARNED',
  'PRESSURE.LEARNED',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Text shown to the officer in both interface languages. */
export interface LocalizedText {
  id: string;
  en: string;
}

export interface Finding {
  rule: RuleId;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the original text, end exclusive (what String#slice takes). */
  start: number;
  end: number;
  /** The original text between start and end. */
  excerpt: string;
  message: LocalizedText;
  /** The regulation, guideline or study the rule rests on. */
  source: string;
  /** An honest rewrite or precise guidance. */
  suggestion: LocalizedText;
}

/** Why the soft-sell score moved; `code` is stable, `delta` is what it added. */
export interface SoftSellReason {
  code: string;
  delta: number;
  message: LocalizedText;
}

export interface GuardResult {
  findings: Finding[];
  /** 0 = hard sell … 100 = soft sell. */
  softSellScore: number;
  softSellReasons: SoftSellReason[];
}
