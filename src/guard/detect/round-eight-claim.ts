// Round eight (issue #11 point 1), claims: two families that phrase lists tuned on one writer
// did not carry to the next (train11 agency captions, train12 seller slang), read by structure.
//
// CLAIM.COMPETITOR_DISPARAGE = a reference to an unnamed other seller, product or brand, then,
// later in the same sentence, a negative or belittling predicate about it. The reference may be
// a thing pointed at from outside the brand ("ojek online yang ijo-ijo itu", "developer yang
// Kakak sebut itu"), a reduplicated plural ("bank-bank konvensional", "kedai-kedai franchise"),
// a crowd of a seller kind ("banyak developer di sekitar sini yang", "kebanyakan kopi sachet di
// luar sana", "most online course platforms", "those other … hosts"), goods made by others
// ("buatan orang lain"), or the reader's weariness with them ("tired of vet clinics that …",
// "capek dengan klinik gigi murahan", "jangan tertipu aplikasi pinjaman …"). A put-down (bad
// faith, worthless, belittled, likened to rubbish) disparages on its own; a mere fault ("lelet",
// "kasar", "bermasalah") only when the draft sets the brand against them ("mending … kita",
// "di kita", "ours"). An apology is the brand speaking of its own faults: no rival there.
//
// CLAIM.FAKE_FREE = a "free" word, then a cost, a condition or a purchase it hangs on, in the
// same sentence, the next one, or an asterisk note: a condition marker ("syaratnya", "asal",
// "khusus … yang", "berlaku bagi … yang", "you just need to", "as long as") with a paying or
// committing verb ("bayar", "checkout", "membeli", "menandatangani polis", "buy", "pay"), or a
// minimum purchase. A waived condition ("tanpa minimal belanja", "no purchase needed") is none.
//
// Both tables that can start at any word are lazy: they are read only after a gated cue matched.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, inQuote, isNegated } from '../context/guards.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, collapseLetters, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import type { Hit } from './scan.js';

// ---- unnamed others run down ----------------------------------------------------------------------

/** Poor quality or bad faith, belittled or likened to rubbish: disparaging by itself (lazy: read after an others cue). */
const PUT_DOWN_R8 = lazyPhrases([
  // Bad faith: lying, cheating, trapping, hiding costs, only out for themselves.
  'ngapusi', 'apus-apusan', 'nipu', 'menipu', 'penipu', 'bohong', 'ngibul', 'curang', 'penuh jebakan', 'menjebak', 'jebakan',
  'menyembunyikan (?:biaya|fee|bunga|syarat)', 'diam-diam (?:dipotong|dinaikkan|ditambah|diganti|motong|naikin)', '(?:cuma|hanya) (?:mau |mikirin |peduli )?untung sendiri', 'untung sendiri',
  'mempersulit (?:klaim|pencairan|refund|pengembalian)', 'banyak alasan',
  'scams?', 'scammy', 'rip-? ?offs?', 'hide (?:their |the )?(?:fees|costs|charges)', '(?:hidden|surprise|sneaky) (?:fees|charges|costs)', 'designed to (?:deny|trap|confuse)',
  'treat (?:you|your [a-z]+|customers|patients|people) like (?:a number|numbers|cattle|an atm)', 'overcharge[sd]?(?: for)?', 'selling fakes', 'sell fakes',
  // Worthless or belittled: "isinya cuma …", "are basically …", "nothing but".
  'isinya (?:cuma|hanya|saja)', 'ora mutu', 'ra mutu', 'tidak mutu', 'tidak bermutu', 'murahan', 'abal(?:-abal)?', 'kw', 'oplosan', 'sampah',
  '(?:are|is) (?:basically|just|merely|literally just|only)(?! ?(?:rp|\\$|[0-9]|a few|one|two|for))', 'nothing but', 'recycled', 'knock-? ?offs?', 'junk', 'trash', 'garbage', 'fakes',
  // Likened to rubbish: "rasanya kayak air got", "kayak kardus", "tastes like cardboard".
  '(?:kayak|kaya|seperti|kek|like) (?:air )?(?:got|comberan|kardus|sampah|plastik|karet|lumpur|sabun|cardboard|plastic|rubber|dishwater|trash|garbage|mud)',
]);

