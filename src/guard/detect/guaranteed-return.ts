// A guaranteed financial return ("keuntungan pasti tiap bulan", "guaranteed monthly
// profit") is two problems at once: a guarantee nobody can give (CLAIM.ABSOLUTE_GUARANTEE)
// and a return promised without the investment-risk disclosure (DISCLOSE.FINANCE_RETURN).
// Either detector may see only its half, depending on word order and language, so
// the pair is completed per sentence: both findings, with one shared explanation.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { allMatches, lazyPhrases, phrases } from '../text/pattern.js';
import type { LocalizedText } from '../types.js';
import { inBorrowingSentence } from './disclosure-audience.js';
import type { Hit } from './scan.js';

// A percentage earned per period ("8% every quarter", "2% sebulan"): a rate of return, not a
// discount ("diskon 10% tiap bulan", "20% off every order" are kept out).
const PERIOD = '(?:month|quarter|year|week|day|bulan|minggu|tahun|hari|kuartal|triwulan)';
const RATE_PER_PERIOD = `(?<!(?:diskon|discount|potongan|cashback|hemat|save|sale|promo|off|voucher) )\\d+(?:[.,]\\d+)?% (?!off )(?:[a-z]+ )?(?:(?:every|each|per|a|tiap|setiap) ${PERIOD}|monthly|quarterly|yearly|annually|sebulan|setahun|seminggu|sehari)`;

/** Certainty about money: what turns a return into a guaranteed one. */
const CERTAINTY = lazyPhrases([
  'pasti', 'dijamin(?! (?:oleh )?lps)', 'jaminan', 'menjamin', 'guaranteed', 'guarantee', 'assured', 'tanpa risiko', 'bebas risiko', 'no risk', 'zero risk', 'risk-?free',
  'anti (?:rugi|boncos)', 'tanpa rugi', 'kepastian',
  // Loss declared impossible or nothing to fear: "tanpa khawatir rugi", "no way to lose a cent", "never at risk", "zero downside".
  "(?:no way|impossible|mustahil|zero chance|no chance|tanpa (?:khawatir|takut|was-was)|no fear of|never worry about|tidak (?:perlu|usah) (?:khawatir|takut))(?: [a-z]+){0,3} (?:to )?(?:lose|losing|loss|rugi|boncos|kehilangan)",
  '(?:never|not|tidak pernah|tak pernah) (?:at|in|berisiko) risk', '(?:zero|no|nol|tanpa) downside', 'lock(?:s|ed)? in', 'tidak (?:mungkin|bakal|akan|pernah) (?:rugi|boncos)', "can't lose", 'cannot lose', 'never lose', 'no loss', 'modal aman',
]);
/** Money gained or at stake: what turns a guarantee into a promised return. */
const MONEY = lazyPhrases([
  'cuan', 'untung', 'keuntungan', 'profit', 'profits', 'returns?', 'imbal hasil', 'passive income', 'penghasilan', 'income', 'dividen', 'dividends?', 'yield',
  'balik modal', 'modal(?! (?:usaha kecil|tampang))', 'rugi', 'boncos', 'capital', 'money(?! back)', 'uang(?! kembali)', 'deposit', 'deposito', 'investasi', 'invest[a-z]*', 'trading', 'saham', 'kripto', 'crypto',
  'payouts?', 'earnings?', 'earn', 'savings', RATE_PER_PERIOD,
]);
/** A sum received every period: "tiap bulan dapat 100 ribu", "collect $50 every week". */
// The sum needs a currency or a money unit: "tiap bulan dapat 2 kali kiriman" is no income.
const SUM = '(?:(?:rp ?|\\$ ?)\\d[\\d.,]*(?: ?(?:juta|jt|rb|ribu|k))?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k))';
const SUM_PER_PERIOD = `(?:(?:tiap|setiap|per) ${PERIOD} (?:dapat|dapet|terima|menerima|cair|masuk) ${SUM}|(?:dapat|dapet|terima|menerima|earn|get|receive|collect) ${SUM} (?:tiap|setiap|per|a|every|each) ${PERIOD})`;

/**
 * Certainty stated in other words than "guaranteed": "the payout is certain", "profit you can
 * count on", "your capital is fully protected", "zero chance of losing money".
 */
