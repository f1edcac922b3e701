// Round eight (issue #11 point 1), disclosure: families whose phrase lists did not carry from one
// writer to the next (train11 agency captions, train12 seller slang with Javanese), read by structure.
//
// DISCLOSE.FINANCE_RETURN, savings projected: a periodic contribution (a sum per period, "setor Rp1
// juta per bulan", "saben dino 5 ewu", "1 gram of gold a month") and, in that sentence or the next,
// a future point or an outcome ("dalam 4 taun", "limang taun maneh", "by the time your baby turns
// 18", "di usia 55 … menerima", "udah punya 30 juta", "bisa naik haji"), in a draft about saving or
// investing or a goal bought with it (DP, haji, a fund). A draft about borrowing quotes what the
// reader pays, and a draft that states risk or OJK supervision discloses.
// DISCLOSE.FINANCE_RETURN + CLAIM.ABSOLUTE_GUARANTEE, a return made certain: a certainty word
// ("pasti", "mesti", "guaranteed") with earnings in the same clause ("komisi pasti Rp5 juta per
// bulan", "omzet 10 juta sebulan guaranteed", "pasti x3", "mesti bathi 5% saben minggu").
//
// DISCLOSE.CHILD_APPEAL = a child addressed (a vocative: "dek,", "anak-anak,", "cah cilik,") + a
// parent figure + an asking and a buying verb in one sentence ("suruh mamanya transfer", "ajak orang
// tua kalian unduh", "jaluk karo ibukmu tukokke"). A parent addressed ("Bunda, ajak si kecil …") is
// advice to parents, and asking a parent's permission without buying is no sale.
//
// DISCLOSE.LIMITATIONS_RISK = a free-choice quantifier over the product's conditions of use ("di
// ruangan mana pun", "apa pun kondisi giginya", "berapa pun luasnya", "whatever the roof",
// "every dog, every breed", "tanpa kecuali", "kanggo kabeh kulit") with a benefit or use predicate
// in the same sentence. Contact and opening hours ("hubungi kami kapan pun") are no product scope.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import type { Hit } from './scan.js';

const stated = (doc: GuardDoc, m: Match): boolean => !isNegated(doc, m.start) && !inQuestion(doc, m.start, m.end);
const sentenceIndex = (doc: GuardDoc, pos: number): number => doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);
const inSentence = (doc: GuardDoc, i: number, m: Match): boolean => {
  const s = doc.sentences[i];
  return s !== undefined && m.start >= s.start && m.start < s.end;
};

