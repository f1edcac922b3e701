// "Free" with strings attached, and running down competitors (section A).
import type { GuardDoc } from '../context/doc.js';
import { isNegated, inQuestion } from '../context/guards.js';
import { rangeContaining } from '../context/structure.js';
import { allMatches, lazyPhrases, loosePhrases, matchesAnywhere, phrases } from '../text/pattern.js';
import { detectOthersContrast } from './others-contrast.js';
import { scan, type Hit } from './scan.js';

// Free shipping or a free consultation is an ordinary promotion (terms apply), not a fake "free".
const FREE = phrases([
  // Free shipping either way round: "gratis ongkir" and "ongkir gratis".
  '(?<!-|(?:ongkir|ongkos kirim|shipping|delivery|pengiriman) )(?:gratis|free|cuma-cuma|gratisan|freebies?)(?! (?:ongkir|shipping|delivery|pengiriman|of|from|to (?:ask|reach|contact|dm|chat))|-)',
]);
const COMMITMENT = '(?:pembelian|purchase|purchasing|order|pesanan|beli|buy|buying|spend|spending|transaksi|belanja|checkout|contract|kontrak|plan|langganan|subscription|top-? ?up|deposit)';
const FEE = '(?:biaya|fees?|ongkos|ongkir|shipping|delivery|handling|postage|admin)';
const FEEL_FREE = phrases(['feel free', 'bebas']);
const STRINGS = loosePhrases([
  '(?:dengan|with|untuk|for|tiap|setiap|every|each|on) (?:setiap |every |each |any |minimal |min )?(?:pembelian|purchase|order|pesanan|beli|transaksi|belanja|checkout)',
  'min(?:imal|imum)?\\.? ?(?:belanja|pembelian|order|purchase|spend|beli|transaksi|\\d|rp)', 'bayar ongkir',
  // Round twelve: the paid item bought at its full price, the purchase bound to the price ("beli sepatu pertama harga penuh", "at regular price").
  '(?:beli|buy|buying|purchase|bought|bayar|pay|paying)(?: [a-z0-9]+){0,3} (?:(?:di|dengan|pada|at|for) )?(?:the )?(?:harga (?:penuh|normal|full|reguler|asli)|(?:full|normal|regular) price)',
  // A charge once the free period ends, in any words: "setelahnya otomatis Rp79rb/bulan", "afterwards $9".
  '(?:setelahnya|sesudahnya|selepas itu|afterwards|after that)(?: [a-z]+){0,2} (?:rp|\\$|\\d)', '(?:cukup|hanya|tinggal|just|only) (?:bayar|pay)',
  'pay (?:for )?(?:shipping|postage|delivery|ongkir|handling)', '(?:beli|buy) \\d', 'auto-? ?renew', 'renews?', 'diperpanjang otomatis', 'perpanjangan otomatis', 'berlangganan', 'subscription', 'langganan',
  'setelah (?:trial|masa (?:trial|percobaan|gratis))', 'after (?:the )?(?:trial|free period|first month)', '(?:then|lalu|kemudian|selanjutnya|thereafter) (?:rp|\\$|\\d)', 'biaya (?:admin|layanan|pengiriman|aktivasi|pendaftaran)',
  '(?:admin|handling|activation|registration) fee', 'ongkir (?:ditanggung|dibayar) (?:pembeli|kamu|customer)',
  // The condition is a purchase or a commitment, whatever word introduces it:
  // "(khusus pembelian 2 botol)", "wajib beli full set", "with every two-year contract".
  `(?:khusus|wajib|harus|asal|asalkan|syarat|requires?|required|requiring|when you|if you|kalau|jika|with|dengan|any|every|setiap|tiap) (?:[a-z0-9-]+ ){0,5}${COMMITMENT}(?![a-z])`,
  // A fee the reader still pays: "you only cover the $12 delivery fee", "ongkos kirim ditanggung pembeli".
  `(?:cover|bayar|pay|tanggung|plus)(?: [a-z0-9$.,]+){0,3} ${FEE}`, `${FEE}(?: [a-z0-9$.,]+){0,2} (?:applies|apply|berlaku|ditanggung)`, '(?:ditagih|charged|billed|tagihan)',
]);

