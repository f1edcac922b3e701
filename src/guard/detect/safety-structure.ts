// Safety and suitability absolutes by sentence shape (CLAIM.SAFETY), beside the phrase table of
// claims-overpromise.ts: a safety word said of everyone or of the most vulnerable readers
// ("aman untuk semua usia", "kids can use it safely", "safe for the whole family"), or a harm
// declared absent in any wording ("nggak bakal bikin kulit merah", "won't cause any reaction",
// "bebas bahan berbahaya", "zero harmful chemicals").
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { allMatches, lazyPhrases, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

/** Said to be safe: the gate of this detector (in the one-pass tables). */
// A safe place to keep it ("simpan di tempat aman") says nothing of the product.
const SAFE = phrases(['(?<!(?:tempat|lokasi|place|area|zona|ruang|spot|disimpan|simpan|kept|keep it|store it) )(?:aman|safe)', 'safely', 'gentle enough', 'harmless', 'tanpa (?:rasa )?khawatir', 'worry-? ?free', 'without (?:any )?worry']);
/** Everyone, or readers for whom safety is never absolute. */
const AUDIENCE = lazyPhrases([
  '(?:semua|segala|seluruh) (?:usia|umur|orang|kalangan|keluarga|anggota keluarga|jenis kulit|kondisi)', 'siapa (?:saja|pun|aja)', 'siapapun', 'everyone', 'anyone', 'everybody', 'all ages', 'every age', 'the whole family', 'whole family',
  'bayi', 'newborns?', 'babies', 'baby', 'balita', 'anak(?:-anak)?', 'si kecil', 'kids', 'children', 'toddlers', 'ibu hamil', 'bumil', 'pregnan(?:t|cy)', 'menyusui', 'busui', 'breastfeeding', 'lansia', 'elderly',
  'penderita [a-z]+', '(?:people|anyone|those) with [a-z]+', 'eczema', 'diabetes', 'kulit (?:paling )?sensitif', '(?:most )?sensitive skin', 'kulit bayi',
  '(?:setiap|tiap) hari(?: selamanya)?', 'every ?day', 'daily use', 'jangka panjang', 'long-? ?term', 'selamanya', 'forever',
]);
/** A harm declared absent: "bebas bahan berbahaya", "won't cause any reaction", "nggak bakal bikin kulit merah". */
const HARM_ABSENT = phrases([
  '(?:bebas|tanpa|zero|no|nol|free (?:from|of)|0%) (?:bahan |zat |kandungan |ingredients? )?(?:berbahaya|bahaya|harmful|toxic|beracun|negatif|negative)(?: [a-z]+)?',
  '(?:tidak|tak) (?:ada|punya|memiliki) (?:efek|dampak) (?:negatif|buruk|apa-apa)', 'no (?:negative|bad|harmful) (?:effects?|reactions?)',
  "(?:tidak|tak|won't|will not|never|doesn't|does not) (?:akan |bakal |pernah |ever )?(?:bikin|membuat|menimbulkan|menyebabkan|memicu|cause|give you|trigger)(?: [a-z]+){0,3} (?:merah|kemerahan|perih|gatal|iritasi|alergi|ruam|reaksi|reactions?|redness|rash|irritation|breakouts?|efek negatif|negative effects?|harm)",
]);

const OUT_OF_REACH = /(?:jangkauan|reach of|away from) $/;

function stated(doc: GuardDoc, m: { start: number; end: number }): boolean {
  return !isNegated(doc, m.start) && !inQuestion(doc, m.start, m.end);
}

export function detectSafetyStructure(doc: GuardDoc): Hit[] {
  const hits: Hit[] = [];
  const absent = allMatches(HARM_ABSENT, doc.text).find((m) => !inQuestion(doc, m.start, m.end));
  if (absent !== undefined) hits.push({ rule: 'CLAIM.SAFETY', start: absent.start, end: absent.end });
  const safe = allMatches(SAFE, doc.text);
  if (safe.length === 0) return hits;
  // "Jauh dari jangkauan anak-anak" / "out of reach of children" is a warning, not an audience.
  const audience = allMatches(AUDIENCE, doc.text).filter((a) => !OUT_OF_REACH.test(doc.text.slice(Math.max(0, a.start - 12), a.start)));
  for (const s of safe) {
    if (!stated(doc, s)) continue;
    // The audience within a few words after the safety word, or just before it ("kids can use it safely").
    const near = audience.find((a) => (a.start >= s.end && a.start - s.end <= 40) || (a.end <= s.start && s.start - a.end <= 25));
    if (near === undefined) continue;
    const sentence = doc.sentences.find((r) => r.start <= s.start && s.start < r.end);
    if (sentence !== undefined && (near.start < sentence.start || near.end > sentence.end)) continue;
    hits.push({ rule: 'CLAIM.SAFETY', start: Math.min(s.start, near.start), end: Math.max(s.end, near.end) });
    break;
  }
  return hits;
}