// ---- savings projected ------------------------------------------------------------------------------
const PERIOD_WORD = '(?:bulan|hari|minggu|tahun|dino|wulan|day|week|month|year)';
const PER_PERIOD = `(?:(?:per|tiap|setiap|saben|a|an|every|each) ${PERIOD_WORD}|/ ?(?:bln|bulan|hari|mgg|month|mo)|sebulan|sehari|seminggu|setahun|monthly|weekly|daily)`;
const AMOUNT = '(?:(?:rp|rm|\\$) ?\\d[\\d.,]*(?: ?(?:juta|jt|rb|ribu|ewu|k|miliar|m|million))?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|ewu|k|miliar|million|grams?|gr))';
/** Cues in the one-pass gate; the periodic-sum table may start with "$" and is lazy behind them. */
/** PER_PERIOD as a plain regex over normalised text ("minggu" reads "mingu"). */
const PER_PERIOD_PLAIN = '(?:(?:per|tiap|setiap|saben|a|an|every|each) (?:bulan|hari|mingu|tahun|dino|wulan|day|wek|month|year)|sebulan|sehari|seminggu|setahun|monthly|wekly|daily)';
const PERIOD_CUE = phrases(['per (?:bulan|hari|minggu|tahun)', 'tiap (?:bulan|hari|minggu)', 'setiap (?:bulan|hari|minggu)', 'saben (?:dino|minggu|wulan|sasi)', 'sebulan', 'sehari', 'seminggu', 'a (?:day|week|month)', 'every (?:day|week|month)', 'monthly', 'weekly', 'daily']);
// "\b" cannot open before "$": a dollar sum is read from its first digit.
const PERIODIC_SUM = lazyPhrases([`${AMOUNT}(?: of [a-z]+| [a-z]+)? ${PER_PERIOD}`, `(?<=\\$ ?)\\d[\\d.,]*(?: ?(?:k|million|m))?(?: of [a-z]+| [a-z]+)? ${PER_PERIOD}`, `(?:tiap|setiap|saben|every) ${PERIOD_WORD} ${AMOUNT}`]);
/** A future point or an outcome the contribution is carried to. */
const OUTCOME = lazyPhrases([
  '(?:dalam|in|within) (?:\\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sepuluh|two|three|four|five|six|ten) (?:tahun|taun|years?)',
  '(?:\\d+|setahun|dua|tiga|empat|lima|limang|telung|rong|sepuluh) (?:tahun|taun) (?:lagi|maneh|kemudian|ke depan)', 'by 20\\d\\d', '20[2-6]\\d (?:sudah|udah|wis|bisa)',
  'by the time', 'akhir tahun (?:langsung |sudah |udah )?(?:bisa|kebeli|punya)', 'saat pensiun', 'pas pensiun', 'at retirement', 'di usia \\d+', 'pada usia \\d+', 'at (?:age )?\\d+',
  'lulus (?:kuliah|sekolah)', 'turns? \\d+',
  '(?:tumbuh|berkembang|bertambah) menjadi', 'turns? (?:your |it )?(?:[a-z0-9]+ ){0,4}into', "(?:you're|you are|you'll be) set for",
  '(?:sudah|udah|wis|bakal|akan) (?:punya|nduwe|memiliki) (?:rp ?)?\\d', '(?:bisa|iso|sudah bisa|udah bisa|wis iso) (?:jadi|beli|tuku|naik haji|umroh|kebeli|punya)', 'kebeli', 'menerima (?:rp ?)?\\d', 'receive (?:rp ?|\\$)?\\d',
]);
const SAVING_OR_GOAL = lazyPhrases([
  'nabung', 'menabung', 'tabungan', 'tabung', 'nyelengi', 'celengan', 'save', 'saving', 'savings', 'setor', 'invest', 'investasi', 'investment', 'premi', 'polis', 'emas', 'gold', 'bitcoin', 'crypto', 'kripto',
  'reksa ?dana', 'deposito', 'pensiun', 'pension', 'retirement', 'dimasukin', 'masukin', 'dp rumah', 'naik haji', 'umroh', 'university fund', 'dana (?:kuliah|pendidikan|pensiun|darurat)',
]);
const BORROWING_R8 = lazyPhrases(['cicil', 'cicilan', 'nyicil', 'angsuran', 'kredit', 'kpr', 'pinjaman', 'pinjol', 'paylater', 'tenor', 'loan', 'installments?', 'financing', 'mortgage']);
const RISK_TOLD = lazyPhrases([
  'tidak dijamin', 'not guaranteed', 'ilustrasi', 'illustration', 'berisiko', 'ada risiko', 'mengandung risiko', 'risiko (?:kerugian|investasi|pasar)', 'investment risk', 'risks? (?:apply|involved|of loss)',
  'bisa (?:turun|berkurang|rugi)', 'can go down', 'may (?:lose|fall|go down)', 'past performance',
]);

function detectSavingsCarried(doc: GuardDoc): Hit[] {
  if (allMatches(PERIOD_CUE, doc.text).length === 0) return [];
  const outcomes = allMatches(OUTCOME, doc.text);
  if (outcomes.length === 0 || allMatches(SAVING_OR_GOAL, doc.text).length === 0) return [];
  if (allMatches(BORROWING_R8, doc.text).length > 0 || allMatches(RISK_TOLD, doc.text).length > 0 || doc.signals.ojkStated || doc.signals.limitationStated) return [];
  for (const sum of allMatches(PERIODIC_SUM, doc.text)) {
    if (!stated(doc, sum)) continue;
    const i = sentenceIndex(doc, sum.start);
    const outcome = outcomes.find((o) => (inSentence(doc, i, o) || inSentence(doc, i + 1, o)) && o.start > sum.start && !isNegated(doc, o.start));
    if (outcome !== undefined) return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: sum.start, end: outcome.end, severity: 'block' }];
  }
  return [];
}