// A condition the draft waives is no string: "tanpa syarat pembelian", "no purchase needed".
// Round seven: also "tidak pakai minimal belanja", "tanpa biaya pendaftaran", "tanpa langganan" (written "langanan": letters collapse).
// Round eleven, by cause: a waiver covers any cost or condition noun, chained ("tanpa biaya pendaftaran
// maupun syarat pembelian", "no card required"), a renewal denied ("nothing renews"), and a cost the brand
// itself bears ("we cover postage") is no string either.
const WAIVED_NOUN = '(?:syarat |minimum |minimal |min |any |a |wajib |harus |perlu |biaya |kartu )?(?:pembelian|purchase|beli|belanja|order|transaksi|langanan|subscription|pendaftaran|registration|spend|admin|biaya|fees?|charges?|card|credit card|kartu kredit|syarat|commitment|komitmen|catch|strings?)';
const NO_STRINGS = new RegExp(
  `(?:tanpa|no|without|bebas|(?:tidak|tak) (?:pakai|ada)) ${WAIVED_NOUN}(?: (?:dan|maupun|atau|or|and|nor|,) (?:tanpa |no )?${WAIVED_NOUN})*(?: (?:necessary|needed|required))?` +
    '|(?:tidak|tak) (?:perlu|wajib|harus) (?:beli|belanja|order)|(?:nothing|never|tidak|tak|no|not|won\'t|will not|doesn\'t) (?:auto-? ?)?(?:renews?|renewal|diperpanjang|perpanjang)' +
    '|(?:we|kami|kita)(?: [a-z]+)? (?:cover|pay|tanggung|bayar|bayarin|nanggung)(?: for)?|(?:tidak|tak) mengikat' +
    // Round fourteen: a charge denied ("nothing is charged", "you won't be billed", "tidak ditagih").
    "|(?:nothing|never|not|won't|wil not|tidak|tak|nggak|gak)(?: (?:is|be|are|wil be|akan|pernah))? (?:charged|billed|ditagih|dipotong)",
  'g',
);