const CERTAIN = lazyPhrases([
  '(?:is|are|stays?|remains?|be|always|100%) certain', 'certain (?:to|every|each|tiap|setiap)', 'certain (?:rp ?|\\$ ?)?\\d[\\d.,]*', 'only (?:grows?|rises?|increases?)', '(?:can|could) (?:always )?(?:count|bank|rely|depend) on', 'rely on', 'bank on', 'fully (?:protected|secured?|safe)',
  // Money said always safe, or a return that never stops: "your capital is always safe", "the returns keep coming".
  '(?:always|selalu|pasti|totally|completely) (?:safe|aman|secure|protected|terlindungi|utuh)', '(?:keeps?|terus) (?:coming|flowing|rolling in|masuk|mengalir)',
  '(?:zero|no|nol|tanpa) (?:chance|risk|kemungkinan|peluang) (?:of )?(?:losing|loss|lose|rugi|kehilangan)', 'never (?:lose|loses|shrinks?|drops?|go(?:es)? down|falls?|dips?)', 'tidak (?:akan |bakal |pernah |mungkin )?(?:berkurang|turun|hilang|susut|anjlok)',
  'steady', 'konsisten', 'stabil', 'fixed(?! income)', 'tetap', 'sure', 'aman', 'safe', '(?:without|tanpa) (?:any |ada )?(?:risk|risiko)',
  '(?:100%|full|fully|total) (?:capital |principal |modal )?(?:protection|protected|terlindungi|perlindungan)', '(?:capital|principal) (?:protection|protected)',
  // A price or a gain that can only rise: "harganya selalu naik", "only goes up", "profit locked in".
  'terus (?:bertumbuh|tumbuh|bertambah|naik|meningkat|berkembang)', 'keeps? (?:growing|rising|going up)', 'selalu (?:naik|untung|cuan|profit|bertambah)', 'pasti naik', 'naik terus', '(?:untung|cuan|profit) terus', 'only goes up', 'always goes up', 'never goes down', 'locked in',
]);
/** A gain, as the thing promised: "cuan", "payout", "imbal hasil", "passive income". */
const GAIN_CUE = phrases([
  'cuan', 'untung(?!nya)', 'keuntungan', 'profits?', 'imbal hasil', 'dividen', 'dividends?', 'yield', 'passive income', 'payouts?', 'earnings', 'hasil investasi', 'bagi hasil', RATE_PER_PERIOD,
  'balik modal', 'break even', SUM_PER_PERIOD,
  // A share of the takings: "tiap panen pasti dapat bagian".
  '(?:dapat|dapet|terima|menerima|kebagian) (?:bagian|jatah|bagi hasil|setoran)',
  // A payout said to arrive: "hasil pasti cair tiap tanggal 5", "returns keep coming".
  '(?:hasil|bagi hasil)(?: (?:pasti|dijamin|selalu|rutin|langsung|lancar))? (?:cair|ditransfer|dibayarkan)', 'returns? (?:keep|terus)', '(?<!(?:reksa ?dana|obligasi|sukuk) )pendapatan', '(?<!fixed )income', 'penghasilan',
  // A return as money earned, not goods sent back: "12% annual return", "returns on your deposit".
  '(?:annual|monthly|yearly|weekly|quarterly|tahunan|bulanan) returns?', `returns? (?:each|every|per|a|tiap|setiap) ${PERIOD}`, 'returns? (?:on|of) (?:your |the |every )?(?:money|investment|deposit|capital|savings|modal|dollar|rupiah|\\d)',
]);
/** Money held by the reader, and it growing or kept whole: "dana kamu bertambah", "your savings grow". */
const HELD_MONEY = phrases([
  'dana(?! (?:kembali|dikembalikan|balik))', 'uang(?! kembali)', 'modal(?! (?:usaha kecil|tampang))', 'capital', 'money(?! back)', 'savings', 'tabungan', 'investasi', 'investment', 'aset', 'assets?',
  // Assets bought to be sold dearer: "harga emas pasti naik", "crypto that only goes up".
  'emas', 'gold',
  // The reader's own: "emasmu", "danaku".
  '(?:dana|uang|modal|tabungan|investasi|aset|emas|saham)(?:mu|ku)', 'tanah', 'kavling', 'properti', 'property', 'saham', 'stocks?', 'kripto', 'crypto', 'bitcoin', 'koin', 'coins?', 'nft',
]);
// Weak certainty words ("tetap", "stabil", "aman", "terus") say nothing certain of held money
// on their own ("harga emas naik, harga kami tetap"): that route needs a strong one.
// "Dana kamu selalu aman" is also how an escrow is described: with no gain word it says nothing certain.
const WEAK_CERTAIN = /^(?:steady|konsisten|stabil|fixed|tetap|sure|aman|safe|(?:always|selalu|pasti|totally|completely) (?:safe|aman|secure))$/;
// Growth, or the money kept whole ("never lose", "aman", "terlindungi"): the two things a return promise says of capital.
const GROWTH = lazyPhrases([
  'naik', 'meningkat', 'goes up', 'go up', 'rises?', 'bertambah', 'tumbuh', 'bertumbuh', 'berkembang', 'berlipat', 'grows?', 'increases?', 'doubles?', 'multipl(?:y|ies)', 'protected', 'protection', 'utuh', 'terlindungi', 'aman', 'safe', 'lose', 'rugi', 'hilang', 'berkurang', 'turun', 'drops?', 'falls?', 'shrinks?', 'anjlok', 'merosot', 'susut',
]);

