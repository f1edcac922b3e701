// Round fourteen (issue #11), CLAIM.COMPETITOR_DISPARAGE as a two-part contrast. New writers rarely
// use the put-downs the older tables list; what they share is the shape of the draft:
//  1. a third party, named only by its kind and a mark that sets it apart from the brand: a place
//     ("dodol di terminal", "the farms down the road", "lapak", "grup Facebook"), otherness ("BPR lain",
//     "toko sebelah", "other cafes"), a share of a class ("kebanyakan", "most", "some shops"), a low
//     price or grade ("cheap earbuds", "charger KW", "kopi sachet pabrikan") or hearsay about it;
//  2. a fault said of that party in its own clause: pretence ("dicap", "ngaku", "calls it", "turned
//     out"), adulteration or a cheap substitute ("sintetis", "santan instan", "dicampur jagung",
//     "filler"), staleness, early breakage ("dua minggu juga retak", "die in two weeks"), bad faith
//     ("kabur bawa uang", "curian", "bootleg", "charge you double"), neglect ("tidak pernah dibuka",
//     "jutek", "gonta-ganti") or a belittling likeness ("kayak air cucian", "like it's 2015");
//  3. the brand answering right after: the next clause or sentence opens with the brand, by its
//     name (read in the original text, where names keep their capitals) or in the first person
//     ("Dodol Ceu Imas dibikin tiap subuh", "Di BPR Sauyunan …", "At Slab House we …", "kopi kami …").
// All three must stand. A contrast without a fault ("Kopi di warung biasanya robusta. Kopi X arabika")
// is comparison; a fault without the brand answering is news or a warning (others-class.ts judges it).
// Not a third party: people and the brand's own range ("pelanggan lain", "cabang kami yang lain").
// Gated on the third-party marks (one table in the draft's pass); the rest runs only where one stands.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { toOriginalSpan } from '../text/normalize.js';
import { allMatches, collapseLetters, lazyPhrases, matchesAnywhere, phrases, type Match } from '../text/pattern.js';
import { FAULT as POOR_QUALITY } from './others-class.js';
import type { Hit } from './scan.js';

