// The brand profile as the settings form edits it: every list present, rows with stable
// keys for React, and back to the API's shape with blank rows dropped. The server (the guard
// library's validateBrandProfile) is the judge of what is valid; this only tidies.
import type { BrandProfile, RuleId, SeverityOverride } from '../../../content-guard/guard';

export interface ProductRow {
  key: string;
  name: string;
  aliases: string[];
  limitations: string[];
  requiredDisclaimers: string[];
}

export interface ClaimRow {
  key: string;
  text: string;
  evidence: string;
}

export interface BrandForm {
  name: string;
  products: ProductRow[];
  claims: ClaimRow[];
  bannedWords: string[];
  severityOverrides: Partial<Record<RuleId, SeverityOverride>>;
}

let counter = 0;
export const rowKey = (): string => `row-${(counter += 1)}`;

export const emptyProduct = (): ProductRow => ({ key: rowKey(), name: '', aliases: [], limitations: [], requiredDisclaimers: [] });
export const emptyClaim = (): ClaimRow => ({ key: rowKey(), text: '', evidence: '' });

export function toForm(profile: BrandProfile): BrandForm {
  return {
    name: profile.name ?? '',
    products: (profile.products ?? []).map((p) => ({
      key: rowKey(), name: p.name, aliases: p.aliases ?? [], limitations: p.limitations ?? [], requiredDisclaimers: p.requiredDisclaimers ?? [],
    })),
    claims: (profile.substantiatedClaims ?? []).map((c) => ({ key: rowKey(), text: c.text, evidence: c.evidence })),
    bannedWords: profile.bannedWords ?? [],
    severityOverrides: { ...profile.severityOverrides },
  };
}

const blankProduct = (p: ProductRow) => p.name.trim() === '' && p.aliases.length + p.limitations.length + p.requiredDisclaimers.length === 0;
const blankClaim = (c: ClaimRow) => c.text.trim() === '' && c.evidence.trim() === '';

export function toProfile(form: BrandForm): BrandProfile {
  return {
    ...(form.name.trim() === '' ? {} : { name: form.name.trim() }),
    products: form.products.filter((p) => !blankProduct(p)).map(({ name, aliases, limitations, requiredDisclaimers }) => ({ name, aliases, limitations, requiredDisclaimers })),
    substantiatedClaims: form.claims.filter((c) => !blankClaim(c)).map(({ text, evidence }) => ({ text, evidence })),
    bannedWords: form.bannedWords,
    severityOverrides: form.severityOverrides,
  };
}
