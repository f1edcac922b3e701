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

const LEARNED_SOURCE = 'Learned second opinion: logistic regression trained on the team\'s guard corpora (models/guard); lower confidence than a rule';
const LEARNED_RULES: readonly RuleMeta[] = [
  {
    id: 'CLAIM.LEARNED', category: 'claim', defaultSeverity: 'info', source: LEARNED_SOURCE,
    message: { id: 'Model menduga ada klaim berlebihan yang tidak dikenali aturan (keyakinan lebih rendah).', en: 'A model suspects an over-promising claim no rule recognised (lower confidence).' },
    suggestion: { id: 'Periksa kata-kata yang disebut: bila itu janji, superlatif atau klaim keamanan, sebutkan dasarnya atau lunakkan.', en: 'Check the words named: if they promise, rank or claim safety, name the basis or soften them.' },
  },
  {
    id: 'DISCLOSE.LEARNED', category: 'disclosure', defaultSeverity: 'info', source: LEARNED_SOURCE,
    message: { id: 'Model menduga ada informasi wajib yang belum disebut (keyakinan lebih rendah).', en: 'A model suspects a required disclosure is missing (lower confidence).' },
    suggestion: { id: 'Periksa apakah perlu S&K, periode, risiko, label iklan atau keterbatasan produk.', en: 'Check whether terms, a period, risks, an ad label or the product\'s limitations are needed.' },
  },
  {
    id: 'PRESSURE.LEARNED', category: 'pressure', defaultSeverity: 'info', source: LEARNED_SOURCE,
    message: { id: 'Model menduga ada tekanan untuk membeli (keyakinan lebih rendah).', en: 'A model suspects hard-selling pressure (lower confidence).' },
    suggestion: { id: 'Pertimbangkan satu ajakan yang lembut dan informasi yang jujur, tanpa desakan.', en: 'Consider one gentle invitation and honest information, without pushing.' },
  },
];

export const RULES: readonly RuleMeta[] = [...CLAIM_RULES, ...DISCLOSURE_RULES, ...PRESSURE_RULES, ...BRAND_RULES, ...LEARNED_RULES];

const BY_ID = new Map<RuleId, RuleMeta>(RULES.map((rule) => [rule.id, rule]));

export function ruleMeta(id: RuleId): RuleMeta {
  const meta = BY_ID.get(id);
  if (meta === undefined) throw new Error(`guard: unknown rule ${id}`);
  return meta;
}