// Kinds of place where other sellers trade (read after a preposition: "di minimarket", "on Shopee", "by the temple gate").
const PLACE = '(?:pasar|pasar-pasar|terminal|kios|lapak|warung|warung-warung|pinggir|ruko|ruko-ruko|rest area|lampu merah|mal|mall|minimarket|supermarket|toko-toko|grup|marketplace|e-?commerce|stasiun|alun-alun|luar|bus|bus-bus|kereta|pelabuhan|pojok|ujung|lantai|sebelah|seberang|samping|shopee|tokopedia|tiktok|instagram|facebook|fb|ig|telegram|social media|sosmed|medsos|kampus|kantor|jalan|gang|market|night market|street|road|lobby|flor|gate|corner|stalls?|mal|airport|bandara|pelelangan|pasar malam)';
/** Marks of a third party: otherness, a place away from the brand, a share of a class, a low grade, a channel. */
const THIRD_PARTY = phrases([
  // Otherness.
  'lain', 'lainnya', 'sebelah', 'tetangga', 'seberang', 'other', 'others', 'elsewhere',
  // Places away from the brand: markets, stalls, roadsides, malls, groups and shops online.
  // A place away from the brand: markets, stalls, roadsides, malls, transport, groups and shops online.
  `(?:di|dari|dekat|deket|depan|pojok|ujung|at|by|on|near|next to|from) (?:the |a |that )?(?:[a-z-]+ )?${PLACE}`,
  'pinggir jalan', 'lapak', 'kios', 'online', 'down the road', 'across the', 'roadside', 'out there', 'di luar sana',
  // A share of a class, or a low grade or price.
  'kebanyakan', 'sebagian', 'banyak yang', 'banyak [a-z-]+ (?:[a-z-]+ )?(?:yang|di)', 'most', 'some', 'many', 'cheap', 'cheaper', 'murah', 'murahan', 'abal-abal', 'kw', 'pabrikan', 'curah', 'bootlegs?',
  // The complement of a contrast: "unlike the distros …", "beda sama kopi sachet …".
  'unlike', 'beda (?:sama|dengan|dari)', 'berbeda (?:dengan|dari)', 'tidak seperti', '(?:nggak|gak|ga) kayak',
  // The rest of a class after the brand's claim, a class by price band or by hype, a chain or a franchise.
  'the rest', 'sisanya', 'not like', '\\d+ ?(?:ribuan|jutaan|rebuan)', 'lagi (?:hype|viral)', 'yang viral', 'franchise', 'chains?', 'kekinian',
  '(?:langganan|biasa) (?:anda|kamu|kakak|lo|lu|dia)', 'yang biasa (?:dia|kamu|anda|kakak|lo) (?:pakai|pake|beli)',
  // The reader's own or former provider, recalled or asked about: "Tired of co-working spaces where …",
  // "Masih beli frozen food abal-abal?", "your current pilates studio", "gym kamu sekarang".
  'tired of', 'sick of', '(?:capek|capai|bosan|bosen|kapok|lelah) (?:sama|dengan|dgn)', 'masih (?:beli|pakai|pake|langganan|bayar)', 'ever (?:bought|tried|ordered|had)',
  'pernah (?:pesan|ikut|nyoba|coba|pakai|pake|makan|order)', 'your (?:current|old|usual|previous|last)', '(?:kamu|anda|lo|lu) (?:sekarang|yang sekarang|yang lama)',
  // A former or heard-of provider.
  'pindah dari', 'switched from', 'moved from', 'di sana',
  'last', 'previous', 'sebelumnya', 'yang dulu', 'katanya', 'pernah beli', 'bought at', 'they bought', 'kayak gitu',
]);
// People, the brand's own range, and time are never the third party: "pelanggan lain", "hari lain", "last week".
const NOT_A_PARTY = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:orang|teman|temen|pelanggan|pembeli|customer|customers|member|anggota|peserta|tamu|anak|ibu|bapak|kakak|keluarga|hari|minggu|bulan|tahun|waktu|kali|cara|warna|ukuran|varian|rasa|pilihan|menu|cabang|outlet|kota|people|friends|days?|weeks?|months?|years?|times?|ways?|sizes?|colou?rs?|options?|hand|side|things?|words?|kami|kita|our|my|saya|aku)(?: (?:kami|kita|our|saya|aku))?(?: yang)? $`));
// A share of people is no rival: "sebagian orang", "most parents", "banyak yang suka".
const PEOPLE_AFTER = new RegExp(collapseLetters(String.raw`^ (?:of )?(?:orang|teman|temen|pelanggan|pembeli|customers?|people|parents?|kids?|mums?|moms?|ibu-ibu|anak|keluarga|pasien|patients?|members?|students?|yang (?:suka|bilang|tanya|nanya))(?![a-z])`));
// The brand likened to the party ("Like most clinics, we …") is no put-down.
const LIKENED_BEFORE = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:like|kayak|seperti|sama kayak|sama seperti|just like)(?: [a-z-]+){0,1} $`));
const OWN = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:kami|kita|we|we're|we've|our|ours|us|saya|aku|my)(?![a-z])`));
// Hearsay or a customer's story brings the brand's own words into the party's sentence: "Our customers keep telling us …".
const TOLD = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:telling|told|tell|say|says|said|cerita|bilang|ngeluh|mengeluh|complain|complained|katanya|kata)(?![a-z])`));