/** A fault: disparaging when the draft sets the brand against the others (lazy: common words, read after a cue). */
const FAULT_R8 = lazyPhrases([
  'lelet', 'lemot', 'lambat', 'parah', 'kasar', 'kotor', 'jorok', 'jelek', 'elek', 'buruk', 'bermasalah', 'retak', 'bocor', 'molor', 'berantakan', 'amburadul', 'ribet',
  'mempersulit', 'menyulitkan', 'ganti-ganti', 'tidak jelas', 'asal-asalan', 'telat', 'rude', 'dirty', 'slow', 'sloppy', 'shady', 'sketchy', 'dodgy', 'unreliable', 'terrible', 'awful', 'useless', 'overpriced',
  // Goods that fail or were cut: thin, stretched, torn, stale-smelling, mixed, trimmed on the quiet.
  'tipis', 'melar', 'lepas', 'sobek', 'apek', 'bau', 'ilang', 'hilang', 'ngilang', 'kabur', 'gangguan', 'kering', 'dicampur', 'campuran', 'diam-diam', 'dipotong', 'nambah-nambahin', 'ngejar', 'drama',
  'tidak ada sertifikat', 'tanpa sertifikat', 'tanpa alasan', 'isinya', 'cair-beku', 'teu (?:bener|benar)', 'ora (?:bener|benar)', 'wobbly', 'ghost town', 'falls? apart', 'no real', 'flimsy', 'stale', 'watery', 'greasy',
  // Belittled: reduced to one thing, or mostly one thing ("cuma ganti oli", "mostly cuma kasih soal", "more sugar than coffee").
  // Not where or for whom ("cuma di ATM kita", "hanya untuk member"): that is scope, not a put-down.
  '(?:cuma|hanya)(?! (?:di|ke|dari|untuk|buat|bagi|bisa|berlaku|tersedia|ada|sampai|jam|hari|\\d))', 'mostly', 'basically', '(?:are|is|be) (?:just|only|mostly)', 'full of', 'more [a-z]+ than', 'makin (?:tipis|kecil|sedikit|mahal)', 'tinggal tulang', 'be like', 'kebanyakan',
]);

// Nouns for the brand's own range or for people, which are no rival: "warna yang lain", "most people".
const NOT_A_RIVAL = '(?:kami|kita|aku|saya|gue|gua|paket|package|plan|kelas|class|promo|voucher|batch|sesi|slot|tanggal|jam|link|edisi|warna|ukuran|size|varian|rasa|pilihan|menu|model|seri|tipe|opsi|cara|metode|kali|sisi|pihak|bulan|minggu|tahun|kota|cabang|outlet|orang|people|customer|pelanggan|kid|parent|anak|ibu|mom|mum|user|pengguna|friend|teman|temen|day|time|hari|waktu|way|thing|item|one|colou?r|flavou?r|option)';
/** A seller, service or product kind: what a crowd of rivals is made of. */
const SELLER_KIND = '(?:developer|developers|klinik|clinics?|bank|banks|asuransi|insurers?|aplikasi|apps?|platforms?|provider|providers|vendor|vendors|agen|agents?|agencies|travel|bengkel|salon|salons|kedai|warung|resto|restaurants?|toko|olshop|sellers?|lapak|brands?|merek|merk|produk|products|penjual|pedagang|jasa|layanan|services|perusahaan|companies|stores?|shops?|franchise|pinjol|lenders?|telcos?|courses?|kursus|bimbel|groomers?|laundry|ekspedisi|kurir|ojek|hosts?|skincare|kopi|coffee|snacks?|makanan|marketplaces?|online shops?)';

const SELLING_PLACE = '(?:marketplaces?|olshop|lapak|pasar|online shops?)';
/**
 * Words every reference to the others holds, in the one-pass gate: a draft without any of them
 * skips the wide tables below (most drafts).
 */
