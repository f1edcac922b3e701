// The brand profile (Settings → Brand): what the brand knows about its own products and
// claims. Plain data so it can be stored as JSON, audited, and sent to the browser.
import { RULE_IDS, type RuleId, type Severity } from '../types.js';

export interface BrandProduct {
  /** How posts name it ("Serum Cerah C10"). Matched case- and spelling-insensitively. */
  name: string;
  /** Other names and short forms ("C10 serum", "serum cerah"). */
  aliases?: string[];
  /** Known limitations the reader must be told ("tidak untuk kulit luka", "pengiriman hanya Pulau Jawa"). */
  limitations?: string[];
  /** Disclaimers a promoting post must carry ("hasil bisa berbeda pada tiap orang"). */
  requiredDisclaimers?: string[];
}

export interface SubstantiatedClaim {
  /** The claim as the brand writes it ("terlaris di kategori serum"). */
  text: string;
  /** What backs it: a registration or certificate number, a survey, a sales report. */
  evidence: string;
}

export type SeverityOverride = Severity | 'off';

export interface BrandProfile {
  /** Brand name, for messages. */
  name?: string;
  products?: BrandProduct[];
  substantiatedClaims?: SubstantiatedClaim[];
  /** Words and phrases the brand never uses; each occurrence is a BRAND.BANNED_WORD finding. */
  bannedWords?: string[];
  /** Per-rule severity, or 'off' to silence a rule for this brand. */
  severityOverrides?: Partial<Record<RuleId, SeverityOverride>>;
}

export const EMPTY_BRAND_PROFILE: Readonly<BrandProfile> = Object.freeze({
  products: [],
  substantiatedClaims: [],
  bannedWords: [],
  severityOverrides: {},
});

/** A profile with every list present, so callers can edit it without undefined checks. */
export function defaultBrandProfile(): Required<Omit<BrandProfile, 'name'>> & Pick<BrandProfile, 'name'> {
  return { products: [], substantiatedClaims: [], bannedWords: [], severityOverrides: {} };
}

export const SEVERITY_OVERRIDES: readonly SeverityOverride[] = ['info', 'warn', 'block', 'off'];
export const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);
