// Issue 11 round seven, claims by shape (what two outside writers, train7a and train7b, said
// that the older tables did not read). Each shape is a cheap gated cue first; the wider,
// ungated tables run only after a cue matched, so most drafts pay one trie walk and nothing else.
//  - Others set against us: a reference to unnamed others ("asuransi lain yang …", "other
//    trading apps", "bank-bank gede", "hotel sebelah") and, in that sentence or the next, the
//    brand set apart ("we don't", "kita nggak", "we actually", "serum kita beda", "mending di sini").
//  - Statistics in any noun: "N dari/out of M <anyone>", number words too ("tujuh dari sepuluh"),
//    a share of people who say or report something, a measured average, a change "by N%".
//  - Free with the cost told after it: "…, tapi wajib bayar", "then $14.99/month", "unless you
//    cancel", "syaratnya booking 3 malam", "untuk setiap pembukaan rekening", "free X*".
//  - Safety as a hazard declared impossible: "nggak bakal overheat", "can't catch fire", "anti celaka".
//  - Guarantees: a certain effect ("pasti bikin …"), failure ruled out ("nggak pakai gagal",
//    "zero downtime, ever", "nggak bakal bocor").
//  - Rankings: "the most <word>", "the region's leading", "than any other", "the only … you'll ever need",
//    and one asked, then answered by the brand ("… paling jujur di Jaksel? Itu kita").
//  - A cure told of the narrator's own family since using the product (testimonial).
//  - A certain return told across two sentences ("put in $10k, get back $12k. No risk at all").
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import type { Range } from '../context/structure.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import { SUPERLATIVE } from './claims-overpromise.js';
import type { Hit } from './scan.js';

const sentenceOf = (doc: GuardDoc, at: number): Range => doc.sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: doc.text.length };
const stated = (doc: GuardDoc, m: Match): boolean => !isNegated(doc, m.start) && !inQuestion(doc, m.start, m.end);
/** The sentence of `at` and the one after it. */
function twoSentences(doc: GuardDoc, at: number): Range {
  const i = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return { start: 0, end: doc.text.length };
  return { start: doc.sentences[i]?.start ?? 0, end: doc.sentences[i + 1]?.end ?? doc.sentences[i]?.end ?? doc.text.length };
}

// ---------------------------------------------------------------- others set against us
// Nouns that name a choice within the brand's own range: "warna lain", "other sizes".
const OWN_RANGE = '(?:warna|ukuran|size|sizes|hari|waktu|jam|tanggal|cara|metode|varian|rasa|pilihan|menu|model|seri|tipe|opsi|kesempatan|orang|kali|sisi|pihak|bulan|minggu|tahun|kota|cabang|outlet|colou?rs?|flavou?rs?|options?|days?|times?|ways?|people|ones?|things?|items?|words?|hand|side|questions?|pertanyaan)';
// The brand's own customers and readers are no rival: "some customers asked …; we don't".
const CLIENTS = '(?:customers?|clients?|buyers?|guests?|members?|users?|readers?|followers?|fans?|friends?|parents?|kids?|students?|visitors?|patients?|subscribers?|orders?|folks|pelanggan|pembeli|konsumen|teman(?:-teman)?|temen(?:-temen)?|kakak|kak|member|peserta|tamu|pasien|pengikut|pesanan)';
/** The brand set apart: the gate of this shape. */
const SET_APART = lazyPhrases([
  "(?:kita|kami|we|us|ours) (?:tidak|enggak|don't|do not|never|won't|nope)(?: (?:do|did|will|would|begitu|gitu|lakukan|like that))?(?= ?[.!,;]|$)",
  '(?:kita|kami|we|our(?: [a-z]+){1,2})(?: [a-z]+)? (?:actually|truly|jujur|beneran|benar-benar)',
  '(?:di sini|here|di kita|kita|kami|ours)(?: [a-z]+){0,2} (?:beda|berbeda)', '(?:beda|berbeda) (?:sama|dengan|dari|ama) (?:kita|kami|di sini|sini)',
  'mending (?:[a-z]+ ){0,2}(?:sini|kami|kita)',
  // "…, di kami laporan dibacakan": the brand's own place opening the clause after the others.
  '(?<=, )(?:di|kalau di|kalo di) (?:kami|kita|sini)(?= [a-z])',
  // "kita ulek sendiri", "we charge you nothing": the brand's own way against theirs.
  '(?:kita|kami|we) (?:[a-z]+ ){0,2}(?:sendiri|ourselves|in-house)', '(?:kita|kami|we) (?:[a-z]+ ){1,2}(?:nothing|zero|nol)',
  '(?:beda|berbeda) (?:sama|dengan|dari|ama)(?! (?:kita|kami|di sini|sini))', '(?:tidak|nggak|enggak) (?:seperti|kayak|kaya)', 'unlike',
]);
/** Openers that name the others right after them ("berbeda dengan asuransi lain …"). */
const OPENER = /^(?:beda|berbeda|tidak|nggak|enggak|unlike)/;
const OTHERS = lazyPhrases([
  `(?!(?:${OWN_RANGE}|${CLIENTS}) )[a-z]+(?:-[a-z]+)?(?: [a-z]+)? (?:lain|lainnya|laen|sebelah|tetangga)`,
  `[a-z]+-[a-z]+ (?:gede|besar|lain|mahal|ternama|terkenal)`,
  `(?:other|most|many|some|those|the big|big|the old-school|old-school|traditional|the usual) (?:[a-z]+ ){0,2}(?!(?:${OWN_RANGE}|${CLIENTS})(?![a-z]))[a-z]+s`,
  '(?:[a-z]+ ){1,2}(?:deket|dekat) (?:rumah|sini|kantor)', 'kompetitor', 'pesaing', 'competitors?',
]);