const OTHERS_CUE = phrases([
  'lain', 'lainnya', 'sebelah', 'liyane', 'liyan', 'sejen', 'kompetitor', 'pesaing', 'competitors?', 'competition', 'most', 'many', 'those', 'other', 'others',
  'banyak', 'kebanyakan', 'rata-rata', 'mayoritas', 'sebagian besar', 'tired of', 'sick of', 'fed up', 'capek', 'capai', 'bosan', 'bosen', 'lelah', 'kapok',
  'tertipu', 'ketipu', 'kena tipu', 'terjebak', 'fall for', 'sebut', 'sebutkan', 'ceritakan', 'yang lagi (?:viral|rame|ramai|hits)', 'yang di', 'yang dari',
  'yang jualan', 'yang katanya', 'the cheap', 'the cheaper', 'the big', 'some (?:[a-z]+ )?brands', 'half the', 'mass-produced', 'orang lain', SELLING_PLACE,
]);
/** "yang ijo-ijo itu", "yang murah-murah itu": no word to key on, so a plain test with a literal start. */
const POINTED_BY_LOOKS = /\byang [a-z]+-[a-z]+ (?:[a-z]+ ){0,3}itu\b/;
const REDUPLICATED_ANY = new RegExp(`\\b(${SELLER_KIND})-\\1(?![a-z])`);
/** Others pointed at by a word every such reference starts with (lazy: read after the cue). */
const OTHERS_R8 = lazyPhrases([
  // A crowd of a seller kind: "banyak developer di sekitar sini yang", "kebanyakan kopi sachet".
  `(?:banyak|kebanyakan|rata-rata|mayoritas|sebagian besar) (?:[a-z]+ ){0,2}${SELLER_KIND}`,
  `(?:most|many|those|other|the other|those other) (?:[a-z]+ ){0,3}(?!${NOT_A_RIVAL}s?(?![a-z]))[a-z]+s`,
  '(?:most|many|all|some) of them',
  // Goods made by others: "buatan orang lain".
  '(?:buatan|bikinan|jualan|punya|produk) orang lain',
  // The reader's weariness with them: "tired of vet clinics that", "capek dengan klinik gigi murahan".
  "(?:tired|sick) of (?:the |those |all the |other )?(?:[a-z]+ ){0,3}[a-z]+s(?= (?:that|who|which|and|with))",
  // A place of sale described by a relative clause: "beli tas di marketplace yang jahitannya lepas".
  `di (?:[a-z]+ )?${SELLING_PLACE}(?: [a-z]+)? yang`, 'fed up with',
  `(?:capek|capai|bosan|bosen|lelah|kapok) (?:dengan|sama|beli|pakai|pake) (?:[a-z]+ ){0,2}${SELLER_KIND}`,
  `(?:jangan|don't|dont) (?:mau )?(?:tertipu|ketipu|kena tipu|terjebak|fall for) (?:[a-z]+ ){0,2}${SELLER_KIND}`,
  'kompetitor', 'pesaing', 'competitors?', 'the competition',
  // Pointed at by where they sell or what they look like: "sambel yang di pasar itu", "yang murah-murah itu", "yang jualan … itu".
  'yang (?:di|dari) (?:[a-z]+ ){1,3}itu', 'yang (?:[a-z]+-[a-z]+|lagi (?:viral|rame|ramai|hits)|katanya [a-z]+) (?:[a-z]+ ){0,3}itu', 'yang jualan (?:[a-z]+ ){1,7}itu',
  "the (?:cheap|cheaper|other|mass-produced|big) (?:[a-z]+ )?ones", "the other [a-z]+'s", 'some (?:[a-z]+ )?brands', 'half the [a-z]+s', 'mass-produced',
]);
/** A reduplicated plural of a seller kind names all of them: "bank-bank konvensional", "kedai-kedai franchise". */
const REDUPLICATED = new RegExp(`\\b(${SELLER_KIND})-\\1(?![a-z])`, 'g');
const FIRST_PERSON_IN = /\b(?:kami|kita|aku|saya|gue|gua|our|we)\b/;

/** The brand set against the others: "mending pake aplikasi kita", "di kita aman", "ours has". */
const US_R8 = lazyPhrases(['kami', 'kita', 'ours', 'our', 'we', 'us', 'di sini', 'ke sini', 'mending', 'nang kene', 'kene', 'di urang', 'this one']);
const APOLOGY = lazyPhrases(['maaf', 'mohon maaf', 'sorry', 'apologi(?:ze|se|es)', 'we apologi[sz]e']);

const MAX_GAP = 100;

// References that may start at any word are found from the rare word they end on, read backwards,
// so no regex tries every word start of the draft (that scan cost ~27 µs a draft).
/** "aplikasi emas sebelah", "X lain", Javanese "toko liyane", Sundanese "toko séjén". */
const PLACE_WORD = /\b(?:lain|lainya|sebelah|liyane|liyan|sejen)\b/g;
const WORDS_BEFORE = new RegExp(collapseLetters(`(?:^|[^a-z'-])((?!${NOT_A_RIVAL}s? )[a-z]+(?: [a-z]+)?|(?!${NOT_A_RIVAL}s? )[a-z]+) $`));
/** "X yang ijo-ijo itu", "X yang kakak sebut itu": pointed at from outside the brand, ending on "itu". */
const DEMONSTRATIVE = /\bitu\b/g;
const POINTED_BEFORE = new RegExp(
  collapseLetters(`(?:^|[^a-z'-])((?!${NOT_A_RIVAL}s? )[a-z]+(?: [a-z]+){0,2} yang (?!(?:kami|kita|aku|saya|gue|gua) )(?:[a-z]+[ -]){0,3}(?:sebut|sebutkan|maksud|bilang|ceritakan|rame|ramai|viral|hits|[a-z]+-[a-z]+)(?: [a-z]+)? )$`),
);

