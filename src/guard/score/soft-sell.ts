// Soft-sell score: 0 = hard sell, 100 = soft sell. Pressure and over-promising pull it
// down; evidence, honest limitations, a question and one gentle invitation lift it.
// Every move is reported as a reason so the officer sees why.
import type { GuardDoc } from '../context/doc.js';
import { inQuote } from '../context/guards.js';
import { loosePhrases, matchesAnywhere } from '../text/pattern.js';
import type { Finding, LocalizedText, RuleId, SoftSellReason } from '../types.js';

const BASE = 70;

const PENALTY: Partial<Record<RuleId, number>> = {
  'PRESSURE.FAKE_URGENCY': 15, 'PRESSURE.FAKE_SCARCITY': 12, 'PRESSURE.CTA_STACK': 12, 'PRESSURE.FOMO_SHAME': 15, 'PRESSURE.TYPOGRAPHY': 5,
  'DISCLOSE.CHILD_APPEAL': 15, 'DISCLOSE.FINANCE_RETURN': 10, 'DISCLOSE.TERMS_MISSING': 5,
};
const CLAIM_PENALTY = 8;
// A rule repeated many times should not take the score to zero on its own.
const MAX_PER_RULE = 24;

const INVITATION = loosePhrases([
  'kalau (?:cocok|tertarik|berminat|butuh|mau|penasaran|ingin|suka|berkenan)', 'jika (?:cocok|tertarik|berminat|butuh|berkenan)', "if (?:you're|you are|it) (?:interested|curious|suits|fits|helps)",
  'if it (?:fits|suits|helps)', 'happy to help', 'senang (?:membantu|bisa membantu)', 'siap (?:membantu|bantu)', 'boleh (?:cek|lihat|tanya|dm|konsultasi|mampir|dicoba)',
  'silakan (?:cek|lihat|tanya|dm|hubungi|mampir|coba)', 'feel free', 'no pressure', 'tanpa paksaan', 'santai saja', 'tidak perlu buru-buru', 'no rush', 'take your time', 'let us know',
  'kabari (?:kami|ya)', 'cerita(?:kan)? (?:ke|dengan|sama) kami', 'detail(?:nya)? (?:ada |bisa dicek )?(?:di|in) ', 'info lengkap (?:ada )?di',
]);
const EMPATHY = loosePhrases(['terima kasih', 'maaf', 'mohon maaf', 'thank you', 'thanks', 'sorry', 'apologi[sz]e']);

function reason(code: string, delta: number, message: LocalizedText): SoftSellReason {
  return { code, delta, message };
}

function hasOwnQuestion(doc: GuardDoc): boolean {
  for (let i = doc.text.indexOf('?'); i >= 0; i = doc.text.indexOf('?', i + 1)) if (!inQuote(doc, i, i + 1)) return true;
  return false;
}

export function softSell(doc: GuardDoc, findings: readonly Finding[]): { softSellScore: number; softSellReasons: SoftSellReason[] } {
  const reasons: SoftSellReason[] = [];
  const perRule = new Map<RuleId, { count: number; category: string }>();
  for (const f of findings) {
    const entry = perRule.get(f.rule) ?? { count: 0, category: f.category };
    entry.count++;
    perRule.set(f.rule, entry);
  }
  for (const [rule, { count, category }] of perRule) {
    const each = PENALTY[rule] ?? (category === 'claim' ? CLAIM_PENALTY : 0);
    if (each === 0) continue;
    const delta = -Math.min(MAX_PER_RULE, each * count);
    reasons.push(reason(`finding:${rule}`, delta, { id: `${rule} ×${count}: tekanan atau janji berlebih menurunkan skor.`, en: `${rule} ×${count}: pressure or over-promising lowers the score.` }));
  }
  const stackedCta = perRule.has('PRESSURE.CTA_STACK');
  if (doc.signals.evidence) reasons.push(reason('evidence', 8, { id: 'Menyebut sumber atau bukti.', en: 'Names a source or evidence.' }));
  if (doc.signals.limitationStated) reasons.push(reason('limitations', 10, { id: 'Menyebut keterbatasan atau risiko dengan jujur.', en: 'States limitations or risks honestly.' }));
  if (doc.signals.termsStated) reasons.push(reason('terms', 4, { id: 'Menyebut syarat, periode atau tempat membaca S&K.', en: 'States terms, period or where to read them.' }));
  if (hasOwnQuestion(doc)) reasons.push(reason('question', 6, { id: 'Mengajak berdialog dengan pertanyaan.', en: 'Invites a conversation with a question.' }));
  if (!stackedCta && matchesAnywhere(INVITATION, doc.text)) reasons.push(reason('gentle_invitation', 10, { id: 'Satu ajakan yang lembut.', en: 'One gentle invitation.' }));
  if (matchesAnywhere(EMPATHY, doc.text)) reasons.push(reason('empathy', 4, { id: 'Berterima kasih atau meminta maaf.', en: 'Thanks or apologises.' }));
  const total = reasons.reduce((sum, r) => sum + r.delta, BASE);
  return { softSellScore: Math.max(0, Math.min(100, Math.round(total))), softSellReasons: reasons };
}