// Gate of the shape: the head words of an "others" reference. The brand's own words ("kita",
// "we", "tidak") are far more common, so they are read only after one of these.
const OTHERS_CUE = phrases([
  'lain', 'lainnya', 'laen', 'sebelah', 'tetangga', 'other', 'most', 'many', 'some', 'those', 'big', 'traditional', 'old-school', 'usual', 'deket', 'dekat', 'kompetitor', 'pesaing', 'competitors?',
  'gede', 'besar', 'mahal', 'ternama', 'terkenal',
]);

function detectSetApart(doc: GuardDoc): Hit[] {
  if (allMatches(OTHERS_CUE, doc.text).length === 0) return [];
  const marks = allMatches(SET_APART, doc.text);
  if (marks.length === 0) return [];
  const others = allMatches(OTHERS, doc.text);
  for (const mark of marks) {
    if (inQuestion(doc, mark.start, mark.end)) continue;
    const said = doc.text.slice(mark.start, mark.end);
    // "beda sama kita" closes the contrast; "beda sama <others>" opens it.
    const opener = OPENER.test(said) && !/(?:kita|kami|sini)$/.test(said);
    const here = sentenceOf(doc, mark.start);
    const before = doc.sentences.find((s) => s.end <= here.start && here.start - s.end <= 2);
    const from = before?.start ?? here.start;
    const ref = others.find((o) =>
      opener
        ? o.start >= mark.start && o.end > mark.end && o.start <= mark.end + 3 && o.end <= here.end
        : o.start >= from && o.end <= mark.start && !isNegated(doc, o.start) && mark.start - o.end >= 6,
    );
    if (ref !== undefined) return [{ rule: 'CLAIM.COMPETITOR_DISPARAGE', start: Math.min(ref.start, mark.start), end: Math.max(ref.end, mark.end) }];
  }
  return [];
}

