// A guaranteed financial return ("keuntungan pasti tiap bulan", "guaranteed monthly
// profit") is two problems at once: a guarantee nobody can give (CLAIM.ABSOLUTE_GUARANTEE)
// and a return promised without the investment-risk disclosure (DISCLOSE.FINANCE_RETURN).
// Either detector may see only its half, depending on word order and language, so
// the pair is completed per sentence: both findings, with one shared explanation.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { allMatches, lazyPhrases } from '../text/pattern.js';
import type { LocalizedText } from '../types.js';
import type { Hit } from './scan.js';

/** Certainty about money: what turns a return into a guaranteed one. */
const CERTAINTY = lazyPhrases([
  'pasti', 'dijamin(?! (?:oleh )?lps)', 'jaminan', 'menjamin', 'guaranteed', 'guarantee', 'assured', 'tanpa risiko', 'bebas risiko', 'no risk', 'zero risk', 'risk-?free',
  'anti (?:rugi|boncos)', 'tanpa rugi', 'tidak (?:mungkin|bakal|akan|pernah) (?:rugi|boncos)', "can't lose", 'cannot lose', 'never lose', 'no loss', 'modal aman',
]);
/** Money gained or at stake: what turns a guarantee into a promised return. */
const MONEY = lazyPhrases([
  'cuan', 'untung', 'keuntungan', 'profit', 'profits', 'returns?', 'imbal hasil', 'passive income', 'penghasilan', 'income', 'dividen', 'dividends?', 'yield',
  'balik modal', 'modal(?! (?:usaha kecil|tampang))', 'rugi', 'boncos', 'capital', 'money(?! back)', 'uang(?! kembali)', 'deposit', 'deposito', 'investasi', 'invest[a-z]*', 'trading', 'saham', 'kripto', 'crypto',
]);

const PAIR_MESSAGES: Record<'CLAIM.ABSOLUTE_GUARANTEE' | 'DISCLOSE.FINANCE_RETURN', LocalizedText> = {
  'CLAIM.ABSOLUTE_GUARANTEE': {
    id: 'Menjanjikan imbal hasil pasti: keuntungan investasi tidak bisa dijamin (temuan ini selalu berpasangan dengan DISCLOSE.FINANCE_RETURN).',
    en: 'Promises a guaranteed return: investment gains cannot be guaranteed (this finding always comes with DISCLOSE.FINANCE_RETURN).',
  },
  'DISCLOSE.FINANCE_RETURN': {
    id: 'Imbal hasil dijanjikan pasti tanpa pengungkapan risiko dan "berizin dan diawasi OJK" (temuan ini selalu berpasangan dengan CLAIM.ABSOLUTE_GUARANTEE).',
    en: 'A return promised as certain, without the risk disclosure and "licensed and supervised by OJK" (this finding always comes with CLAIM.ABSOLUTE_GUARANTEE).',
  },
};

function firstUnnegated(doc: GuardDoc, table: RegExp, start: number, end: number): { start: number; end: number } | undefined {
  for (const m of allMatches(table, doc.text)) {
    if (m.start >= start && m.end <= end && !isNegated(doc, m.start)) return m;
  }
  return undefined;
}

function inRange(h: Hit, start: number, end: number): boolean {
  return h.start >= start && h.start < end;
}

/** Adds the missing half of every guaranteed return and gives both halves the pair's message. */
export function pairGuaranteedReturns(doc: GuardDoc, hits: Hit[]): Hit[] {
  let hasEither = false;
  for (const h of hits) if (h.rule === 'CLAIM.ABSOLUTE_GUARANTEE' || h.rule === 'DISCLOSE.FINANCE_RETURN') hasEither = true;
  if (!hasEither) return hits;
  const out = [...hits];
  for (const sentence of doc.sentences) {
    const guarantees = hits.filter((h) => h.rule === 'CLAIM.ABSOLUTE_GUARANTEE' && inRange(h, sentence.start, sentence.end));
    const returns = hits.filter((h) => h.rule === 'DISCLOSE.FINANCE_RETURN' && inRange(h, sentence.start, sentence.end));
    if (guarantees.length === 0 && returns.length === 0) continue;
    if (returns.length === 0) {
      if (doc.signals.ojkStated || firstUnnegated(doc, MONEY, sentence.start, sentence.end) === undefined) continue;
      const g = guarantees[0];
      if (g !== undefined) returns.push(pushed(out, { rule: 'DISCLOSE.FINANCE_RETURN', start: g.start, end: g.end, severity: 'block' }));
    } else if (guarantees.length === 0) {
      const certain = firstUnnegated(doc, CERTAINTY, sentence.start, sentence.end);
      if (certain === undefined) continue;
      guarantees.push(pushed(out, { rule: 'CLAIM.ABSOLUTE_GUARANTEE', start: certain.start, end: certain.end }));
    }
    for (const h of [...guarantees, ...returns]) h.message = PAIR_MESSAGES[h.rule as keyof typeof PAIR_MESSAGES];
  }
  return out;
}

function pushed(out: Hit[], hit: Hit): Hit {
  out.push(hit);
  return hit;
}
