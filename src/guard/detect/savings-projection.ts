// A savings or investment projection ("nabung sejuta sebulan, setahun jadi 15 juta",
// "doubles your money in four years") promises a result the reader cannot count on
// unless the draft states its risk or terms (section B, DISCLOSE.FINANCE_RETURN).
import type { GuardDoc } from '../context/doc.js';
import { allMatches, lazyPhrases, phrases } from '../text/pattern.js';
import { statesReturnRisk } from './finance-round-thirteen.js';
import type { Hit } from './scan.js';

/** Putting money away, in any wording. */
const SAVING = phrases([
  'nabung', 'menabung', 'tabung', 'kumpulkan', 'kumpulin', 'ngumpulin', 'sisihkan', 'sisihin', 'nyisihin', 'setor', 'investasi', 'invest', 'investing', 'save', 'saving', 'savings', 'put (?:aside|away|in)', 'put \\$?\\d', 'deposit', 'deposito', 'tabungan(?: [a-z]+)?',
  // The reader's money as the subject of growth: "uangmu bisa tumbuh jadi 3 juta".
  // Saving products by name: "reksa dana tiap gajian", "a gold plan", "rencana pensiun".
  'reksa ?dana', 'emas digital', '(?:gold|savings?|investment|pension|retirement) (?:plan|account|scheme)', 'rencana (?:tabungan|investasi|pensiun)',
  'uang(?:mu| kamu| anda| kakak)', 'dana(?:mu| kamu| anda)', 'your (?:money|savings|cash)',
  // A starting sum the reader puts in: "start with $500" (not "mulai dari", which is how prices are given).
  '(?:start|starting) (?:with|from) (?:rp ?|\\$ ?)?\\d[\\d.,]*',
]);
const NUMBER_WORD = '(?:\\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|beberapa|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|twenty)';
/** A future point: "lima tahun lagi", "in ten years". */
const HORIZON = `(?:${NUMBER_WORD} (?:tahun|bulan) (?:lagi|kemudian|ke depan|mendatang)|in ${NUMBER_WORD} (?:years?|months?)(?: time)?)`;
const READER = '(?:kamu|kakak|anda|kalian|(?:anak|keluarga|uang|tabungan|dana|modal)(?:mu| kamu| anda)|si kecil|you|your [a-z]+)';
const HOUSEHOLD_GOAL = '(?:rumah|mobil|motor|apartemen|umroh|umrah|haji|kuliah|a house|a car|a home|a flat|an apartment)';
/** A future cost the saving is said to meet: "biaya nikah", "your kid's college fund". */
const FUTURE_COST = '(?:biaya|dana|ongkos|tabungan) (?:nikah|kuliah|sekolah|pendidikan|pensiun|haji|umroh|umrah|rumah|liburan|masa tua|anak)|(?:college|university|school|wedding|retirement|holiday|house|home|emergency) (?:fund|fees|costs?|savings)|tuition|(?:your )?(?:retirement|future)';
const AMOUNT = '(?:(?:rp ?|\\$) ?\\d[\\d.,]*(?: ?(?:juta|jt|rb|ribu|k|m|million|miliar|billion)(?![a-z]))?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k|million|miliar|billion)(?![a-z]))';
// Sums said vaguely: "ratusan juta", "millions".
const VAGUE_AMOUNT = '(?:(?:ratusan|puluhan|miliaran|jutaan) (?:juta|miliar|ribu)|hundreds of thousands|half a million|a million|millions)';
const ABOUT = '(?:(?:over|more than|lebih dari|hingga|sampai|up to|around|sekitar|about|nearly|almost|at least|minimal|hampir) )?';
const MONEY_NOUN = '(?:money|savings|investment|capital|uang|tabungan|modal|dana)';
/** Where the money is said to end up: an amount, a goal, or growth. */
const OUTCOME = lazyPhrases([
  `(?:jadi|menjadi|terkumpul|grows? to|grow it to|turns? into|becomes?|(?:you'll|you will|you could|you can|you'd|bakal|akan|bisa) (?:have|punya|dapat|pegang)|have) ${ABOUT}(?:${AMOUNT}|${VAGUE_AMOUNT})`,
  // A fund the saving is said to become: "watch your savings turn into a college fund", "jadi dana kuliah".
  `(?:turns? into|grows? into|becomes?|jadi|menjadi) (?:a |an |your )?(?:college fund|retirement fund|down payment|nest egg|fortune|dana (?:kuliah|pendidikan|pensiun|nikah|haji|umroh|umrah)|modal usaha|${HOUSEHOLD_GOAL})`,
  // The saving turned into a goal with the small sum between: "turns a coffee a day into a deposit for your first flat".
  `(?:turns?|grows?|transforms?|ubah|mengubah) (?:[a-z0-9$.,']+ ){1,5}(?:into|jadi|menjadi) (?:a |an |your )?(?:deposit|down payment|college fund|retirement fund|nest egg|fortune|${AMOUNT}|${VAGUE_AMOUNT}|${HOUSEHOLD_GOAL})`,
  // A future cost said to be met: "nanti biaya nikah sudah tertutup", "your kid's college fund is sorted".
  `(?:${FUTURE_COST})(?: [a-z']+){0,2} (?:is |are |will be |'s |sudah |udah |langsung |pasti )?(?:sorted|covered|taken care of|paid for|handled|tertutup|tercover|ke-?cover|beres|lunas|terbayar|terjamin|aman)`,
  // A life goal the saving is said to pay for: "akhir tahun bisa liburan ke Jepang", "anak bisa kuliah", "you can afford a trip".
  // "bisa buat liburan", "cukup untuk DP", "enough for a trip": the goal may follow "buat"/"for".
  '(?:bisa|bakal|akan|langsung|could|can|will|cukup|enough)(?: (?:buat|untuk|dipakai buat|dipakai untuk|for|to))? (?:beli|liburan|jalan-jalan|kuliah|nikah|umroh|umrah|haji|pensiun|retire|buy|afford|travel|go on|dp|bayar|pay for)',
  `(?:beli|dp|bayar|lunasin|buy|afford|pay for) ${HOUSEHOLD_GOAL}`,
  // A horizon, then what the reader will have or be able to do: "lima tahun lagi anakmu bisa masuk
  // sekolah favorit", "in ten years you'll be sitting on a small fortune".
  // The reader (or the reader's money or family) is the one who can: "celengannya penuh" after a horizon is no promise.
  `${HORIZON},? (?:${READER})(?: [a-z']+){0,2} (?:bisa|bakal|akan|sudah|tinggal|can|could|will|'ll|be)`, `${HORIZON},? you(?:'ll| will| can| could)`,
  // Retirement said to be taken care of: "pensiun nanti tinggal santai", "retire worry-free".
  '(?:pensiun|masa tua|hari tua|retirement|retire)(?: [a-z]+){0,2} (?:tinggal|tenang|santai|aman|terjamin|sorted|covered|worry-? ?free|stress-? ?free|in comfort|comfortably)',
  // The reader holding the sum at the end: "10 tahun lagi kamu punya 50 juta", "retire with half a million".
  `(?:kamu|you|anda|kakak|kalian) (?:punya|pegang|dapat|kantongi|have)(?: [a-z]+)? ${AMOUNT}`, `(?:retire|pensiun)(?: [a-z]+){0,3} (?:with|dengan|bawa|pegang) (?:${AMOUNT}|${VAGUE_AMOUNT}|a fortune)`,
  // Ending up rich: "retire a millionaire", "pensiun jadi miliarder", "jadi jutawan".
  '(?:retire|end up|pensiun|jadi|menjadi|become) (?:as )?(?:a )?(?:millionaire|miliarder|milyarder|jutawan|sultan|kaya raya|rich)',
  '(?:berlipat|tumbuh|bertambah)(?: \\d+ ?(?:x|kali))? (?:lipat|ganda)', '(?:naik )?\\d+ ?(?:x|kali) lipat',
  `(?:doubles?|doubling|triples?) (?:your |the |its )?${MONEY_NOUN}`, `${MONEY_NOUN}(?:mu|nya)?(?: [a-z]+){0,2} (?:doubles?|triples?|berlipat|grows? (?:into|to))`,
]);

const PURPOSE_GAP = /^ (?:buat|untuk|for|to)(?: [a-z]+)? $/;

export function detectSavingsProjection(doc: GuardDoc): Hit[] {
  // Saving words are rarer than outcome words ("jadi", "have"): they gate, outcomes are read after.
  const saving = allMatches(SAVING, doc.text)[0];
  if (saving === undefined) return [];
  // Risk, terms or a supervisor in the same draft make it information, not a promise.
  // Round thirteen: so does the risk said in other words ("you can lose money", "tidak dijamin", "ilustrasi").
  if (doc.signals.limitationStated || doc.signals.termsStated || doc.signals.ojkStated || statesReturnRisk(doc)) return [];
  // Round thirteen: a goal saved FOR ("nabung buat DP rumah", "saving for a house") is a purpose, not a result.
  const outcomes = allMatches(OUTCOME, doc.text).filter((o) => !PURPOSE_GAP.test(doc.text.slice(saving.end, o.start)));
  const outcome = outcomes.find((o) => o.start > saving.start) ?? outcomes[0];
  if (outcome === undefined) return [];
  return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: Math.min(saving.start, outcome.start), end: Math.max(saving.end, outcome.end) }];
}