// ---- a price now, a larger worth later: "buy for Rp400 juta and it will be worth Rp700 juta" -------
const WORTH_LATER = phrases(["(?:will|would|it'll|could) be worth", '(?:akan|bakal) bernilai', 'nilainya (?:akan |bakal )?(?:jadi|menjadi)']);
const WORTH_SUM = lazyPhrases([`(?:will|would|it'll|could) be worth (?:about |around |at least )?${AMOUNT}`, `(?:akan|bakal) bernilai (?:sekitar )?${AMOUNT}`, `nilainya (?:akan |bakal )?(?:jadi|menjadi) ${AMOUNT}`]);
const UNIT: Record<string, number> = { rb: 1e3, ribu: 1e3, k: 1e3, juta: 1e6, jt: 1e6, million: 1e6, m: 1e6, miliar: 1e9 };
function amountsIn(text: string): number[] {
  return [...text.matchAll(/(\d[\d.,]*) ?(juta|jt|rb|ribu|k|million|miliar|m)?(?![a-z])/g)].map((x) => Number((x[1] ?? '').replace(/[.,]/g, '')) * (UNIT[x[2] ?? ''] ?? 1));
}

function detectWorthLater(doc: GuardDoc): Hit[] {
  if (allMatches(WORTH_LATER, doc.text).length === 0 || doc.signals.ojkStated || allMatches(RISK_TOLD, doc.text).length > 0) return [];
  for (const m of allMatches(WORTH_SUM, doc.text)) {
    const s = doc.sentences[sentenceIndex(doc, m.start)];
    if (s === undefined || !stated(doc, m)) continue;
    const before = amountsIn(doc.text.slice(s.start, m.start));
    const later = amountsIn(doc.text.slice(m.start, m.end));
    if (before.length > 0 && (later[0] ?? 0) > Math.max(...before)) return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: m.start, end: m.end, severity: 'block' }];
  }
  return [];
}

// ---- money in, more money out: "taruh Rp50 juta, tahun depan jadi Rp56 juta" ------------------------
const MONEY_IN = phrases(['taruh', 'setor', 'deposit', 'modal', 'invest', 'investasi', 'put in', 'titip', 'tabung', 'premi', 'dana']);
const IN_SUM = lazyPhrases([`(?:taruh|setor|deposit|modal|invest|investasi|put in|titip|tabung|premi|dana) (?:[a-z]+ ){0,2}${AMOUNT}`]);
const OUT_SUM = lazyPhrases([
  `(?:jadi|menjadi|terima|menerima|dapat|dapet|earn|earns|menghasilkan|hasilnya|get back|receive|cair) (?:[a-z]+ ){0,5}${AMOUNT}(?: (?:[a-z]+ ){0,2}${PER_PERIOD})?`,
  `${PER_PERIOD} (?:hasilnya|dapat|dapet|terima|cair) (?:[a-z]+ ){0,2}${AMOUNT}`,
]);

const PERIODIC = new RegExp(PER_PERIOD_PLAIN);

function detectMoneyInOut(doc: GuardDoc): Hit[] {
  if (allMatches(MONEY_IN, doc.text).length === 0) return [];
  const outs = allMatches(OUT_SUM, doc.text);
  for (const put of allMatches(IN_SUM, doc.text)) {
    if (!stated(doc, put)) continue;
    const i = sentenceIndex(doc, put.start);
    const paidIn = Math.max(...amountsIn(doc.text.slice(put.start, put.end)));
    const out = outs.find((o) => {
      if (o.start < put.end || !(inSentence(doc, i, o) || inSentence(doc, i + 1, o)) || isNegated(doc, o.start)) return false;
      const span = doc.text.slice(o.start, o.end);
      // More back than put in, or a sum paid every period.
      return (amountsIn(span)[0] ?? 0) > paidIn || PERIODIC.test(span);
    });
    if (out === undefined) continue;
    // Risk or supervision told, or a loan's figures: disclosed or no return.
    if (doc.signals.ojkStated || allMatches(RISK_TOLD, doc.text).length > 0 || allMatches(BORROWING_R8, doc.text).length > 0) return [];
    return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: put.start, end: out.end, severity: 'block' }];
  }
  return [];
}

// ---- a return made certain ------------------------------------------------------------------------
const EARNINGS = phrases(['komisi', 'omzet', 'omset', 'bathi', 'untung', 'cuan', 'profit', 'income', 'penghasilan', 'x\\d+', '\\d+x', '\\d+ kali lipat', 'balik modal']);
const SURE = lazyPhrases(['pasti', 'mesti', 'dijamin', 'guaranteed', 'guarantee', 'sudah pasti', 'udah pasti', 'ora bakal rugi', 'tidak bakal rugi', 'tidak akan rugi', 'tidak ada ceritanya rugi']);
// A wage in a job post, or a return only warned against, is no promise.
const NOT_A_PROMISE = lazyPhrases(['gaji', 'salary', 'red flag', 'hati-hati', 'waspada', 'jangan percaya', 'beware', 'scam']);

