// Round twelve (issue #11), DISCLOSE.FINANCE_RETURN: a rate of growth told of money over time,
// with no risk or terms. The finding is the scope of a number, not a phrase: a growth figure
// (a percentage, "a quarter", "dobel", "2x") in a sentence that also carries
//  - a span of time it is earned over ("per tahun", "setahun", "p.a.", "last year", "weekly",
//    "dalam 3 bulan", "at harvest"), and
//  - money that earns it (a return, a yield, a fund, savings, gold, a token, the reader's capital).
// "Imbal hasil 8% per tahun", "our fund returned 14% last year", "my portfolio grew by a quarter
// in six months", "bagi hasil 2% tiap bulan". A figure that is a price cut ("diskon 10% setiap
// bulan", "save 20% a month on fees"), a loan's rate, or a draft that states its risk, terms or
// OJK supervision is no projection.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { indexOfRangeAt, type Range } from '../context/structure.js';
import { collapseLetters, lazyPhrases, matchesAnywhere, phrases } from '../text/pattern.js';
import { statesReturnRisk } from './finance-round-thirteen.js';
import type { Hit } from './scan.js';

/** Cheap gate, in the draft's one-pass table scan: a figure that could be a rate of growth. */
const FIGURE_CUE = phrases([
  '\\d+(?:[.,]\\d+)? ?(?:%|persen|percent)', 'quarter', 'third', 'half', 'fifth', 'tenth', 'bep', 'break-? ?even', 'balik modal', 'payback', 'dobel', 'double[sd]?', 'lipat', 'seperempat', 'sepertiga',
  'setengah', '\\d+ ?(?:x|kali)', 'x\\d+',
]);
const FIGURE = new RegExp(collapseLetters(String.raw`\d+(?:[.,]\d+)? ?(?:%|persen|percent)|(?:by |naik |tumbuh |grew |grown |up |rise |rose |risen |climb(?:ed)? )(?:a |an |one )?(?:quarter|third|half|fifth|tenth)|seperempat|sepertiga|(?:jadi |menjadi |become |becomes |turns? |setahun )?(?:dobel|double[sd]?|dua kali lipat|\d+ ?(?:x|kali) lipat|[2-9]x|x[2-9])(?![a-z0-9])`), 'g');
const TIME_SCOPE = new RegExp(collapseLetters(String.raw`\b(?:(?:per|tiap|setiap|a|an|every|each|/) ?(?:tahun|thn|th|bulan|bln|minggu|mgg|hari|year|yr|month|mo|week|day)|setahun|sebulan|seminggu|p\.? ?a\.?|annual(?:ly)?|yearly|monthly|weekly|daily|last (?:year|month|quarter)|this (?:year|month)|tahun (?:lalu|kemarin|ini|depan)|bulan (?:lalu|ini|depan)|(?:dalam|in|within|over|after|selama)(?: the| a)?(?: past| last| next| first)? (?:\d+|satu|dua|tiga|empat|lima|enam|sepuluh|one|two|three|four|five|six|ten|a|a few|beberapa) (?:tahun|bulan|minggu|hari|years?|months?|weeks?|days?)|(?:\d+|satu|dua|tiga|empat|lima|enam|sepuluh) (?:tahun|bulan|minggu) (?:lagi|ke depan|terakhir)|at harvest|saat panen|pas panen|akhir (?:tahun|periode|putaran)|by (?:next|the end of))(?![a-z])`));
const MONEY = new RegExp(collapseLetters(String.raw`\b(?:returns?|returned|yields?|imbal hasil|bagi hasil|shu|dividen|dividends?|profit|profits|keuntungan|untung|cuan|earn|earns|earned|earning|pays|paid out|payout|interest|bunga|portfolio|portofolio|funds?|reksa ?dana|saham|stocks?|shares|emas|gold|token|tokens|coins?|crypto|kripto|koperasi|cooperative|deposito|deposit|tabungan|savings|saving|nabung|menabung|balance|saldo|investasi|invest|invested|investment|investors?|investor|modal|capital|your money|uang(?:mu| kamu| anda)|dana(?:mu| kamu| anda)?|nilai(?:nya)?|value|worth)(?![a-z])`));
/**
 * MONEY's words: most drafts with a percentage are price cuts with no money that earns. A lazy table
 * (text/gate.ts), asked only once FIGURE_CUE passed, so it stays out of every draft's one-pass scan.
 */