// ---------------------------------------------------------------- statistics
const NUM = '(?:(?<![\\d.,])\\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten)';
const NOT_PEOPLE = '(?:produksi|batch|jar|botol|bottles?|pack|porsi|portions?|varian|ukuran|sizes?|warna|colou?rs?|pcs|items?|produk|products?|stok|stock|slots?|kursi|seats?|hari|days?|minggu|weeks?|bulan|months?|kamar|rooms?|unit|units)';
// Not "rate": a noun as often as a verb ("95% win rate").
const REPORT = '(?:menyatakan|bilang|mengatakan|merasa|mengaku|memilih|puas|report|reported|say|said|agree|agreed|felt|feel|noticed|saw|prefer|prefers|chose|choose|satisfied|happy|rated)';
const STAT_SHAPES = phrases([
  `${NUM} (?:dari|out of) ${NUM} (?!${NOT_PEOPLE}(?![a-z]))[a-z]+`,
  `(?:sebanyak )?\\d+(?:[.,]\\d+)?% (?:of )?(?:our |the )?[a-z]+(?: [a-z]+)?(?: (?:kami|kita|we|who [a-z]+))? ${REPORT}`,
  '(?:save|saves|saved|hemat|menghemat|lose|lost|earn|earned|gain|gained|cut|cuts) (?:[a-z]+ ){0,2}(?:an average of|on average|rata-rata|average of) (?:\\$|rp ?)?\\d[\\d.,]*',
  '\\d+(?:[.,]\\d+)?% (?:lower|higher|cheaper|fewer|bigger|smaller|greater|shorter|quicker)',
  "(?:improve|improves|improved|increase|increases|increased|boost|boosts|boosted|raise|raises|cut|cuts|reduce|reduces|reduced|lower|lowers|meningkatkan|menaikkan|menurunkan) (?:[a-z']+ ){0,4}(?:by|sebesar|hingga) \\d+(?:[.,]\\d+)?%",
  '(?:teruji|tested|proven) (?:bikin|membuat|bisa|mampu|efektif|ampuh)',
]);
// A change in a price or a rate is an offer or a fee, not a result: "harga turun hingga 50%".
const PRICE_WORDS = lazyPhrases(['harga', 'prices?', 'tarif', 'fees?', 'biaya', 'bunga', 'rates?', 'diskon', 'discount', 'off', 'sale', 'promo']);

function detectStatShapes(doc: GuardDoc): Hit[] {
  const found = allMatches(STAT_SHAPES, doc.text);
  if (found.length === 0 || doc.signals.evidence) return [];
  for (const m of found) {
    if (!stated(doc, m)) continue;
    const s = sentenceOf(doc, m.start);
    if (/%$/.test(doc.text.slice(m.start, m.end)) && allMatches(PRICE_WORDS, doc.text).some((p) => p.start >= s.start && p.end <= s.end)) continue;
    return [{ rule: 'CLAIM.UNSUBSTANTIATED_STAT', start: m.start, end: m.end }];
  }
  return [];
}

// ---------------------------------------------------------------- free, and the cost told after it
const FREE_WORD = phrases(['(?<!-)(?:gratis|free|cuma-cuma|gratisan)(?!-)', '(?:is|are|it\'s) on us']);
// Gated: read in the draft's one pass, so a free word costs no second scan of the draft.
const COST_AFTER = phrases([
  '(?:tapi|tetapi|namun|but|cuma|hanya|kecuali|except|asal|asalkan) (?:[a-z0-9]+ ){0,4}(?:wajib|harus|must|have to|need to|perlu) (?:[a-z]+ ){0,2}(?:bayar|pay|beli|membeli|buy|ambil|take|book|booking|sign|langganan|subscribe|deposit|setor)',
  '(?:tapi|tetapi|namun|but|cuma|hanya) (?:ada |there is |there\'s |you )?(?:[a-z]+ )?(?:biaya|fees?|charges?|dikenakan|dikenain|dikenai|kena|ditagih|charged|billed|bayar|pay)',
  '(?:then|lalu|kemudian|abis itu|habis itu|setelah itu|sesudah itu|after that|afterwards|thereafter|becomes|jadi|lanjut|rolls? into|turns? into|converts? (?:to|into)|it\'s)(?: [a-z0-9]+){0,5} (?:rp ?\\d|\\$ ?\\d|\\d[\\d.,]* ?(?:rb|ribu|k|jt)|member|membership|plan|langganan|bulanan|monthly)',
  '(?:cukup|hanya|tinggal|just|only) (?:bayar|pay) (?:[a-z]+ ){0,2}(?:biaya|fe|fes|handling|ongkos|rp ?\\d|\\$ ?\\d)',
  'unless (?:you )?(?:forget to )?cancel', '(?:kalau|kalo|jika|if) (?:lupa|you forget(?: to)?) (?:cancel|batal|membatalkan)', '(?:billed|charged) automatically', 'automatically (?:renews?|billed|charged|converts?)', 'otomatis (?:lanjut|diperpanjang|terpotong|ditagih|jadi)',
  'syarat(?:nya)?(?: [a-z0-9]+){0,2} (?:booking|pesan|menginap|beli|membeli|order|stay|ambil|setor|deposit|sign|daftar|langganan)', 'cukup (?:dengan )?(?:membeli|beli|belanja|booking|setor|buka)',
  '(?:untuk|for|with) (?:setiap|every|each|tiap) (?:[a-z]+ ){0,3}(?:pembukaan|rekening|account|setoran|deposit|booking|sign-?up|kontrak|contract|menginap)', 'dengan setoran', '(?:when|if) you (?:sign up|subscribe|open|book|commit)',
]);
// A condition the draft waives is no string: "tanpa biaya pendaftaran" ("fees" is "fes" once letters collapse).
const WAIVED = /(?:tanpa|no|without|bebas|tidak (?:pakai|perlu|wajib|harus|ada)) (?:syarat |minimum |minimal |min |any |a |wajib |harus |perlu |biaya |extra )?(?:pembelian|purchase|beli|belanja|order|transaksi|langanan|subscription|pendaftaran|registration|biaya|fes?|charges?)/g;
const STARRED = /^[a-z ]{0,25}\*/;

