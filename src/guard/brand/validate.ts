// Validation for profiles that come from a form, an API body or the database, so the
// check never runs on a half-formed profile. Returns every problem, with its path.
import type { RuleId } from '../types.js';
import { KNOWN_RULES, SEVERITY_OVERRIDES, type BrandProduct, type BrandProfile, type SeverityOverride, type SubstantiatedClaim } from './profile.js';

export type BrandProfileValidation = { ok: true; profile: BrandProfile } | { ok: false; errors: string[] };

const LIMITS = { text: 500, list: 500 } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, path: string, errors: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${path}: must be a list of strings`);
    return [];
  }
  if (value.length > LIMITS.list) errors.push(`${path}: at most ${LIMITS.list} entries`);
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') errors.push(`${path}[${i}]: must be a non-empty string`);
    else if (item.length > LIMITS.text) errors.push(`${path}[${i}]: at most ${LIMITS.text} characters`);
    else out.push(item.trim());
  });
  return out;
}

function requiredText(value: unknown, path: string, errors: string[]): string {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(`${path}: required`);
    return '';
  }
  if (value.length > LIMITS.text) errors.push(`${path}: at most ${LIMITS.text} characters`);
  return value.trim();
}

function products(value: unknown, errors: string[]): BrandProduct[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push('products: must be a list');
    return [];
  }
  return value.map((item: unknown, i): BrandProduct => {
    const p = isRecord(item) ? item : {};
    if (!isRecord(item)) errors.push(`products[${i}]: must be an object`);
    return {
      name: requiredText(p.name, `products[${i}].name`, errors),
      aliases: stringList(p.aliases, `products[${i}].aliases`, errors),
      limitations: stringList(p.limitations, `products[${i}].limitations`, errors),
      requiredDisclaimers: stringList(p.requiredDisclaimers, `products[${i}].requiredDisclaimers`, errors),
    };
  });
}

function claims(value: unknown, errors: string[]): SubstantiatedClaim[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push('substantiatedClaims: must be a list');
    return [];
  }
  return value.map((item: unknown, i) => {
    const c = isRecord(item) ? item : {};
    return { text: requiredText(c.text, `substantiatedClaims[${i}].text`, errors), evidence: requiredText(c.evidence, `substantiatedClaims[${i}].evidence`, errors) };
  });
}

function overrides(value: unknown, errors: string[]): Partial<Record<RuleId, SeverityOverride>> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    errors.push('severityOverrides: must be an object of rule id → severity');
    return {};
  }
  const out: Partial<Record<RuleId, SeverityOverride>> = {};
  for (const [rule, severity] of Object.entries(value)) {
    if (!KNOWN_RULES.has(rule)) errors.push(`severityOverrides.${rule}: unknown rule id`);
    else if (!SEVERITY_OVERRIDES.includes(severity as SeverityOverride)) errors.push(`severityOverrides.${rule}: must be info, warn, block or off`);
    else out[rule as RuleId] = severity as SeverityOverride;
  }
  return out;
}

/** Check an untrusted value and return a clean BrandProfile (trimmed, lists present) or the errors. */
export function validateBrandProfile(input: unknown): BrandProfileValidation {
  const errors: string[] = [];
  if (!isRecord(input)) return { ok: false, errors: ['profile: must be an object'] };
  const profile: BrandProfile = {
    products: products(input.products, errors),
    substantiatedClaims: claims(input.substantiatedClaims, errors),
    bannedWords: stringList(input.bannedWords, 'bannedWords', errors),
    severityOverrides: overrides(input.severityOverrides, errors),
  };
  if (input.name !== undefined) profile.name = requiredText(input.name, 'name', errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile };
}