function readBack(doc: GuardDoc, word: RegExp, before: RegExp, reach: number, refs: Match[]): void {
  word.lastIndex = 0;
  for (let m = word.exec(doc.text); m !== null; m = word.exec(doc.text)) {
    let from = Math.max(0, m.index - reach);
    // Never start inside a word: "…bilang toko lain" cut at "ilang" read half a word as the reference.
    while (from > 0 && /[a-z]/.test(doc.text[from - 1] ?? '')) from--;
    const lead = before.exec(doc.text.slice(from, m.index));
    const head = lead?.[1];
    // Where the head sits in the text (it may end before the space that precedes the word).
    if (lead !== null && head !== undefined) refs.push({ start: from + lead.index + lead[0].lastIndexOf(head), end: m.index + m[0].length });
  }
}

function othersBefore(doc: GuardDoc): Match[] {
  const refs = [...allMatches(OTHERS_R8, doc.text)];
  readBack(doc, PLACE_WORD, WORDS_BEFORE, 40, refs);
  if (doc.text.includes(' yang ')) readBack(doc, DEMONSTRATIVE, POINTED_BEFORE, 90, refs);
  refs.sort((a, b) => a.start - b.start);
  REDUPLICATED.lastIndex = 0;
  for (let m = REDUPLICATED.exec(doc.text); m !== null; m = REDUPLICATED.exec(doc.text)) refs.push({ start: m.index, end: m.index + m[0].length });
  // A negated reference still points at the others ("jangan grooming di tempat yang kakak sebut itu").
  return refs.filter((r) => !FIRST_PERSON_IN.test(doc.text.slice(r.start, r.end)));
}

/** The first judgement said of an others reference later in its sentence. */
function judged(doc: GuardDoc, refs: readonly Match[], judgements: readonly Match[]): Hit | undefined {
  for (const ref of refs) {
    const i = doc.sentences.findIndex((s) => s.start <= ref.start && ref.start < s.end);
    const sentence = doc.sentences[i];
    // "Other tutoring centres? Mostly …": a reference asked about alone is judged in the next sentence.
    const askedAlone = sentence !== undefined && /^ *\?/.test(doc.text.slice(ref.end, sentence.end));
    const end = askedAlone ? (doc.sentences[i + 1]?.end ?? sentence.end) : (sentence?.end ?? doc.text.length);
    const limit = Math.min(end, ref.end + MAX_GAP);
    const said = judgements.find((j) => j.start >= ref.end - 1 && j.end <= limit && !isNegated(doc, j.start));
    if (said !== undefined) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: ref.start, end: Math.max(ref.end, said.end) };
  }
  return undefined;
}

function detectOthersRunDown(doc: GuardDoc): Hit[] {
  // Reduplicated words have no key to gate on: plain tests, only when the draft has a hyphen.
  const hyphen = doc.text.includes('-');
  if (allMatches(OTHERS_CUE, doc.text).length === 0 && !(hyphen && (POINTED_BY_LOOKS.test(doc.text) || REDUPLICATED_ANY.test(doc.text)))) return [];
  const putDowns = allMatches(PUT_DOWN_R8, doc.text);
  const faults = allMatches(FAULT_R8, doc.text);
  // An apology quoted from the others ("be like \"maaf, sistem gangguan\"") is theirs, not the brand's.
  if ((putDowns.length === 0 && faults.length === 0) || allMatches(APOLOGY, doc.text).some((a) => !inQuote(doc, a.start, a.end))) return [];
  const refs = othersBefore(doc);
  if (refs.length === 0) return [];
  const strong = judged(doc, refs, putDowns);
  if (strong !== undefined) return [strong];
  // A sourced comparison says where its figures come from: no put-down there.
  const weak = doc.signals.evidence ? undefined : judged(doc, refs, faults);
  if (weak === undefined) return [];
  // The contrast is the brand's own side, outside the span that runs the others down.
  const contrast = allMatches(US_R8, doc.text).some((m) => m.start >= weak.end || m.end <= weak.start);
  return contrast ? [weak] : [];
}