/** A fault said of the party (lazy: read only where a party and an answer stand). */
const FAULT = lazyPhrases([
  // Pretence and relabelling.
  'dicap', 'dilabeli', 'diklaim', 'ngaku(?:-ngaku)?', 'mengaku', 'calls? it', 'call it', 'pretend(?:s|ing)?', 'rebrand(?:s|ed)?', 'relabel(?:s|led)?', 'repack(?:s|ed)?',
  '(?:dibungkus|dilem|dijual|dicat|dikemas) ulang', 'turned out', 'ternyata', '(?:as|sebagai) (?:new|baru|original|asli|genuine|ori)', 'dibilang (?:baru|asli|ori)', 'padahal', 'so-called', 'glorified', 'bukan (?:[a-z]+ ){0,2}(?:beneran|asli|resmi)', 'not (?:real|genuine|stitched|official)',
  // Adulteration, substitutes and cheap inputs.
  'sintetis', 'synthetic', 'instan', 'instant', 'premix', 'campuran', 'dicampur', 'campur', 'mixed with', 'fillers?', 'mostly', 'basically', 'doang', 'cuma', 'hanya', 'just',
  'kosong', 'tempelan', 'stiker', 'printed', 'palm oil', 'perisa', 'pewarna', 'pengawet', 'spray', 'pestisida', 'kimia', 'chemicals?', 'bulk',
  // Staleness, rawness and second-hand goods.
  'kemarin sore', 'sisa kemarin', 'mentah', 'basi', 'sisa', 'stale', 'bekas', 'second', 'refurbished', 'rekondisi', 'used',
  // Early breakage and harm.
  'retak', 'rusak', 'gores', 'kusut', 'kembung', 'meledak', 'bocor', 'luntur', 'pudar', 'die', 'dies', 'died', 'broke', 'breaks?', 'fall apart', 'jebol', 'mati',
  '(?:gampang|mudah|cepat|cepet) [a-z]+', '(?:dua|tiga|satu|2|3|1) (?:hari|minggu|bulan) (?:juga|sudah|udah|langsung)', 'in (?:two|three|a few|2|3) (?:days|weks|months)', 'bikin [a-z]+ [a-z]+',
  // Bad faith.
  'kabur', 'bawa (?:uang|duit|akun|kabur)', 'curian', 'stolen', 'carding', 'bootlegs?', 'kw', 'palsu', 'fakes?', 'banned', 'kena banned', 'ditendang', 'keblokir', 'diblokir', 'double',
  'charge (?:you )?(?:double|twice|extra)', 'overcharge[sd]?', 'tipu', 'nipu', 'menipu', 'scams?', 'hidden', 'mark-?up', 'dicuri', 'ilegal', 'illegal', 'selundupan',
  // Neglect and poor service.
  'jutek', 'judes', 'kasar', 'cuek', 'antrian(?:nya)? panjang', 'antreannya panjang', 'lama banget', 'gonta-ganti', 'ganti-ganti', 'asal', 'asal-asalan', 'belepotan', 'jorok', 'kotor',
  '(?:tidak|nggak|gak|teu|ga|tak) (?:pernah|ada|jelas|dibuka|responsif)', 'never', 'still (?:run|use|sel)', 'outdated', 'ketinggalan', 'jadul', 'encer', 'alot', 'hambar', 'keras',
  // Excess, lack and inability: "cram twelve people", "kelasnya isi 40 anak", "mana sempat", "no hot water".
  'cram(?:s|med)?', 'terlalu', 'too (?:many|much|few|small|slow|late)', 'isi \\d+', 'penuh', 'overcrowded', 'mana sempat', '(?:can\'t|cannot|won\'t|nggak bakal|gak bakal|tidak bisa|nggak bisa) [a-z]+', 'no (?:hot|clean|real|proper) [a-z]+',
  'tanpa [a-z]+', 'skip(?:s|ped)? the', 'menjerat', 'nagih(?:nya)?', 'nambah', 'telat', 'dingin', 'jelantah', 'serbuk', 'diakui', 'ngakunya', 'printing', 'cetakan', 'burns?', 'wilted', 'noisy', 'maze',
  'pasir(?:nya)?', 'tinggal nama', 'tepung', 'gula (?:cair|tinggi)', 'gulanya tinggi', 'sugar water', 'pakai (?:sirup|pewarna|pengawet|perasa|bahan kimia)',
  // Extra charges, expiry, uneven results and smells: "pay extra for a clean mat", "udah lewat tanggal", "tumbuhnya ndak rata".
  '(?:pay|bayar) (?:extra|ekstra|lagi|tambahan|more)', 'lewat tanggal', 'expired', 'pesticides?', 'smel(?:s|ed|ing)? of', 'so cheap', 'potongan(?:nya)? banyak', 'tebak-tebakan',
  '(?:ndak|nggak|tidak|gak|not|never) (?:rata|seragam|konsisten|even|consistent|fresh|segar)',
  // A belittling likeness.
  '(?:kayak|kaya|seperti|like|tasted like) [a-z]+(?: [a-z]+)?', "like it's",
]);