const PAIR_MESSAGES: Record<'CLAIM.ABSOLUTE_GUARANTEE' | 'DISCLOSE.FINANCE_RETURN', LocalizedText> = {
  'CLAIM.ABSOLUTE_GUARANTEE': {
    id: 'Menjanjikan imbal hasil pasti: keuntungan investasi tidak bisa dijamin (temuan ini selalu berpasangan dengan DISCLOSE.FINANCE_RETURN).',
    en: 'Promises a guaranteed return: investment gains cannot be guaranteed (this finding always comes with DISCLOSE.FINANCE_RETURN).',
  },
  'DISCLOSE.FINANCE_RETURN': {
    id: 'Imbal hasil dijanjikan pasti tanpa pengungkapan risiko dan "berizin dan diawasi OJK" (temuan ini selalu berpasangan dengan CLAIM.ABSOLUTE_GUARANTEE).',
    en: 'A return promised as certain, without the risk disclosure and "licensed and supervised by OJK" (this finding always comes with CLAIM.ABSOLUTE_GUARANTEE).',
  },
};

function firstUnnegated(doc: GuardDoc, table: RegExp, start: number, end: number): { start: number; end: number } | undefined {
  for (const m of allMatches(table, doc.text)) {
    if (m.start >= start && m.end <= end && !isNegated(doc, m.start)) return m;
  }
  return undefined;
}

/** The first money word of the sentence: unnegated, or negated only by a guarantee that opens before it. */
function firstMoney(doc: GuardDoc, start: number, end: number, guaranteeStart: number): { start: number; end: number } | undefined {
  for (const m of allMatches(MONEY, doc.text)) {
    if (m.start >= start && m.end <= end && (!isNegated(doc, m.start) || (guaranteeStart < m.start && m.start - guaranteeStart <= 30))) return m;
  }
  return undefined;
}

function inRange(h: Hit, start: number, end: number): boolean {
  return h.start >= start && h.start < end;
}

/** Adds the missing half of every guaranteed return and gives both halves the pair's message. */
const CONDITION_BEFORE = /(?:kalau|asal|asalkan|if|as long as)(?: (?:you|kamu|kita|kakak))?(?: (?:stay|are|tetap|rutin))? $/;