function detectCostAfterFree(doc: GuardDoc): Hit[] {
  const frees = allMatches(FREE_WORD, doc.text);
  if (frees.length === 0) return [];
  const costs = allMatches(COST_AFTER, doc.text);
  const waived = costs.length === 0 ? [] : [...doc.text.matchAll(WAIVED)].map((w) => ({ start: w.index, end: w.index + w[0].length }));
  for (const f of frees) {
    if (!stated(doc, f) || /(?:fel|bebas) $/.test(doc.text.slice(Math.max(0, f.start - 5), f.start))) continue;
    if (STARRED.test(doc.text.slice(f.end, f.end + 27))) return [{ rule: 'CLAIM.FAKE_FREE', start: f.start, end: f.end }];
    const scope = twoSentences(doc, f.start);
    const cost = costs.find((c) => c.start >= f.end && c.end <= scope.end && !waived.some((w) => w.start < c.end && c.start < w.end));
    if (cost !== undefined) return [{ rule: 'CLAIM.FAKE_FREE', start: f.start, end: f.end }];
  }
  return [];
}

// ---------------------------------------------------------------- hazards declared impossible
const HAZARD = '(?:overheat(?:ing)?|kepanasan|meledak|explode|explodes|terbakar|kebakaran|catch fire|korslet|korsleting|konslet|short-? ?circuit|kesetrum|nyetrum|electrocut[a-z]*|cedera|injury|injuries|injured|celaka|kecelakaan)';
const HAZARD_ABSENT = lazyPhrases([
  `(?:tidak|won't|will not|never|can't|cannot|doesn't|does not|tak)(?: [a-z]+){0,3} ${HAZARD}`,
  `(?:anti|bebas|zero|100%) ${HAZARD}`, '(?:100%|totally|completely|fully|sepenuhnya) [a-z]+-?proof',
]);
// Advice, not a claim: "supaya tidak overheat", "to make sure it doesn't overheat".
const PURPOSE_BEFORE = /(?:supaya|agar|biar|so that|so it|so they|to make sure|to prevent|to avoid|untuk mencegah|mencegah|jangan sampai|hindari) (?:[a-z]+ )?$/;

// Gate: the hazard itself, or a "-proof" word (negations and "100%" are common; hazards are not).
const HAZARD_CUE = phrases([HAZARD, '(?:explosion|fire|shock|spark|burn)-?proof']);

function detectHazardAbsent(doc: GuardDoc): Hit[] {
  if (allMatches(HAZARD_CUE, doc.text).length === 0) return [];
  for (const m of allMatches(HAZARD_ABSENT, doc.text)) {
    if (!stated(doc, m) || PURPOSE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start))) continue;
    return [{ rule: 'CLAIM.SAFETY', start: m.start, end: m.end }];
  }
  return [];
}

