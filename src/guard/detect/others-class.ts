// Round thirteen (issue #11), CLAIM.COMPETITOR_DISPARAGE by structure: a rival marked only by its
// class, and a fault or a poor quality said of it. The older shapes (others-contrast.ts,
// others-implied.ts, claim-cause.ts) need a rival noun from a list of sellers and a put-down from a
// list of phrases; on fresh writers' drafts the rival is any goods or service set apart as "not
// ours" by a marker, and the fault is any ordinary word of poor quality. Three parts:
//  - the rival: a noun phrase ending in a marker of otherness ("kasur brand lain", "gym sebelah"),
//    placed and pointed at ("jamu kemasan di minimarket itu", "pempek yang di pinggir jalan itu"),
//    priced or hyped ("katering yang murah-murah", "boba franchise yang lagi hype itu"), marked as a
//    class ("powerbank KW", "gula aren curah", "toko-toko bangunan pinggir jalan"), a former
//    provider ("studio lamanya", "the laundry she used before"), or in English a quantified or
//    priced class ("some herbal brands", "those cheap photocard sellers", "the other guys",
//    "the supermarket down the road");
//  - the fault, later in its sentence (or in the next when the rival stands alone, "Other noodle
//    brands? Salt, MSG and sadness."): a closed class of words of poor quality, harm or bad faith
//    in both languages (taste, wear, hygiene, adulteration, fakes, neglect, cheating), not negated;
//  - a stance: the brand set against them anywhere in the draft ("kami", "ours", "pindah ke",
//    "mending", "beda kelas"), the reader warned ("jangan", "hati-hati", "think twice"), or a
//    rival marked by otherness itself ("lain", "sebelah", "other").
// Also "we are not like those who …" ("kami nggak kayak dapur-dapur online yang …", "kami tidak
// pakai … seperti sebagian penjual …") with a fault in that sentence.
// Not a rival: the draft's own range or people ("pelanggan lain", "warna lain", "toko kami"); not
// a put-down: a negated or asked fault, sympathy or news ("semoga cepat pulih", "sorry to hear"),
// speech the brand disowns (claim-speech-scope.ts) and quoted customers (check.ts).
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { indexOfRangeAt } from '../context/structure.js';
import { toOriginalSpan } from '../text/normalize.js';
import { allMatches, collapseLetters, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

/** A fault or a poor quality, said of goods or of a service (gated: most drafts have none). Also read by competitor-round-fourteen.ts. */
export const FAULT = phrases([
  // Taste, texture, smell and freshness.
  'encer', 'hambar', 'pahit gosong', 'gosong', 'lembek', 'alot', 'keras besoknya', 'bau (?:apek|lumut|tengik|amis)', 'apek', 'tengik', 'lembap', 'pengap', 'basi', 'sisa kemarin', 'sisa',
  'kedaluwarsa', 'kadaluarsa', 'expired', 'wilted', 'stale', 'soggy', 'bland', 'tasteless', 'watery', 'burnt', 'rasanya (?:flat|hambar|aneh|kayak [a-z]+)', 'flat', 'sadnes', 'no taste', 'no soul',
  // Wear and breakage.
  'kempes', 'ambles', 'amblas', 'melar', 'luntur', 'pudar', 'belang', 'mengelupas', 'ngelupas', 'reyot', 'karatan', 'berkarat', 'bocor', 'bolong', 'burem', 'burik', 'buram', 'cacat',
  'mati total', 'meledak', 'sag(?:s|ged|ging)?', 'a dip', 'peel(?:s|ed|ing)?', 'fade(?:s|d)?', 'falls? apart', 'tore', 'freezes', 'crash(?:es)?', 'staples poking',
  // Hygiene and health.
  'kotor', 'jorok', 'kumuh', 'mould', 'mouldy', 'mold', 'moldy', 'filthy', 'berbahaya', 'breakout', 'beruntusan', 'mules', 'bikin (?:[a-z]+ ){0,2}(?:pegal|gatal|mules|sakit|lengket|iritasi|jerawatan|beruntusan|kering|kaku|kusam|rontok|rusak|kecewa|pusing)',
  'sodium bombs?', 'microplastics', 'steroid', 'merkuri', 'pewarna(?: semua)?', 'pengawet(?:nya)?(?: berbahaya)?',
  // Adulteration, fakes and substitutes.
  'kw', 'palsu', 'tiruan', 'imitasi', 'imitations?', 'bajakan', 'rekondisi', 'bm', 'black market', 'oplos', 'oplosan', 'dicampur', 'campuran', 'isinya (?:[a-z-]+ ){0,3}(?:semua|doang|saja)',
  'tepung semua', 'sagu semua', 'es batu semua', 'kebanyakan tepung', 'lebih banyak tepung(?:nya)?', 'tinggal nama', 'seiprit', 'hanya (?:gula|air gula|air|angin|kain bermotif)', 'bukan batik',
  'daur ulang', 'refrozen', 'thawed', 'bubuk instan', 'digiling ulang', 'dihemat', 'plastik', 'sirup', 'keruh', 'kusam', 'sobek', 'robek', 'bau', 'lengket', 'pahit', 'soak',
  'fakes?', 'knock-?offs?', 'counterfeit', 'fillers?', 'diluted', 'water (?:it|them) down', 'watered down', 'jery cans', 'recycled', 'pretending', "that's not fish", 'bukan fresh',
  // Neglect, delay and rudeness.
  'lemot', 'lelet', 'suka error', 'sering (?:error|telat|ketuker|bau|hilang|kurang|datang)', 'ketuker', 'tertukar', 'ngetem', 'ugal-ugalan', 'kasar', 'cuek', 'tidak peduli', 'susah dihubungi',
  'dipersulit', 'di-?pingpong', 'nyangkut', 'tertahan', 'terlantar', 'ditinggal', 'putus-putus', 'dibiarkan', 'asal-asalan', 'asal (?:jual|kiloan|jadi|potong|cuci)', 'seadanya',
  'ghosted', 'disappear(?:s|ed)?(?: with)?', 'vanish(?:es|ed)?', 'rush you', 'never answers', 'spam you', 'dump on', 'pump-and-dump', 'cut(?:s)? corners', 'wind back', 'fudge',
  // Price and bad faith.
  'overpriced', 'kemahalan', 'mencekik', 'potongan gila-gilaan', 'untung kebangetan', 'ngambil untung', 'pelit', 'dikurangi', 'kurang(?! dari| lebih)', 'nyolong', 'diam-diam', 'tersembunyi',
  'penipu', 'nipu', 'menipu', 'tipu', 'ketipu', 'tertipu', 'dikibulin', 'curang', 'bohong', 'hidden (?:fees|penalties|charges|costs)', 'hide (?:fees|steroid|[a-z]+ powder)', 'cheated', 'cheating',
  'copy our', 'ripped off', 'rip you off', 'overcharge[sd]?', 'hanya (?:menang|jual) [a-z]+', 'hanya modal [a-z]+', 'hanya baca slide', 'hanya lulusan', 'entah (?:ke ?mana|apa|ada|dari mana)',
  '(?:gampang|mudah|cepat|cepet) (?:bocor|rusak|pudar|luntur|ambles|hitam|pecah|patah|sobek|robek|error|kempes|melar|berjamur|karatan|mengelupas)', 'mahal tapi', 'being cheated', '(?:jual|jualnya|jualan) [a-z]+ saja', 'tidak jadi-jadi', 'hanya (?:mahasiswa|lulusan|anak magang)', 'isinya hanya [a-z]+', 'entah [a-z]+ (?:ke ?mana|dari mana)',
  'tidak jelas', 'nganggur', 'dibilang baru', 'ketinggalan zaman', 'jadul', 'gimmick', 'ribet', 'ujungnya ribet',
  'poor', 'bad', 'terrible', 'awful', 'shoddy', 'flimsy', 'junk', 'garbage', 'unreliable', 'useless', 'worthless', 'jelek', 'buruk', 'parah', 'payah', 'ancur', 'hancur',
]);

// People and the brand's own range are never the rival: "pelanggan lain", "warna lain", "hari lain".
const NOT_A_RIVAL = '(?:orang|teman|temen|pelanggan|pembeli|customer|member|anggota|peserta|pengunjung|tamu|anak|ibu|bapak|kakak|mama|papa|keluarga|hari|waktu|kali|cara|warna|ukuran|varian|rasa|pilihan|menu|sisi|pihak|kesempatan|tempat duduk|kota|cabang|outlet|people|friends?|customers?|members?|days?|times?|ways?|sizes?|colou?rs?|options?|hand|side|things?|words?|kami|kita)';
// An open noun phrase never starts with a function word: "tapi koperasi …" is read from "koperasi".
const HEAD = String.raw`(?!(?:tapi|tetapi|dan|atau|yang|itu|ini|di|ke|dari|kalau|kalo|karena|soal|dengan|sama|buat|untuk|jadi|juga|the|and|but|or|that|this|if|so|of|to|in|on|at|for|with|from)(?![a-z]))`;
// Reduplicated words that are no plural of a kind: "hati-hati", "benar-benar", "pelan-pelan".
const NOT_PLURAL = '(?:adik|kakak|mama|papa|om|tante|saudara|sahabat|murid|siswa|hati|benar|bener|pelan|cepat|sama|baik|masing|kira|tiba|jangan|diam|mana|apa|siapa|kadang|main|jalan|bagus|murah|ramai|rame|gila|pagi|malam|sore|besar|kecil|lama|dulu|sedikit|banyak|bareng|teman|temen|anak|ibu|bapak|orang|kupu|oleh|sehari|hari)';
const OWN = /(?:^|[^a-z])(?:kami|kita|our|ours|my|saya|aku)(?![a-z])/;
/** A rival set apart from the brand by its class (normalised text; each alternative ends at its marker). */
const RIVAL = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(` + [
  // Otherness: "kasur brand lain", "gym sebelah", "yang di sebelah-sebelah itu".
  String.raw`${HEAD}(?!${NOT_A_RIVAL} )[a-z-]+(?: [a-z-]+){0,2} (?:lain|lainnya|sebelah|tetangga|seberang)(?![a-z])`, String.raw`yang (?:di )?sebelah(?:-sebelah)?`, 'yang lain(?:nya)?',
  // Placed and pointed at: "jamu kemasan di minimarket itu", "toko emas di ujung pasar itu".
  String.raw`${HEAD}[a-z-]+(?: [a-z-]+){0,3} (?:yang )?(?:di|dari|deket|dekat|depan|seberang|ujung|pinggir) (?:[a-z0-9-]+ ){0,5}(?:itu|tuh)(?![a-z])`, String.raw`${HEAD}[a-z-]+(?: [a-z-]+){0,3} di luar sana`,
  // Quantified, with what they do in a relative clause: "banyak kasur online yang …", "ada toko emas di manado yang …".
  String.raw`(?:banyak|kebanyakan|sebagian(?: besar)?|beberapa|ada) ${HEAD}(?!${NOT_A_RIVAL}(?![a-z]))[a-z-]+(?: [a-z0-9-]+){0,4}? yang`,
  // Pointed at as a whole class at a sentence's start: "brand fast-fashion itu …" (SENTENCE_START below).
  String.raw`${HEAD}[a-z-]+(?: [a-z-]+){0,2} (?:itu|tuh)(?![a-z])`,
  // Priced or hyped: "katering yang murah-murah", "boba franchise yang lagi hype itu".
  String.raw`${HEAD}[a-z-]+(?: [a-z-]+){0,2} yang (?:murah(?:-murah)?|lebih murah|harganya [a-z0-9 .,-]{1,25}?|dijual (?:[a-z-]+ ){0,4}?|jual (?:[a-z-]+ ){0,4}?|lagi (?:viral|hype|naik daun)|viral|gratisan|ngaku(?:-ngaku)? [a-z]+)(?: (?:itu|tuh))?`,
  // A class by its mark: "powerbank kw", "gula aren curah", "kopi kekinian", "akun-akun random".
  String.raw`${HEAD}[a-z-]+ (?:kw|curah|kiloan|murahan|abal-abal|tiruan|imitasi|oplosan|franchise|kekinian|pinggir jalan|pasaran|no-?name|random|printing|mesin|pabrikan|kecil-kecilan|online-only|instagramable)(?![a-z])`,
  // Many of a kind: "toko-toko bangunan", "depot-depot kecil", "cafe-cafe kekinian".
  String.raw`(?!${NOT_PLURAL}-)([a-z]{3,})-\2(?: [a-z]+){0,2}`,
  // A former provider: "studio lamanya", "the laundry she used before", "her old mattress brand".
  String.raw`${HEAD}[a-z-]+ (?:lamanya|sebelumnya|yang lama (?:mereka|dia|kamu|kakak|anda))(?![a-z])`, String.raw`(?:her|his|their|your) (?:old|previous|former)(?: [a-z-]+){1,3}`, String.raw`[a-z-]+ (?:she|he|they|you) used (?:before|to use)`,
  // English classes: "some herbal brands", "those cheap photocard sellers", "the other guys".
  String.raw`(?:some|most|many|plenty of|lots of|a lot of|those|these|other|the other|cheap|cheaper|budget|bargain|a big|big)(?: ["'a-z-]+){0,3}? (?!${NOT_A_RIVAL}(?![a-z]))[a-z-]+(?:s|guys|shop|store|brand|place|app|chain)(?![a-z'])`,
  String.raw`(?:the|that|a) (?:[a-z-]+ ){0,3}(?:shop|store|place|supermarket|restaurant|chain|app|e-wallet|brand|caterer|dealer)(?: [a-z-]+){0,2} (?:down the road|across the (?:street|road)|next door|on this street|in town|on jalan [a-z]+|that [a-z]+s)`,
].join('|') + ')'), 'g');

/** The brand set against the rival, the reader sent elsewhere or warned. */
const STANCE = phrases([
  'kami', 'kita', 'we', "we're", "we'd", 'our', 'ours', 'us', 'di sini', 'ke sini', 'sini', 'here', 'pindah', 'beralih', 'switch', 'mending', 'mendingan', 'beda (?:kelas|jauh|level)', 'lain cerita',
  'jangan', 'hati-hati', 'awas', 'skip', 'avoid', 'hindari', 'mikir dua kali', 'think twice', 'cek (?:lagi|sendiri)', 'the difference', 'instead', 'cobain', 'coba bandingkan', 'you know',
  'bedanya', "i won't", 'i wont', '(?:mikir|pikir) (?:2|dua) kali', 'deserves better', 'layak dapat yang lebih',
  // Hedges before a put-down: "no offense", "bukan mau julid", "sorry not sorry", "just saying".
  'no ofense', 'sory not sory', 'just saying', '(?:bukan|tidak) (?:mau |bermaksud )?(?:julid|nyindir|menyindir|menjelekkan|jelek-jelekin)',
  // Not naming the rival is pointing at one: "nggak nyebut merek ya, tapi …", "we won't name names".
  '(?:tidak|we won\'t|won\'t|not gona) (?:mau |akan |perlu (?:kami )?)?(?:sebut|nyebut|menyebut|name) (?:nama|namanya|merek|merk|names)', 'no names',
]);
const OTHERNESS = /(?:^(?:the )?other |(?:^|[^a-z])(?:lain|lainnya|sebelah(?:-sebelah)?|tetangga|seberang|others|other guys)$)/;
// The demonstrative alone marks a class only where it opens a sentence ("Brand fast-fashion itu …").
const DEMONSTRATIVE_ONLY = /^[a-z-]+(?: [a-z-]+){0,2} (?:itu|tuh)$/;
const WARNED_BEFORE = /(?:^|[^a-z])(?:jangan|don't|never|avoid|skip)(?![a-z])/;
const PLACED = /(?:^|[^a-z])(?:di|dari|deket|dekat)(?![a-z])/;
// Sympathy or news about a rival is no put-down: "toko sebelah kebanjiran, semoga cepat pulih".
const SYMPATHY = /(?:^|[^a-z])(?:semoga|turut|prihatin|sorry to hear|get wel|hope they|selamat)(?![a-z])/;
/** "We are not like those who …": the brand denies being like a class of others. */
const NOT_LIKE_THEM = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:kami|kita|we|we're|ours)(?: [a-z]+){0,1} (?:tidak|bukan|not|never)(?: [a-z-]+){0,5} (?:kayak|seperti|like|sama kayak|sama seperti) (?:sebagian |banyak |kebanyakan |beberapa |most |many |some )?[a-z]`));

function sentenceAt(doc: GuardDoc, at: number): { start: number; end: number; next: { start: number; end: number } | undefined } | undefined {
  const i = indexOfRangeAt(doc.sentences, at);
  const s = doc.sentences[i];
  return s === undefined ? undefined : { start: s.start, end: s.end, next: doc.sentences[i + 1] };
}

function faultAfter(doc: GuardDoc, faults: readonly { start: number; end: number }[], from: number, to: number): { start: number; end: number } | undefined {
  return faults.find((f) => f.start >= from && f.end <= to && !isNegated(doc, f.start));
}

function rivalFaulted(doc: GuardDoc, faults: readonly { start: number; end: number }[]): Hit | undefined {
  const text = doc.text;
  const stance = allMatches(STANCE, text);
  RIVAL.lastIndex = 0;
  for (let m = RIVAL.exec(text); m !== null; m = RIVAL.exec(text)) {
    const ref = m[1] ?? '';
    const start = m.index + m[0].length - ref.length;
    const end = m.index + m[0].length;
    RIVAL.lastIndex = start + 1;
    if (OWN.test(ref) || OWN.test(text.slice(end, end + 8))) continue;
    // "Belum pernah ada mitra yang …" denies the rival; "jangan tertipu kopi KW …" warns against it.
    if (isNegated(doc, start) && !WARNED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const sentence = sentenceAt(doc, start);
    if (sentence === undefined || SYMPATHY.test(text.slice(sentence.start, sentence.end))) continue;
    if (DEMONSTRATIVE_ONLY.test(ref) && !PLACED.test(ref) && text.slice(sentence.start, start).trim() !== '') continue;
    // A rival that ends its sentence ("Other noodle brands?") is judged in the next one.
    const alone = /^(?: [a-z-]+){0,3}[ "'”]*[?.!:]/.test(text.slice(end, sentence.end));
    const to = alone ? (sentence.next?.end ?? sentence.end) : Math.min(sentence.end, end + 120);
    const fault = faultAfter(doc, faults, end, to);
    if (fault === undefined) continue;
    // The fault said of the brand's own side instead: "… when ours broke".
    if (OWN.test(text.slice(end, fault.start))) continue;
    const stanceBefore = stance.some((s) => s.end <= start);
    const stanceAfter = stance.some((s) => s.start >= fault.end) || brandNamedAfter(doc, fault.end);
    // A question is an ask unless it is rhetorical: the brand answers it after ("Masih beli … abal-abal? … switch ke kita").
    if (!alone && inQuestion(doc, start, fault.end) && !stanceAfter) continue;
    if (OTHERNESS.test(ref) || stanceBefore || stanceAfter) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start, end: fault.end };
  }
  return undefined;
}

// The brand answering by its own name after the fault: "… Di Toko Emas Cahaya Intan, …", "NutriTumbuh tanpa …".
// Read in the original text, where names keep their capitals: two capitalised words in a row, or one in camel case.
const BRAND_NAME = /(?:[A-Z][a-z]+ [A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][a-z]+)/;

function brandNamedAfter(doc: GuardDoc, at: number): boolean {
  const from = toOriginalSpan(doc.norm, at, at).start;
  return BRAND_NAME.test(doc.norm.original.slice(from));
}

function notLikeThem(doc: GuardDoc, faults: readonly { start: number; end: number }[]): Hit | undefined {
  NOT_LIKE_THEM.lastIndex = 0;
  const m = NOT_LIKE_THEM.exec(doc.text);
  if (m === null) return undefined;
  const sentence = sentenceAt(doc, m.index);
  if (sentence === undefined) return undefined;
  const fault = faults.find((f) => f.start >= sentence.start && f.end <= sentence.end);
  return fault === undefined ? undefined : { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: m.index, end: Math.max(fault.end, m.index + m[0].length) };
}

export function detectOthersClass(doc: GuardDoc): Hit[] {
  if (!matchesAnywhere(FAULT, doc.text)) return [];
  const faults = allMatches(FAULT, doc.text);
  const hit = rivalFaulted(doc, faults) ?? notLikeThem(doc, faults);
  return hit === undefined ? [] : [hit];
}