function detectCertainEarnings(doc: GuardDoc): Hit[] {
  const earnings = allMatches(EARNINGS, doc.text);
  if (earnings.length === 0) return [];
  const sure = allMatches(SURE, doc.text);
  if (sure.length === 0 || allMatches(NOT_A_PROMISE, doc.text).length > 0 || allMatches(BORROWING_R8, doc.text).length > 0 || allMatches(RISK_TOLD, doc.text).length > 0) return [];
  for (const e of earnings) {
    if (!stated(doc, e)) continue;
    const i = sentenceIndex(doc, e.start);
    // Certainty said of the earnings: within a few words either side, in one sentence.
    const s = sure.find((c) => inSentence(doc, i, c) && Math.abs(c.start - e.start) <= 40 && stated(doc, c));
    if (s === undefined) continue;
    const start = Math.min(s.start, e.start);
    const end = Math.max(s.end, e.end);
    const hits: Hit[] = [{ rule: 'CLAIM.ABSOLUTE_GUARANTEE', start, end }];
    if (!doc.signals.ojkStated) hits.push({ rule: 'DISCLOSE.FINANCE_RETURN', start, end, severity: 'block' });
    return hits;
  }
  return [];
}

// A rate paid back on the reader's money each period: "get 10% back on your money every year".
const RATE_BACK = phrases(['\\d+(?:[.,]\\d+)?% back (?:on your (?:money|savings|deposit|investment) )?(?:every|each|a|per) (?:year|month|week)']);

function detectRateBack(doc: GuardDoc): Hit[] {
  const m = allMatches(RATE_BACK, doc.text).find((x) => stated(doc, x));
  if (m === undefined || doc.signals.ojkStated || allMatches(RISK_TOLD, doc.text).length > 0) return [];
  return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: m.start, end: m.end, severity: 'block' }];
}

// ---- children told to get a parent to buy -----------------------------------------------------------
// A child addressed: a vocative, then a comma, colon or "!" (after a word or a relative clause:
// "Adik-adik PAUD,", "Anak-anak yang rajin ngaji,", "Kids who want the new dino pajamas,").
const CHILD_VOCATIVE = phrases([
  'adik-adik', 'adek-adek', 'adhik-adhik', 'adik', 'adek', 'dek', 'anak-anak', 'kakak-kakak (?:sd|smp|tk|paud)', 'teman-teman kecil', 'temen-temen kecil', 'jagoan(?: kecil)?', 'ananda', 'barudak',
  'cah cilik', 'cah-cah cilik', 'bocil', 'nak', 'kids', 'kiddos', 'sweetie', 'little ones', 'boys and girls', 'students in (?:grade|year|class) \\d+',
]);
const AFTER_VOCATIVE = /^(?: [a-z0-9]+)?(?: (?:yang|who|that) [^,.!?:]{0,60})? *[,:!]/;
const PARENT_R8 = lazyPhrases([
  'mama', 'mamah', 'mami', 'ma', 'mom', 'mum', 'mommy', 'mummy', 'ibu', 'ibuk', 'bunda', 'emak', 'umi', 'abi', 'papa', 'papi', 'ayah', 'bapak', 'dad', 'daddy',
  "(?:your )?(?:parents?|grown-?ups?|folks)(?:'s?)?", "(?:mum|mom|dad)'s", 'orang tua', 'ortu',
]);
/** A directive that gets a parent to act: tell, show, ask, whisper, tug at, tag. */
const DIRECTIVE = lazyPhrases([
  'suruh', 'bilang', 'bilangin', 'kasih (?:liat|lihat|tau|tahu)', 'tunjukin', 'tunjukkan', 'minta', 'mintain', 'ajak', 'tarik tangan', 'bisikin', 'bisik', 'rengek', 'merengek', 'bujuk', 'rayu', 'sampaikan', 'kabari',
  'njaluk', 'jaluk', 'matur', 'bejakeun', 'tag', 'ask', 'tell', 'get', 'show', 'beg', 'remind', 'whisper', 'leave (?:this|the) (?:[a-z]+ ){0,3}(?:on|for)',
]);
/** Said by a child to a parent, or only a child does: the address is plain without a vocative. */
const CHILD_ONLY = phrases(['beliin', 'dibeliin', 'tukokke', 'ditukokke', 'rengek', 'merengek', 'your grown-?ups?']);
const COMMERCE = lazyPhrases(['beliin', 'dibeliin', 'tukokke', 'ditukokke', 'top up', 'transfer', 'bayar', 'download', 'unduh', 'app', 'aplikasi', 'buy', 'the new', 'yang baru', 'terbaru', 'kami', 'kita', 'our', 'ours', 'us', 'beli', 'order', 'pesan', 'daftar', 'checkout', 'cart', 'keranjang', 'toko', 'store', 'shop', 'produk', 'katalog', 'paket', 'harga', 'promo', 'ini', 'this', 'iki', 'ieu']);