// ---------------------------------------------------------------- certain effects, failure ruled out
const CERTAIN_EFFECT = lazyPhrases([
  '(?:pasti|dijamin) (?:bikin|membuat|bakal bikin|akan membuat|buat) (?:[a-z]+ ){0,3}[a-z]+', '(?:tanpa|tidak (?:pakai|pake)) gagal',
  '(?:zero|no|nol|tanpa) (?:downtime|outages?|failures?|breakdowns?|gangguan)(?:,? ever| selamanya)', 'never ever (?:fails?|breaks?|goes down)',
  '(?:tidak|tak) (?:bakal|akan pernah|pernah) (?:bocor|rusak|luntur|pudar|mogok|gagal|error)',
]);

// The writer's own intention, not an effect: "aku pasti bikin video review", "Kami pasti bikin acara lagi".
const SPEAKER_BEFORE = /(?:^|[.!?,;] ?)(?:kami|kita) $|(?:^|[^a-z])(?:aku|saya|gue|gw|i|ku) $/;

// Gate: the certainty or the failure word, not the common negations before them.
const EFFECT_CUE = phrases(['pasti', 'dijamin', 'gagal', 'downtime', 'outages?', 'failures?', 'breakdowns?', 'gangguan', 'bocor', 'rusak', 'luntur', 'pudar', 'mogok', 'error', 'fails?']);

function detectCertainEffect(doc: GuardDoc): Hit[] {
  if (allMatches(EFFECT_CUE, doc.text).length === 0) return [];
  for (const m of allMatches(CERTAIN_EFFECT, doc.text)) {
    const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
    if (!stated(doc, m) || PURPOSE_BEFORE.test(before) || SPEAKER_BEFORE.test(before)) continue;
    return [{ rule: 'CLAIM.ABSOLUTE_GUARANTEE', start: m.start, end: m.end }];
  }
  return [];
}

// ---------------------------------------------------------------- rankings
const RANKING_SHAPES = phrases([
  // "even for the most sensitive skin" names an audience, not a ranking of the product.
  "(?<!(?:even|for|on|with) )the most (?!(?:of|part|common|recent|likely|important|frequent|asked|basic|out|use|fun)(?![a-z]))[a-z]{4,}(?: [a-z]+)?",
  "(?:the |our )?(?:region|country|nation|city|world|island|asia|indonesia|jakarta|market)'s (?:leading|top|biggest|largest|favou?rite|number one|#1)",
  '(?:more|lebih banyak) (?:[a-z]+ ){0,3}(?:than|daripada) (?:any other|all the others|semua yang lain)',
  "the only(?: [a-z]+){1,3} (?:you'll|you will|you'd|you) (?:ever )?need",
  '(?:top pick|top choice|first choice|favou?rite|go-to)(?: [a-z]+){0,2} (?:among|di kalangan) (?:[a-z]+ ){0,2}[a-z]+s',
]);

function detectRankingShapes(doc: GuardDoc): Hit[] {
  const found = allMatches(RANKING_SHAPES, doc.text);
  if (found.length === 0 || doc.signals.evidence) return [];
  const m = found.find((x) => stated(doc, x));
  return m === undefined ? [] : [{ rule: 'CLAIM.SUPERLATIVE', start: m.start, end: m.end }];
}

// A ranking asked, then answered by the brand: "Bengkel paling jujur di Jaksel? Itu kita."
const ANSWERED = phrases(["(?:itu|ya|jawabannya) (?:kita|kami)", "that's (?:us|we)", "(?:the answer is|it's) us"]);

function detectAnsweredRanking(doc: GuardDoc): Hit[] {
  const answer = allMatches(ANSWERED, doc.text)[0];
  if (answer === undefined) return [];
  const here = sentenceOf(doc, answer.start);
  const asked = doc.sentences.find((s) => s.end <= here.start && here.start - s.end <= 2);
  if (asked === undefined || !/\?\s*$/.test(doc.text.slice(asked.start, here.start))) return [];
  const ranking = allMatches(SUPERLATIVE, doc.text).find((m) => m.start >= asked.start && m.end <= asked.end && !isNegated(doc, m.start));
  return ranking === undefined ? [] : [{ rule: 'CLAIM.SUPERLATIVE', start: ranking.start, end: ranking.end }];
}