// Round twelve: a sum set beside the free word in brackets or after a dash or colon ("Kursus gratis!
// (sertifikat Rp250rb)", "free session – materials $20") is its price, unless it states the value.
const BRACKETED_COST = /^[^.?\n]{0,60}?(?:[([]|\s[–—-]\s|:\s)(?:[a-z-]+\s){0,4}(?:rp\s?\d|\$\s?\d|\d[\d.,]*\s?(?:rb|ribu|k|jt|juta)\b)/;
const VALUE_STATED = /(?:worth|senilai|seharga|value|bernilai|hemat|save|diskon|off)\s(?:[a-z]+\s){0,2}(?:rp|\$|\d)/;

function costBeside(doc: GuardDoc, end: number): boolean {
  const after = doc.text.slice(end, end + 90);
  const m = BRACKETED_COST.exec(after);
  return m !== null && !VALUE_STATED.test(m[0]);
}

function detectFakeFree(doc: GuardDoc): Hit[] {
  const hits: Hit[] = [];
  for (const { start, end } of allMatches(FREE, doc.text)) {
    if (isNegated(doc, start) || inQuestion(doc, start, end)) continue;
    const before = doc.text.slice(Math.max(0, start - 5), start);
    if (matchesAnywhere(FEEL_FREE, before + doc.text.slice(start, end))) continue;
    // A star right after "gratis*" hides a condition somewhere; otherwise look in the sentence.
    const starred = doc.text[end] === '*';
    const sentence = rangeContaining(doc.sentences, start, end);
    // Round twelve: the condition may come first, in the sentence before ("Belanja min. 150rb. Dapat
    // tumbler gratis!"): the scope starts up to 80 characters back, never before that sentence.
    const previous = sentence === undefined ? undefined : doc.sentences.find((x) => x.end === sentence.start || (x.end <= sentence.start && sentence.start - x.end <= 2));
    const from = sentence === undefined ? 0 : Math.max(previous?.start ?? sentence.start, sentence.start - 80);
    const scope = (sentence === undefined ? doc.text : doc.text.slice(from, Math.min(doc.text.length, sentence.end + 80))).replace(NO_STRINGS, ' ');
    if (starred || matchesAnywhere(STRINGS, scope) || costBeside(doc, end)) hits.push({ rule: 'CLAIM.FAKE_FREE', start, end: starred ? end + 1 : end });
  }
  return hits;
}

const OTHERS = '(?:brand|merek|merk|produk|toko|olshop|seller|lapak|jualan|tempat|barang|shop|store|aplikasi|app|provider|operator|vendor|klinik|salon|resto|warung|kedai)';
// Running others down by how fast their goods fail: "merek lain cepet kembung".
const FAILS_FAST = '(?:cepat|gampang|mudah|sering) (?:rusak|kembung|panas|luntur|pecah|sobek|robek|bocor|soak|drop|mati|error|hang|pudar|melar|berjamur|basi|bau|lepas|copot)';
const OTHERS_EN = '(?:brands?|sellers?|shops?|stores?|companies|products?|merchants?|vendors?|labels?|apps?|chains?|cafes?|clinics?)';
// Unnamed others: "produk sebelah", "kompetitor kita", "those other coffee chains", "most brands out there".
const OTHERS_REF = `(?:${OTHERS} (?:lain|sebelah|tetangga)|kompetitor|pesaing|competitors?|competition|(?:those |the )?other (?:[a-z]+ )?${OTHERS_EN}|(?:most|many|those) (?:[a-z]+ )?${OTHERS_EN})`;
const PUT_DOWN = '(?:scams?|fakes?|burnt|junk|gimmicks?|gimik|hype|overpriced|overclaim|knock-?offs?|lies|liars|fillers|rip-?offs?|toxic|trash|garbage|useless|watered|expired|stale|out of date|kedaluwarsa|kadaluarsa|kadaluwarsa|kedaluarsa|basi|reject|tiruan|imitasi|tipu(?:-tipu)?|penipu|nipu|bohong|palsu|abal|kw|murahan|zonk|jelek|ecek|racun|berbahaya|asal-asalan|ngibul|jual janji|janji (?:doang|saja)|janji manis)';
const COMPETITOR = phrases([
  `${OTHERS} lain (?:lewat|kalah|minggir|tidak ada apa-apanya|bukan apa-apa|bukan level)`, 'abal-abal', 'abal', 'ecek-ecek', 'oplosan', 'murahan', '(?:yang|barang|produk|beli|versi|pakai|palsu|tiruan) kw(?: super| \\d)?', 'kw (?:super|\\d|an)',
  `${OTHERS} (?:lain|kompetitor|pesaing|competitor|competitors)(?: [a-z]+){0,3} (?:palsu|abal|berbahaya|bahaya|jelek|tipu|bohong|kalah|tidak ada apa-apanya|zonk|ecek|murahan|rusak|merusak|kw|racun|beracun|oplosan|luntur|melar|bocor|soak|kembung|${FAILS_FAST})`,
  `(?:tidak|beda|bukan) (?:kayak|seperti|kaya|sama kayak) ${OTHERS}? ?(?:lain|sebelah|lainnya|yang lain|di luar sana|kebanyakan)`,
  `jangan (?:tertipu|ketipu|beli|percaya|mau) (?:sama |dengan |di )?(?:${OTHERS}|yang) (?:lain|sebelah|murah|kw|palsu|abal)`,
  // The reader warned against being cheated by others: "jangan mau dibohongi toko online lain".
  `jangan (?:mau |sampai )?(?:tertipu|ketipu|dibohongi|ditipu|dikibulin|dibodohi)(?: (?:sama|dengan|oleh|di))? (?:[a-z]+ ){0,2}(?:lain|sebelah)`,
  `lebih (?:bagus|baik|ampuh|murah|aman|enak|hebat) (?:dari|daripada|dibanding) (?:${OTHERS}|yang) (?:lain|sebelah|x|kompetitor)`,
  "unlike (?:other|those|cheap|the other|most|competitors?|[a-z]+'s|brand x)", 'others are (?:fake|cheap|scams?|knock-?offs|useless|toxic|junk|overpriced)',
  'other brands (?:use|contain|just|only|cut|lie|fake)',
  `other ${OTHERS_EN}'?(?: [a-z']+){0,4} (?:fake|cheap|junk|scams?|knock-?offs?|toxic|overpriced|inferior|low[- ]quality|watered[- ]down|fillers|lie|lies|break|breaks)`,
  'knock-?offs?', 'cheap (?:imitations?|copies|knock-?offs|dupes)', "(?:don't|never) (?:buy|trust|fall for) (?:fake|knock|cheap|other)",
  'competitors? (?:are|use|sell|lie|cut)', 'fake (?:brands|sellers|stores)', 'better than (?:brand x|other brands|the rest|competitors|theirs)',
  // Any reference to unnamed others, then a put-down within the clause.
  `${OTHERS_REF}(?: [a-z']+){0,6} ${PUT_DOWN}`,
]);

// Any kind of goods or shop can be "the others": "sabun lain", "jasa laundry lain", "other
// cafés", "most delivery apps", "merek-merek di luar sana". Nouns that name a choice within
// the brand's own range ("warna lain", "ukuran lain", "other sizes") are not others.
const OWN_RANGE = '(?:warna|ukuran|size|sizes|hari|waktu|jam|tanggal|cara|metode|varian|rasa|pilihan|menu|model|seri|tipe|opsi|kesempatan|orang|kali|sisi|pihak|bulan|minggu|tahun|kota|cabang|outlet|colou?rs?|flavou?rs?|options?|days?|times?|ways?|people|ones?|things?|items?|words?|hand|side)';
const ANY_OTHERS = `(?:(?!${OWN_RANGE} )[a-z]+(?:-[a-z]+)?(?: [a-z]+)? (?:lain|lainnya|sebelah)|[a-z]+(?:-[a-z]+)? di luar sana|other (?!${OWN_RANGE}(?![a-z]))[a-z]+s|most (?:[a-z]+ )?(?!${OWN_RANGE}(?![a-z]))[a-z]+s|[a-z]+s out there)`;
// What the others are said to do wrong. An accusation (cheating on price or quality, empty
// promises) disparages on its own; a harm ("bikin kulit kering", "kecewa") only when the
// draft sets the brand against them ("sabun kita enggak", "we don't").
const ACCUSES = `(?:${PUT_DOWN}|jual janji|janji (?:doang|manis)|charge (?:double|twice|more)|overcharge[sd]?|pad (?:their|the) prices?|mark (?:up|their)|water (?:it|them|their [a-z]+) down|waters? down|cut corners|cheat|half the)`;
const HARMS = '(?:bikin (?:kulit |wajah |rambut |muka )?(?:kering|kusam|rusak|iritasi|jerawatan|kecewa|rontok)|ngilangin|hilangin|menghilangkan (?:baju|barang|paket|pesanan)|kecewa|nyesel|menyesal|rugi|lose (?:your|orders))';
const OTHERS_ACCUSED = lazyPhrases([`${ANY_OTHERS}(?: [a-z']+){0,5} ${ACCUSES}`]);
const OTHERS_HARM = lazyPhrases([`${ANY_OTHERS}(?: [a-z']+){0,5} ${HARMS}`]);
/** The draft sets the brand against the others: "sabun kita enggak", "We don't", "di kita". */
const US_CONTRAST = lazyPhrases(['kita', 'kami', 'punya kita', 'ours', 'we', 'our', 'us', 'di sini', 'here']);
// One regex test, one scan of the draft (not a substring search per word).
const OTHERS_WORDS = /lain|other|most|sebelah|luar sana|out there/;

function detectOthersDoWrong(doc: GuardDoc): Hit[] {
  if (!OTHERS_WORDS.test(doc.text)) return [];
  const accused = allMatches(OTHERS_ACCUSED, doc.text).find((m) => !inQuestion(doc, m.start, m.end));
  if (accused !== undefined) return [{ rule: 'CLAIM.COMPETITOR_DISPARAGE', start: accused.start, end: accused.end }];
  const harm = allMatches(OTHERS_HARM, doc.text).find((m) => !inQuestion(doc, m.start, m.end));
  if (harm === undefined) return [];
  const contrast = allMatches(US_CONTRAST, doc.text).some((m) => m.start >= harm.end || m.end <= harm.start);
  return contrast ? [{ rule: 'CLAIM.COMPETITOR_DISPARAGE', start: harm.start, end: harm.end }] : [];
}

/** Others accused by the phrase tables above, else by sentence shape (others-contrast.ts). */
function othersDoWrong(doc: GuardDoc): Hit[] {
  const tabled = detectOthersDoWrong(doc);
  return tabled.length > 0 ? tabled : detectOthersContrast(doc);
}

export function detectCommercial(doc: GuardDoc): Hit[] {
  const named = scan(doc, 'CLAIM.COMPETITOR_DISPARAGE', COMPETITOR, { negation: false, question: true });
  return [
    ...detectFakeFree(doc),
    // "jangan beli yang KW" is itself the disparagement, so negation does not excuse it.
    ...named,
    ...(named.length === 0 ? othersDoWrong(doc) : []),
  ];
}