const PARENT = '(?:mama|mamah|mami|mom|mum|mommy|mummy|ibu|ibuk|bunda|emak|papa|papi|ayah|bapak|bokap|nyokap|dad|daddy|parents|orang tua|ortu|grown-ups?|folks)(?:nya|mu|kalian)?';
const PARENT_ASKED = lazyPhrases([
  `(?:suruh|minta|mintain|ajak|bilang|bujuk|rayu|jaluk|ask|tell|beg|get|convince)(?: (?:sama|ke|karo|nang|your|kalian))? ${PARENT}(?: kalian)? (?:[a-z]+ ){0,3}(?:beliin|belikan|membelikan|tukokke|tukoke|transfer|bayar|bayarin|unduh|download|checkout|top up|topup|order|pesan|langganan|subscribe|buy|pay|purchase)`,
]);

function detectChildTold(doc: GuardDoc): Hit[] {
  const addressed = allMatches(CHILD_VOCATIVE, doc.text).some((v) => AFTER_VOCATIVE.test(doc.text.slice(v.end, v.end + 80)));
  if (!addressed && allMatches(CHILD_ONLY, doc.text).length === 0) return [];
  if (allMatches(COMMERCE, doc.text).length === 0) return [];
  const directives = allMatches(DIRECTIVE, doc.text);
  for (const parent of allMatches(PARENT_R8, doc.text)) {
    const i = sentenceIndex(doc, parent.start);
    const d = directives.find((x) => x.end <= parent.start && parent.start - x.end <= 40 && inSentence(doc, i, x) && !isNegated(doc, x.start));
    if (d !== undefined) return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: d.start, end: parent.end, severity: 'block' }];
  }
  const asked = allMatches(PARENT_ASKED, doc.text).find((m) => !isNegated(doc, m.start));
  return asked === undefined || !addressed ? [] : [{ rule: 'DISCLOSE.CHILD_APPEAL', start: asked.start, end: asked.end, severity: 'block' }];
}

// ---- scope with no exception ----------------------------------------------------------------------------
const ANY_SCOPE = phrases([
  // "di ruangan mana pun", "ke mana pun": keyed on "mana" (the place word is checked before it in code).
  'mana (?:pun|saja|aja)', '(?:apa pun|apapun) (?:kondisi|jenis|tipe|merek|bentuk|warna|ukuran|masalah)', 'berapa (?:pun|saja) (?:luas|umur|usia|ukuran|berat|jumlah)',
  // "untuk siapa saja", "kanggo sapa wae": keyed on the pronoun, the preposition checked before it.
  '(?:siapa|sapa) (?:saja|pun|aja|wae)', 'no matter (?:what|how|which)', '(?:apa ?pun|apapun) (?!yang|itu|juga|alasan)[a-z]+',
  '(?:kanggo|keur) (?:kabeh|sadaya|sadayana)', 'semua jenis [a-z]+ (?:bakal |pasti |akan )?(?:cocok|bisa)',
  'tanpa (?:kecuali|terkecuali|pengecualian)', 'tanpa batas(?:an)? (?:umur|usia)', 'seluruh pelosok', 'semua (?:ras|umur|usia|kondisi) dan (?:umur|usia|ras|kondisi|ukuran)',
  'whatever the', 'wherever you', 'any (?:address|phone|device|car|skin|home|room|roof|weather|breed|age|size) (?:works|will do|is fine)', 'everywhere in', 'every (?:[a-z]+), every', '(?:puppies|kittens|babies|kids|seniors|elderly) (?:and [a-z]+ )?included',
  'opo wae', 'sembarang',
]);
/** What must come before the words the table is keyed on, read back from the match. */
const BEFORE_MANA = /\b(?:di|ke)(?: [a-z]+){0,2} $/;
const BEFORE_SIAPA = /\b(?:untuk|buat|oleh|bagi|kanggo)(?: [a-z]+)? $/;
const BEFORE_TANPA_KECUALI = /\b(?:seluruh|semua)\b/;

