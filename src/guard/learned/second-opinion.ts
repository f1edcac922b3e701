// The learned second opinion in check(): for a category no rule found, the model may
// raise one lower-confidence finding (`<CATEGORY>.LEARNED`, severity info) that names
// the words that drove it. It never runs for a category a rule already found, so it
// never changes or overrides a rule's finding or span.
import type { GuardDoc } from '../context/doc.js';
import { ruleMeta } from '../rules/catalog.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { Category, Finding, RuleId } from '../types.js';
import { driversOf, featuresOf, LEARNED_CATEGORIES, probabilities, ruleHeadOf, thresholdOf } from './model.js';

const LEARNED_RULE: Record<Category, RuleId> = { claim: 'CLAIM.LEARNED', disclosure: 'DISCLOSE.LEARNED', pressure: 'PRESSURE.LEARNED' };
const WHAT: Record<Category, { id: string; en: string }> = {
  claim: { id: 'klaim berlebihan', en: 'an over-promising claim' },
  disclosure: { id: 'informasi yang wajib disebut tetapi tidak ada', en: 'a missing disclosure' },
  pressure: { id: 'tekanan untuk membeli', en: 'hard-selling pressure' },
};

/** " Paling mirip: …" / " Closest rule: …" when the strongest rule head stands for one rule. */
function closest(rules: readonly string[]): { id: string; en: string } {
  if (rules.length !== 1) return { id: '', en: '' };
  const message = ruleMeta(rules[0] as RuleId).message;
  return { id: ` Paling mirip: ${message.id}`, en: ` Closest rule: ${message.en}` };
}

function learnedFinding(doc: GuardDoc, category: Category, probability: number, drivers: { start: number; end: number; words: string }[], rules: readonly string[]): Finding {
  const rule = LEARNED_RULE[category];
  const meta = ruleMeta(rule);
  const near = closest(rules);
  const top = drivers[0] ?? { start: 0, end: doc.text.length };
  const span = toOriginalSpan(doc.norm, top.start, top.end);
  const words = drivers.map((d) => `"${d.words}"`).join(', ');
  const percent = Math.round(probability * 100);
  return {
    rule,
    category,
    severity: meta.defaultSeverity,
    start: span.start,
    end: span.end,
    excerpt: doc.norm.original.slice(span.start, span.end),
    message: {
      id: `Pendapat kedua dari model (keyakinan lebih rendah, ${percent}%): mungkin ${WHAT[category].id}, padahal tidak ada aturan yang cocok. Kata pemicu: ${words}.${near.id}`,
      en: `Second opinion from a model (lower confidence, ${percent}%): possibly ${WHAT[category].en}, though no rule matched. Words that drove it: ${words}.${near.en}`,
    },
    source: meta.source,
    suggestion: meta.suggestion,
  };
}

// Scratch for probabilities' strongest rule heads, reused by every check (check() is synchronous).
const STRONGEST = new Int32Array(LEARNED_CATEGORIES.length);

/** Findings for categories that rules left empty, when the model is confident enough. */
export function secondOpinion(doc: GuardDoc, ruleFindings: readonly Finding[]): Finding[] {
  const found = new Set<Category>();
  for (const f of ruleFindings) found.add(f.category);
  if (found.size === LEARNED_CATEGORIES.length || doc.text.length === 0) return [];
  const strongest = STRONGEST;
  const p = probabilities(doc.text, strongest);
  const out: Finding[] = [];
  // A plain loop, not forEach: no closure per check.
  for (let c = 0; c < LEARNED_CATEGORIES.length; c++) {
    const category = LEARNED_CATEGORIES[c] as Category;
    const probability = p[c] ?? 0;
    // A threshold of 1 means calibration found no threshold the category's model can be trusted at: silent.
    const threshold = thresholdOf(category);
    if (found.has(category) || threshold >= 1 || probability < threshold) continue;
    // Spans are only worked out for the rare draft the model speaks on.
    // A word can drive through several features (itself, its stem, its root): name it once.
    const drivers: { start: number; end: number; words: string }[] = [];
    const head = strongest[c] ?? -1;
    for (const d of driversOf(category, featuresOf(doc.text), head)) {
      const span = toOriginalSpan(doc.norm, d.feature.start, d.feature.end);
      const words = doc.norm.original.slice(span.start, span.end);
      if (drivers.some((x) => x.words === words)) continue;
      drivers.push({ start: d.feature.start, end: d.feature.end, words });
      if (drivers.length === 3) break;
    }
    if (drivers.length > 0) out.push(learnedFinding(doc, category, probability, drivers, head < 0 ? [] : ruleHeadOf(head)));
  }
  return out;
}