// The answer's opening, read in the original text: an optional connective, then the brand by name.
const NAME = String.raw`(?:[A-Z][A-Za-z'’]*[a-z][A-Z][A-Za-z]*|[A-Z][A-Za-z'’]+(?:\s+[A-Z][A-Za-z'’]+)+)`;
const OPENER = String.raw`(?:(?:[Dd]i|[Aa]t|[Kk]alau|[Kk]alo|[Pp]akai|[Cc]oba|[Bb]ut|[Tt]api|[Nn]ah|[Ss]edangkan|[Ss]ementara|[Ww]hile|[Mm]akanya|[Hh]ere at|[Ii]n)\s+(?:(?:pakai|di|jasa|beli di|at)\s+)?)?`;
// The answer may repeat the party's kind before the brand's name: "Wedang uwuh Kedai Imogiri …", "Keripik tempe Mbak Ning …".
const NAME_OPENS = new RegExp(String.raw`^\s*(?:[-–—]\s*)?${OPENER}(?:[A-Za-z-]+\s+){0,3}?${NAME}`);
const NAME_IN = new RegExp(String.raw`(?:^|[^A-Za-z])(?:[Dd]i|[Aa]t|[Kk]e|to|[Pp]akai|jasa|[Ee]very|[Cc]oba)\s+${NAME}`);
// The brand in the first person at the clause's start: "kami …", "di sini …", "ours is …", "kopi kami …".
const OWN_OPENS = new RegExp(collapseLetters(String.raw`^\s*(?:(?:justru|malah|kalau|kalo|di|at|but|tapi|nah|sedangkan|sementara|while|whereas|makanya) )?(?:[a-z-]+ ){0,2}?(?:kami|kita|we|we're|we've|our|ours|sini|here)(?![a-z])`));
// The reader sent to compare: "itu bedanya sama kelom dari bengkel kami", "bandingkan sendiri".
const SET_AGAINST = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:bedanya|perbedaannya|the difference|bandingkan|bandingin|compare)(?![a-z])`));
const TURN = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:but|tapi|tetapi|after|setelah|since|sejak|soalnya|because|karena)(?![a-z])`));
// The party praised or spared in its own part: "Other e-wallets are great too", "No shade to …", "juga bagus".
const SPARED = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:bagus|great|good|love|no shade|no hate|nothing bad|respect|juga bisa|are fine|happy to|senang|recommend)(?![a-z])`));
// "Dulu cuma pedagang kain di Pasar …": a limiter before the party limits someone else.
const LIMITER = /^(?:cuma|hanya|just|doang|basically|mostly)$/;
const SHODDY_MARK = /^(?:abal-abal|kw|murahan|bootlegs?)$/;
const CONTRASTED = /^(?:unlike|beda|berbeda|tidak seperti|nggak kayak|gak kayak|ga kayak)/;
const LOW_GRADE = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:cheap|cheaper|flimsy|budget|murah|murahan|abal-abal|kw|pop-up|no-?name|mass-produced|pabrikan)(?![a-z])`));
// Sympathy or news about a neighbour is no put-down: "Toko sebelah kebanjiran, semoga cepat pulih".
const SYMPATHY = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:semoga|turut|prihatin|sorry to hear|get wel|hope they|selamat|kasihan mereka)(?![a-z])`));
// The reader sent to the brand: "pindah ke kami", "switch ke kita", "mending di kita", "glad they found us".
const SENT_TO_BRAND = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:(?:pindah|switch|beralih|balik|move|moved|come|datang|langganan|mending|mendingan|coba)(?: [a-z]+)? (?:ke|to|di|sama|over to) (?:kami|kita|us|sini|here)|found us|ke sini aja)(?![a-z])`));
const SWITCHED_FROM = /^(?:pindah dari|switched from|moved from)/;
// Where a clause of the same sentence may open the brand's answer.
const CLAUSE_BREAK = /[,;:]\s*|\s(?:sedangkan|sementara|whereas|while|but|tapi)\s/g;

interface Answer {
  /** Normalised offset where the brand's answer opens. */
  at: number;
}

function answerIn(doc: GuardDoc, from: number, to: number, named: (original: string) => boolean): boolean {
  const original = doc.norm.original;
  const o = toOriginalSpan(doc.norm, from, to);
  return named(original.slice(o.start, o.end)) || OWN_OPENS.test(doc.text.slice(from, to));
}

/** The brand's answer after `from` in its sentence (a later clause) or in the next sentence. */
function brandAnswer(doc: GuardDoc, i: number, from: number): Answer | undefined {
  const sentence = doc.sentences[i];
  if (sentence === undefined) return undefined;
  const rest = doc.text.slice(from, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(rest); m !== null; m = CLAUSE_BREAK.exec(rest)) {
    const at = from + m.index + m[0].length;
    if (answerIn(doc, at, Math.min(sentence.end, at + 60), (s) => NAME_OPENS.test(s))) return { at };
  }
  const sent = SENT_TO_BRAND.exec(rest);
  if (sent !== null) return { at: from + sent.index };
  // The next sentence, or the one after when the next only sums the party up ("Toko-toko kayak gitu mah emang gitu.").
  const named = (t: string): boolean => NAME_OPENS.test(t) || NAME_IN.test(t);
  for (const next of doc.sentences.slice(i + 1, i + 3)) {
    if (answerIn(doc, next.start, next.end, named) || SENT_TO_BRAND.test(doc.text.slice(next.start, next.end)) || (SET_AGAINST.test(doc.text.slice(next.start, next.end)) && OWN.test(doc.text.slice(next.start, next.end)))) return { at: next.start };
  }
  return undefined;
}