const MONEY_CUE = lazyPhrases([
  'returns?', 'returned', 'yields?', 'imbal hasil', 'bagi hasil', 'shu', 'dividen', 'dividends?', 'profits?', 'keuntungan', 'untung', 'cuan', 'earn', 'earns', 'earned', 'earning', 'pays', 'paid out', 'payout',
  'interest', 'bunga', 'portfolio', 'portofolio', 'funds?', 'reksa ?dana', 'saham', 'stocks?', 'shares', 'emas', 'gold', 'tokens?', 'coins?', 'crypto', 'kripto', 'koperasi', 'cooperative', 'deposito',
  'deposit', 'tabungan', 'savings', 'saving', 'nabung', 'menabung', 'balance', 'saldo', 'investasi', 'invest', 'invested', 'investment', 'investors?', 'modal', 'capital', 'your money', 'uang', 'dana',
  'nilai', 'value', 'worth',
]);
/** A payback period carries its own span and is money by itself: "BEP cuma 4 tahun", "break even in 18 months". */
const PAYBACK = new RegExp(collapseLetters(String.raw`\b(?:bep|break-? ?even|balik modal|payback)(?: [a-z]+){0,2} (?:\d+|satu|dua|tiga|empat|lima|enam|one|two|three|four|five|six) (?:tahun|bulan|years?|months?)(?![a-z])`));
// A figure that is a price cut, a fee or a share the reader sets aside: the word sits just before it.
const PRICE_BEFORE = new RegExp(collapseLetters(String.raw`(?:sisihkan|sisihin|nyisihin|set aside|put aside|alokasikan|allocate|diskon|disc|discount|potongan|hemat|save|saving|off|cashback|cash back|promo|sale|harga|price|prices|biaya|fee|fees|ongkir|pajak|tax|ppn|vat|admin|dp|uang muka|down payment|komisi)(?: [a-z]+){0,2} (?:up to |hingga |sampai |s\.?d\.? )?$`));
// After the figure: a price cut, a comparison ("2x lebih banyak", "twice as much"), a share of
// people ("87% pengguna", "90% of members") or of pay ("10% gaji") rather than a rate money earns.
const NOT_A_RATE_AFTER = new RegExp(collapseLetters(String.raw`^ ?(?:off|diskon|discount|cashback|cheaper|lebih|more|less|faster|as (?:much|many|fast)|(?:of )?(?:the )?(?:pengguna|user|users|customers?|pelanggan|nasabah|members?|anggota|peserta|orang|people|respond[a-z]*|investors?|of (?:our|them|you|kalian)|gaji|salary|income|penghasilan|pendapatan|of (?:your|the) (?:salary|income|pay)|dari (?:gaji|penghasilan|pendapatan)))(?![a-z])`));
/** A zero rate ("0% interest", "bunga 0%") is a loan or fee term, never growth. */
const ZERO = /^0+(?:[.,]0+)? ?(?:%|persen|percent)$/;
// A loan quotes what the reader pays; risk, terms or supervision told make it information.
const BORROWING = new RegExp(collapseLetters(String.raw`\b(?:cicil|cicilan|nyicil|angsuran|kredit|kpr|pinjaman|pinjol|paylater|tenor|loans?|installments?|financing|mortgage|credit card|kartu kredit)(?![a-z])`));
/**
 * A rate said to vary: the risk statement of a quoted rate ("bunga 4,5% p.a., dapat berubah", "variable").
 * Not when denied: "tidak dapat berubah" and "won't change" say the rate is fixed.
 */
const RATE_VARIES_WORDS = String.raw`variable|variabel|floating|mengambang|can change|may change|could change|subject to change|bisa berubah|dapat berubah|akan berubah|berubah sewaktu-waktu|berubah-ubah|tidak tetap|not fixed`;
export const RATE_VARIES = new RegExp(collapseLetters(String.raw`(?<!(?:tidak|tak|bukan|not|never|won't|nggak|gak) )\b(?:${RATE_VARIES_WORDS})(?![a-z])`));
const RISK = new RegExp(collapseLetters(String.raw`\b(?:risiko|resiko|risk|risks|risky|berisiko|tidak dijamin|not guaranteed|bisa turun|can go down|may (?:lose|fall|go down)|past performance|kinerja masa lalu|ilustrasi|illustration|fluktuasi|fluctuat[a-z]*|${RATE_VARIES_WORDS}|isn't a promise|is not a promise|not a promise|bukan janji|lps|deposit insurance|penjaminan)(?![a-z])`));

function sentenceOf(doc: GuardDoc, at: number): Range {
  return doc.sentences[indexOfRangeAt(doc.sentences, at)] ?? { start: 0, end: doc.text.length };
}

export function detectReturnRate(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!matchesAnywhere(FIGURE_CUE, text)) return [];
  const payback = PAYBACK.exec(text);
  if (payback === null && (!matchesAnywhere(MONEY_CUE, text) || !MONEY.test(text) || !TIME_SCOPE.test(text))) return [];
  // Round thirteen: statesReturnRisk() adds "bukan jaminan", "afford to lose" and the like.
  if (doc.signals.ojkStated || doc.signals.limitationStated || doc.signals.termsStated || BORROWING.test(text) || RISK.test(text) || statesReturnRisk(doc)) return [];
  if (payback !== null && !isNegated(doc, payback.index)) return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: payback.index, end: payback.index + payback[0].length, severity: 'block' }];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceOf(doc, start);
    const said = text.slice(sentence.start, sentence.end);
    if (!TIME_SCOPE.test(said) || !MONEY.test(said)) continue;
    if (PRICE_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start)) || NOT_A_RATE_AFTER.test(text.slice(end, end + 24)) || ZERO.test(m[0])) continue;
    if (isNegated(doc, start)) continue;
    // The figure is the finding: speech scope (claim-speech-scope.ts) reads what stands before it.
    return [{ rule: 'DISCLOSE.FINANCE_RETURN', start, end, severity: 'block' }];
  }
  return [];
}