/** The scope match with its lead-in, or undefined when the lead-in is missing. */
function withLeadIn(doc: GuardDoc, m: Match): Match | undefined {
  const text = doc.text.slice(m.start, m.end);
  const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
  const lead = /^mana /.test(text) ? BEFORE_MANA.exec(before) : /^(?:siapa|sapa) /.test(text) ? BEFORE_SIAPA.exec(before) : undefined;
  if (lead === null) return undefined;
  if (lead !== undefined) return { start: m.start - before.length + lead.index, end: m.end };
  if (/^tanpa (?:kecuali|terkecuali|pengecualian)/.test(text)) {
    const s = doc.sentences[sentenceIndex(doc, m.start)];
    return s !== undefined && BEFORE_TANPA_KECUALI.test(doc.text.slice(s.start, m.start)) ? m : undefined;
  }
  return m;
}
/** Something the product does or where it may be used. */
const BENEFIT_OR_USE = lazyPhrases([
  'cocok', 'cocog', 'aman', 'bisa', 'bikin', 'menimbulkan', 'dapat', 'dipakai', 'digunakan', 'hasil', 'melindungi', 'efektif', 'ampuh', 'sampai', 'pengiriman', 'kirim', 'iso', 'works?', 'fits?', 'safe', 'can', 'reaches', 'delivers?', 'protects?', 'for', 'keeps', 'run',
]);
// Kinds listed one by one ("semua ras dan umur", "puppies and seniors included"), not one "any".
// "Siapa saja", "no matter what" deny every exception even beside a safety claim.
const ENUMERATED = /^(?:semua|every|[a-z]+ (?:and [a-z]+ )?included|no matter|(?:untuk|buat|oleh|bagi|kanggo) (?:[a-z]+ )?(?:siapa|sapa))/;
// A safety claim already has its own rule: there only a listed scope adds a missing limitation.
const SAFETY_TALK = lazyPhrases(['aman', 'safe', 'safely', 'tanpa khawatir', 'tidak mungkin', 'no risk', 'harmless', 'berbahaya', 'efek samping', 'side effects']);
const CONTACT = lazyPhrases(['hubungi', 'tanya', 'chat (?:kami|admin|us)', 'dm', 'kontak (?:kami|admin)', 'contact', 'reach us', 'ask us', 'message us', 'call us', 'buka', 'open', 'kami siap', 'siap membantu']);

function detectAnyScope(doc: GuardDoc): Hit[] {
  const scopes = allMatches(ANY_SCOPE, doc.text);
  if (scopes.length === 0 || doc.signals.limitationStated) return [];
  const uses = allMatches(BENEFIT_OR_USE, doc.text);
  const contacts = allMatches(CONTACT, doc.text);
  const safetyTalk = allMatches(SAFETY_TALK, doc.text).length > 0;
  for (const found of scopes) {
    const m = withLeadIn(doc, found);
    if (m === undefined || !stated(doc, m) || (safetyTalk && !ENUMERATED.test(doc.text.slice(m.start, m.end)))) continue;
    const i = sentenceIndex(doc, m.start);
    const used = /(?:cocok|bisa)$/.test(doc.text.slice(m.start, m.end)) || uses.some((u) => inSentence(doc, i, u) && (u.end <= m.start || u.start >= m.end));
    if (contacts.some((c) => inSentence(doc, i, c)) || !used) continue;
    return [{ rule: 'DISCLOSE.LIMITATIONS_RISK', start: m.start, end: m.end }];
  }
  return [];
}

// Each family below finds nothing unless its first table matches on the draft (the child family:
// a vocative or a child-only word): when none did in the draft's pass, all of them are skipped.
const ROUND_EIGHT_CUES = anchors([PERIOD_CUE, EARNINGS, RATE_BACK, WORTH_LATER, MONEY_IN, CHILD_VOCATIVE, CHILD_ONLY, ANY_SCOPE]);

export function detectRoundEightDisclosure(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_EIGHT_CUES, doc.text)) return [];
  return [...detectSavingsCarried(doc), ...detectCertainEarnings(doc), ...detectRateBack(doc), ...detectWorthLater(doc), ...detectMoneyInOut(doc), ...detectChildTold(doc), ...detectAnyScope(doc)];
}
