// Running down unnamed others by sentence shape (CLAIM.COMPETITOR_DISPARAGE): a reference
// to "the others" (any noun + lain/sebelah, "yang lain", "tempat lain", "the big chains",
// "everyone else", reduplicated plurals such as "brand-brand besar"), then, later in the same
// sentence, a word of poor quality or bad faith said of them. A put-down disparages on its
// own ("yang lain cuma modal iklan"); a mere fault ("bikin baju luntur", "reheated") only
// when the draft sets the brand against them ("mending ke kami", "we cook fresh").
// Read only when the phrase tables of claims-commercial.ts found nothing.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { allMatches, lazyPhrases, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

// Nouns that name a choice within the brand's own range: "warna yang lain", "other sizes".
const OWN_RANGE = '(?:warna|ukuran|size|sizes|hari|waktu|jam|tanggal|cara|metode|varian|rasa|pilihan|menu|model|seri|tipe|opsi|kesempatan|kali|sisi|pihak|bulan|minggu|tahun|kota|cabang|outlet|produk kami|colou?rs?|flavou?rs?|options?|days?|times?|ways?|ones?|things?|items?|words?|hand|side)';
const PLACES = '(?:brands?|merek|merk|produk|toko|olshop|sellers?|lapak|tempat|shops?|stores?|aplikasi|apps?|providers?|vendors?|klinik|clinics?|salons?|resto|restaurants?|warung|kedai|cafes?|chains?|companies|labels?|jasa [a-z]+|bakeries|bakers|laundries|laundry|agents?|agen|places|guys|players|names)';
const OTHERS = lazyPhrases([
  `(?!${OWN_RANGE} )[a-z]+(?: [a-z]+)? (?:lain|lainnya|sebelah|tetangga)`, `(?<!${OWN_RANGE} )yang lain(?:nya)?`, '(?:di )?tempat lain', 'sebelah', 'kompetitor', 'pesaing',
  'competitors?', 'the competition', 'everyone else', 'everybody else', 'the others', 'others', 'elsewhere', 'di luar sana', 'out there',
  `(?:those|most|many|other|big|major|mainstream|fancy|usual|overpriced|cheap) (?:[a-z]+ )?${PLACES}`, `(?:[a-z]+)-(?:[a-z]+) (?:besar|lain|mahal|murah|impor|terkenal|ternama)`,
  `${PLACES} (?:besar|mahal|impor|terkenal|ternama|gede)`,
  // Any plural kind of seller or goods: "most meal kits", "other gyms", "those juice bars".
  `(?:most|other|those) (?:[a-z]+ ){0,2}(?!${OWN_RANGE}(?![a-z]))[a-z]+s(?![a-z])`,
]);
/** Poor quality or bad faith: disparaging by itself. */
const PUT_DOWN = phrases([
  'abal(?:-abal)?', 'murahan', 'palsu', 'tipu(?:-tipu)?', 'nipu', 'menipu', 'bohong', 'curang', 'ngibul', 'asal jadi', 'asal-asalan', 'digoreng', 'kemahalan', 'overpriced',
  'mahal (?:doang|di nama|di merek|di brand|di kemasan|di iklan)', '(?:cuma|hanya) (?:modal )?(?:iklan|gimmick|gimik|kemasan|bungkus|nama|janji|hype|marketing|packaging)', '(?:cuma|hanya) modal [a-z]+', 'modal [a-z]+ doang',
  'isinya (?:air|angin|cuma [a-z]+)', 'kualitas(?:nya)? (?:nol|rendah|buruk|jelek|abal|kw|murahan|pas-pasan)', 'oplosan', 'kw', 'zonk', 'pakai bahan (?:murah|abal|oplosan)',
  'fake', 'junk', 'scams?', 'rip-? ?offs?', 'cheap (?:fillers?|ingredients?|materials?|knock-?offs?|copies|plastic|junk)', 'fillers?', 'watered-? ?down', 'low[- ]quality', 'poor quality', 'inferior',
  'gimmicks?', 'all hype', 'lies', 'lie to you', 'mislead(?:ing)?', 'cut corners', 'rip you off', 'overcharge[sd]?', 'sloppy',
  // Bad faith in other words: selling promises, claiming to be genuine, riding on a name, trapping or short-changing the buyer.
  '(?:jual|jualan|menjual|sells?|selling) (?:janji|mimpi|promises|dreams|hype|omong kosong)', 'ngaku(?:-ngaku)? (?:ori|asli|original|premium|organik|alami)',
  'numpang (?:nama|tenar|viral|beken)', '(?:cuma|hanya) menang (?:nama|kemasan|iklan|gaya)', 'dibohongi(?:n)?', 'membohongi', 'ditipu', 'dikibulin',
  'skimp(?:s|ing)? on', 'lock (?:you|customers|people|members|buyers) (?:in|into)', 'hidden (?:fees|charges|costs)', 'biaya tersembunyi', 'cheap out',
]);
/** A fault: disparaging when the brand is set against the others. */
const FAULT = phrases([
  'bikin (?:[a-z]+ )?(?:luntur|rusak|kering|iritasi|kusam|rontok|kecewa|sakit|gatal|bau|jerawatan|melar)', 'luntur', 'rusak', 'merusak', 'basi', 'lemot', 'jorok', 'kotor', 'pelit',
  'pakai pengawet', 'pengawet', 'bahan kimia keras', 'reheated', 'frozen', 'stale', 'wreck', 'wrecks', 'ruin', 'ruins', 'damage', 'damages', 'rude', 'dirty', 'harsh chemicals', 'fall apart', 'falls apart',
  "don't care", "doesn't last", "don't last", 'slow', 'lambat', 'lelet',
  // A bad habit: "suka bikin baju pudar", "sering telat", "selalu salah kirim".
  'pudar', 'belel', '(?:suka|sering|selalu) (?:telat|terlambat|hilang|ngilangin|salah|lupa|pudar)',
]);
const US = lazyPhrases(['kita', 'kami', 'punya kita', 'ours', 'we', 'our', 'us', 'di sini', 'here', 'mending (?:ke |di |sama )?(?:sini|kami|kita)', 'come to us']);