// ---- free, with a catch -----------------------------------------------------------------------------
// Normalised text has doubled letters collapsed: "free" reads "fre"; phrases() collapses its own.
const FREE_R8 = phrases(['gratis', 'free', 'cuma-cuma', 'bebas biaya', 'bebas ongkir', 'on us', 'on the house']);
// "sugar-free", "feel free", "worry-free" are no offer.
const NOT_AN_OFFER = /(?:-|\b(?:feel|gluten|sugar|cruelty|hands|stress|risk|worry|hassle|alcohol|paraben|fragrance|duty|tax|toll|fat|scent|care|bpa) )$/;
const PAYING = '(?:bayar|membayar|dibayar|mbayar|beli|membeli|dibeli|meuli|tuku|checkout|check out|mengambil paket|ambil paket|menandatangani (?:polis|kontrak|perjanjian|akad)|berlangganan|langganan|top up|transfer|deposit|setor)';
/** A cost the offer hangs on: a fee, a deposit, a membership, a minimum. */
const COST = '(?:biaya (?:membership|member|pendaftaran|registrasi|admin|administrasi|booking|kirim|langganan)|booking (?:fee|deposit)|registration fee|admin fee|administrasi|deposit|uang muka|prepayment|down payment|membership fee|subscription)';
/** A condition marker followed by paying (lazy: read only after a free word) or committing, a cost, an obligation, or a minimum purchase. */
const CATCH_R8 = lazyPhrases([
  `(?:syarat|syaratnya|asal|asalkan|khusus|berlaku|ketentuan) (?:[a-z0-9]+ ){0,4}(?:yang |buat yang |untuk yang |bagi yang )?(?:[a-z0-9]+ ){0,2}${PAYING}`,
  '(?:asal|asalkan) (?:ganti|servis|service|isi|tukar)',
  `(?:cukup|tinggal|just|only|mung) (?:[a-z]+ )?${PAYING}`, '(?:cukup|tinggal) daftar (?:[a-z]+ ){0,2}(?:kelas|paket|program|membership|member|langganan)',
  `(?:wajib|harus|kudu|ngan kudu|must|required to|need to|needs to) (?:[a-z]+ ){0,2}(?:${PAYING}|ambil|aktifin|aktifkan|commit|daftar|enrol|enroll|subscribe|prepay|lunas)`,
  `requires? (?:a |an )?(?:[a-z0-9-]+ ){0,2}(?:prepayment|deposit|purchase|subscription|membership|fee)`,
  COST, '(?:min\\.?|minimal|minimum) (?:order|spend|belanja|bill|servis|service|pembelian|purchase|transaksi|rp ?\\d|\\d)',
  '(?:khusus|hanya|cuma|berlaku) (?:untuk |buat |bagi )?(?:pembelian|belanja|transaksi|order) (?:minimal|min|di atas)',
  '(?:khusus|hanya|cuma) (?:buat |untuk |bagi )?(?:yang )?(?:belanja|beli|order|checkout) (?:minimal|min|di atas)',
  '(?:need|have|got) to (?:first )?(?:pay|buy|purchase|subscribe|spend|top up|deposit|commit)',
  '(?:as long as|provided) (?:you )?(?:pay|buy|purchase|spend|subscribe)',
]);
// A waived or denied catch: "tanpa minimal belanja", "no purchase needed", "tidak perlu beli".
const WAIVED = /\b(?:tanpa|tidak|bukan|no|without|not|never|don't|dont|do not|bebas)(?: [a-z']+){0,2} *$/;

function sentenceIndex(doc: GuardDoc, pos: number): number {
  return doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);
}

function detectFreeWithCatch(doc: GuardDoc): Hit[] {
  const offered = allMatches(FREE_R8, doc.text);
  if (offered.length === 0) return [];
  const catches = allMatches(CATCH_R8, doc.text);
  if (catches.length === 0) return [];
  const frees = offered.filter(
    (f) => !NOT_AN_OFFER.test(doc.text.slice(Math.max(0, f.start - 12), f.start)) && !isNegated(doc, f.start) && !inQuestion(doc, f.start, f.end),
  );
  for (const c of catches) {
    if (isNegated(doc, c.start) || WAIVED.test(doc.text.slice(Math.max(0, c.start - 24), c.start))) continue;
    // The catch reads in the free word's sentence or in the next one (an asterisk note, "Tapi khusus …").
    const at = sentenceIndex(doc, c.start);
    if (frees.some((f) => f.end <= c.start && at - sentenceIndex(doc, f.start) <= 1)) return [{ rule: 'CLAIM.FAKE_FREE', start: c.start, end: c.end }];
  }
  return [];
}

// Others run down need the others cue (or, with a hyphen, a reduplicated or "yang x-x itu"
// reference); a free offer needs a free word: without any of them the family is skipped.
const ROUND_EIGHT_CLAIM_CUES = anchors([OTHERS_CUE, FREE_R8]);

export function detectRoundEightClaim(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_EIGHT_CLAIM_CUES, doc.text) && !doc.text.includes('-')) return [];
  return [...detectOthersRunDown(doc), ...detectFreeWithCatch(doc)];
}