// ---------------------------------------------------------------- a cure told of one's own family
const SINCE_USING = phrases(['(?:sejak|setelah|semenjak|since|after) (?:rutin |teratur )?(?:minum|pakai|konsumsi|mengonsumsi|menggunakan|memakai|taking|using|drinking|starting)']);
const NARRATOR = lazyPhrases([
  '(?:ibu|bapak|ayah|mama|papa|suami|istri|anak|adik|kakak|nenek|kakek|mertua|teman) (?:saya|aku|gue)', '(?:ibu|mama|anak|suami|istri|nenek|kakek)ku',
  '(?:my|our) (?:mom|mum|mother|dad|father|husband|wife|son|daughter|kid|kids|grandma|grandpa|friend)',
]);
const RECOVERED = lazyPhrases(['sembuh', 'pulih', 'healed', 'cured', 'recovered']);

function detectFamilyCure(doc: GuardDoc): Hit[] {
  const since = allMatches(SINCE_USING, doc.text).find((m) => !isNegated(doc, m.start));
  if (since === undefined) return [];
  const narrator = allMatches(NARRATOR, doc.text)[0];
  const cured = allMatches(RECOVERED, doc.text).find((m) => m.start > since.start && !isNegated(doc, m.start));
  if (narrator === undefined || cured === undefined) return [];
  return [{ rule: 'CLAIM.TESTIMONIAL', start: narrator.start, end: narrator.end }];
}

// ---------------------------------------------------------------- a certain return over two sentences
const SUM = '(?:(?:rp ?|rm ?|php ?|s\\$ ?|\\$ ?)\\d[\\d.,]*(?: ?(?:juta|jt|rb|ribu|k))?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k))';
const RETURN_SHAPE = phrases([
  `(?:put in|invest|taruh|titip|titipkan|setor|tanam) (?:[a-z]+ ){0,2}${SUM}`,
  `(?:tiap|setiap|per) (?:bulan|minggu|tahun|hari) (?:terima|dapat|dapet|menerima) ${SUM}`, 'bep', 'break-? ?even point',
]);
const GAIN_BACK = lazyPhrases([`(?:get back|dapat|dapet|terima|balik|jadi|menerima) (?:back )?${SUM}`, `(?:tiap|setiap|per) (?:bulan|minggu|tahun|hari) (?:terima|dapat|dapet|menerima) ${SUM}`, 'bep', 'break-? ?even point']);
const SURE = lazyPhrases(['(?:tanpa|no|zero|bebas) (?:risiko|risk)', 'risk-? ?free', 'pasti', 'dijamin', 'guaranteed', 'sure win', '(?:uang|modal|dana)(?: [a-z]+)? kembali utuh']);

function detectReturnTold(doc: GuardDoc): Hit[] {
  const cue = allMatches(RETURN_SHAPE, doc.text);
  if (cue.length === 0) return [];
  const gain = allMatches(GAIN_BACK, doc.text).find((m) => stated(doc, m));
  if (gain === undefined) return [];
  const scope = twoSentences(doc, gain.start);
  const sure = allMatches(SURE, doc.text).find((m) => m.start >= scope.start && m.end <= scope.end && !inQuestion(doc, m.start, m.end));
  if (sure === undefined) return [];
  const hits: Hit[] = [{ rule: 'CLAIM.ABSOLUTE_GUARANTEE', start: sure.start, end: sure.end }];
  if (!doc.signals.ojkStated) hits.push({ rule: 'DISCLOSE.FINANCE_RETURN', start: gain.start, end: gain.end, severity: 'block' });
  return hits;
}

// Each shape below finds nothing unless its first table (its cue) matches on the draft: when
// none of them did in the draft's pass (most drafts), the whole family is skipped.
const ROUND_SEVEN_CUES = anchors([OTHERS_CUE, STAT_SHAPES, FREE_WORD, HAZARD_CUE, EFFECT_CUE, RANKING_SHAPES, ANSWERED, SINCE_USING, RETURN_SHAPE]);

export function detectClaimRoundSeven(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_SEVEN_CUES, doc.text)) return [];
  return [
    ...detectSetApart(doc),
    ...detectStatShapes(doc),
    ...detectCostAfterFree(doc),
    ...detectHazardAbsent(doc),
    ...detectCertainEffect(doc),
    ...detectRankingShapes(doc),
    ...detectAnsweredRanking(doc),
    ...detectFamilyCure(doc),
    ...detectReturnTold(doc),
  ];
}