export function pairGuaranteedReturns(doc: GuardDoc, hits: Hit[]): Hit[] {
  let hasEither = false;
  for (const h of hits) if (h.rule === 'CLAIM.ABSOLUTE_GUARANTEE' || h.rule === 'DISCLOSE.FINANCE_RETURN') hasEither = true;
  if (!hasEither) return hits;
  const out = [...hits];
  for (const sentence of doc.sentences) {
    const guarantees = hits.filter((h) => h.rule === 'CLAIM.ABSOLUTE_GUARANTEE' && inRange(h, sentence.start, sentence.end));
    const returns = hits.filter((h) => h.rule === 'DISCLOSE.FINANCE_RETURN' && inRange(h, sentence.start, sentence.end));
    if (guarantees.length === 0 && returns.length === 0) continue;
    if (returns.length === 0) {
      const g = guarantees[0];
      // "No risk to your capital": the negation before the money is the guarantee's own.
      const money = g === undefined ? undefined : firstMoney(doc, sentence.start, sentence.end, g.start);
      if (doc.signals.ojkStated || money === undefined) continue;
      if (g !== undefined) returns.push(pushed(out, { rule: 'DISCLOSE.FINANCE_RETURN', start: g.start, end: g.end, severity: 'block' }));
    } else if (guarantees.length === 0) {
      const certain = firstUnnegated(doc, CERTAINTY, sentence.start, sentence.end) ?? firstUnnegated(doc, CERTAIN, sentence.start, sentence.end);
      // Round thirteen: "setahun bisa dapat 5 gram kalau konsisten" makes the saver's habit the condition, not the return certain.
      if (certain === undefined || CONDITION_BEFORE.test(doc.text.slice(Math.max(0, certain.start - 25), certain.start))) continue;
      guarantees.push(pushed(out, { rule: 'CLAIM.ABSOLUTE_GUARANTEE', start: certain.start, end: certain.end }));
    }
    for (const h of [...guarantees, ...returns]) h.message = PAIR_MESSAGES[h.rule as keyof typeof PAIR_MESSAGES];
  }
  return out;
}

function pushed(out: Hit[], hit: Hit): Hit {
  out.push(hit);
  return hit;
}

type Span = { start: number; end: number };

/** The first span of `spans` inside [start, end) that is neither negated nor asked about. */
function firstStated(doc: GuardDoc, spans: readonly Span[], start: number, end: number): Span | undefined {
  for (const m of spans) if (m.start >= start && m.end <= end && !isNegated(doc, m.start) && !inQuestion(doc, m.start, m.end)) return m;
  return undefined;
}

const within = (spans: readonly Span[], start: number, end: number): boolean => spans.some((m) => m.start >= start && m.end <= end);

/**
 * A return promised as certain in words no table of guarantees holds: certainty (CERTAINTY or
 * CERTAIN) and a gain, or held money said to grow or stay whole, in one sentence. Both halves
 * of the pair are raised at once, so the finding does not hang on either half's phrase list.
 */
export function detectCertainReturn(doc: GuardDoc): Hit[] {
  // Gains and held money are in the one-pass gate: most drafts stop here for free. Each
  // table is read once per draft, then filtered per sentence.
  const gains = allMatches(GAIN_CUE, doc.text);
  const held = gains.length > 0 ? [] : allMatches(HELD_MONEY, doc.text);
  if (gains.length === 0 && held.length === 0) return [];
  const certainties = [...allMatches(CERTAINTY, doc.text), ...allMatches(CERTAIN, doc.text)].sort((a, b) => a.start - b.start);
  if (certainties.length === 0) return [];
  const heldAll = gains.length > 0 ? allMatches(HELD_MONEY, doc.text) : held;
  const growth = allMatches(GROWTH, doc.text);
  for (const sentence of doc.sentences) {
    const { start, end } = sentence;
    const gain = firstStated(doc, gains, start, end);
    let certain: Span | undefined;
    let money: Span | undefined = gain;
    // A fixed rate in a loan or a mortgage is what the reader pays ("KPR bunga fixed 6,5% per tahun").
    if (gain !== undefined && inBorrowingSentence(doc, gain)) continue;
    if (gain !== undefined) certain = firstStated(doc, certainties, start, end);
    else {
      money = firstStated(doc, heldAll, start, end);
      // Growth or loss is read with its negation ("never lose" is the point).
      if (money === undefined || !within(growth, start, end)) continue;
      certain = certainties.find((c) => c.start >= start && c.end <= end && !WEAK_CERTAIN.test(doc.text.slice(c.start, c.end)) && !isNegated(doc, c.start) && !inQuestion(doc, c.start, c.end));
    }
    if (certain === undefined || money === undefined) continue;
    const hits: Hit[] = [{ rule: 'CLAIM.ABSOLUTE_GUARANTEE', start: certain.start, end: certain.end }];
    if (!doc.signals.ojkStated) hits.push({ rule: 'DISCLOSE.FINANCE_RETURN', start: money.start, end: money.end, severity: 'block' });
    return hits;
  }
  return [];
}