const MAX_GAP = 70;

/** The first of `judgements` said after an "others" reference in its sentence. */
function disparaged(doc: GuardDoc, judgements: readonly { start: number; end: number }[]): Hit | undefined {
  const text = doc.text;
  if (judgements.length === 0) return undefined;
  const others = allMatches(OTHERS, text);
  if (others.length === 0) return undefined;
  for (const ref of others) {
    if (isNegated(doc, ref.start)) continue;
    const sentence = doc.sentences.find((s) => s.start <= ref.start && ref.start < s.end);
    const limit = Math.min(sentence?.end ?? text.length, ref.end + MAX_GAP);
    const said = judgements.find((j) => j.start >= ref.end && j.end <= limit && !isNegated(doc, j.start));
    if (said !== undefined) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: ref.start, end: said.end };
  }
  return undefined;
}

export function detectOthersContrast(doc: GuardDoc): Hit[] {
  // The judgement tables are in the draft's one-pass gate (cheap to read); most drafts have
  // none, and the "others" table, which may start at any word, is then never run.
  const putDowns = allMatches(PUT_DOWN, doc.text);
  const faults = allMatches(FAULT, doc.text);
  if (putDowns.length === 0 && faults.length === 0) return [];
  const putDown = disparaged(doc, putDowns);
  if (putDown !== undefined) return [putDown];
  const fault = disparaged(doc, faults);
  if (fault === undefined) return [];
  const contrast = allMatches(US, doc.text).some((m) => m.start >= fault.end || m.end <= fault.start);
  return contrast ? [fault] : [];
}
