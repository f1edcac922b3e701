// Every rule's fixed description, by id. The brand rule lives here too so findings stay uniform.
import type { RuleId } from '../types.js';
import { CLAIM_RULES } from './catalog-claim.js';
import { DISCLOSURE_RULES } from './catalog-disclosure.js';
import type { RuleMeta } from './meta.js';
import { PRESSURE_RULES } from './catalog-pressure.js';

const BRAND_RULES: readonly RuleMeta[] = [
  {
    id: 'BRAND.BANNED_WORD', category: 'claim', defaultSeverity: 'warn',
    source: 'Brand profile (words the brand never uses)',
    message: { id: 'Kata ini ada di daftar kata yang tidak dipakai brand.', en: 'This word is on the brand\'s list of words it never uses.' },
    suggestion: { id: 'Ganti dengan kata lain yang sesuai panduan brand.', en: 'Use another word that fits the brand guide.' },
  },
];

export const RULES: readonly RuleMeta[] = [...CLAIM_RULES, ...DISCLOSURE_RULES, ...PRESSURE_RULES, ...BRAND_RULES];

const BY_ID = new Map<RuleId, RuleMeta>(RULES.map((rule) => [rule.id, rule]));

export function ruleMeta(id: RuleId): RuleMeta {
  const meta = BY_ID.get(id);
  if (meta === undefined) throw new Error(`guard: unknown rule ${id}`);
  return meta;
}