/** The brand first, then the party after a turn: "We won't name names, but the shop …", "switched to us after his last shop …". */
function brandBefore(doc: GuardDoc, sentenceStart: number, party: Match): boolean {
  const before = doc.text.slice(sentenceStart, party.start);
  const own = OWN.exec(before);
  if (own === null) return false;
  const turn = TURN.exec(before.slice(own.index));
  // "… but we are the most …": the brand again after the turn, so the party is not the subject there.
  return turn !== null && !OWN.test(before.slice(own.index + turn.index + turn[0].length));
}

function sentenceIndex(doc: GuardDoc, at: number): number {
  return doc.sentences.findIndex((s) => s.start <= at && at < s.end);
}

function judged(doc: GuardDoc, party: Match, faultsOf: () => readonly Match[]): Hit | undefined {
  const text = doc.text;
  if (NOT_A_PARTY.test(text.slice(Math.max(0, party.start - 40), party.start))) return undefined;
  if (OWN.test(text.slice(party.end, party.end + 10)) || PEOPLE_AFTER.test(text.slice(party.end, party.end + 24))) return undefined;
  // "Yang masih pakai casing polos …": people who use a thing, not a provider (a shaming, FOMO's to judge).
  if (/^(?:masih|pernah)/.test(text.slice(party.start, party.end)) && text.endsWith('yang ', party.start)) return undefined;
  // "The most …" is a superlative, not a share of a class.
  if (text.startsWith('the most', party.start - 4)) return undefined;
  if (LIKENED_BEFORE.test(text.slice(Math.max(0, party.start - 20), party.start))) return undefined;
  const i = sentenceIndex(doc, party.start);
  const sentence = doc.sentences[i];
  if (sentence === undefined) return undefined;
  // "Pindah dari <party>", "switched from <party>": the switch to the brand is the answer.
  const first = SWITCHED_FROM.test(text.slice(party.start, party.end)) || brandBefore(doc, sentence.start, party);
  const answer = first ? undefined : brandAnswer(doc, i, party.end);
  if (!first && answer === undefined) return undefined;
  // The party's part: from the sentence start to the answer. The brand speaking of itself there is no
  // rival's sentence, unless it retells what others said of the party or turns to the party.
  const partEnd = Math.min(answer?.at ?? sentence.end, sentence.end);
  const part = text.slice(sentence.start, partEnd);
  if (!first && OWN.test(text.slice(sentence.start, party.start)) && !TOLD.test(part)) return undefined;
  if (SPARED.test(part) || SYMPATHY.test(text.slice(sentence.start, sentence.end))) return undefined;
  // A party marked by a fake or shoddy grade carries its fault in the mark: "frozen food abal-abal? … switch ke kita".
  if (SHODDY_MARK.test(text.slice(party.start, party.end)) && !isNegated(doc, party.start)) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: party.start, end: party.end };
  // Set apart by "unlike", the party's own grade is the fault: "Unlike the cheap teak you see online, our …".
  if (CONTRASTED.test(text.slice(party.start, party.end)) && LOW_GRADE.test(text.slice(party.end, partEnd))) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: party.start, end: partEnd };
  // The fault follows the mark, or precedes it in the same clause ("nasi kotak yang datang telat dari katering
  // lain"): said of the party, not of what the sentence told before it.
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(',', party.start) + 1, party.start - 60);
  const fault = faultsOf().find((f) => (f.start >= party.end || (f.start >= clauseStart && !LIMITER.test(text.slice(f.start, f.end)))) && f.end <= partEnd && !isNegated(doc, f.start) && !OWN.test(text.slice(Math.min(f.start, party.end), f.start)));
  return fault === undefined ? undefined : { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: party.start, end: fault.end };
}

export function detectCompetitorRoundFourteen(doc: GuardDoc): Hit[] {
  if (!matchesAnywhere(THIRD_PARTY, doc.text)) return [];
  // The fault tables are read once, and only where a party has the brand answering it.
  let faults: readonly Match[] | undefined;
  const faultsOf = (): readonly Match[] => (faults ??= [...allMatches(FAULT, doc.text), ...allMatches(POOR_QUALITY, doc.text)]);
  for (const party of allMatches(THIRD_PARTY, doc.text)) {
    const hit = judged(doc, party, faultsOf);
    if (hit !== undefined) return [hit];
  }
  return [];
}
