// Round seven (issue #11 point 1): disclosure shapes that two outside writers used and the
// earlier tables did not know. Each is a sentence shape, not a phrase from a draft:
// - LIMITATIONS_RISK: a suitability predicate over a universal quantifier and any noun
//   ("cocok buat semua <noun>", "fits all <noun>"), or scope declared universal with no
//   exception ("tanpa pengecualian", "whatever your …", "whether you're 18 or 80",
//   "se<adjective> apa pun").
// - CHILD_APPEAL: a child addressed (more vocatives: "bocil", "little buddy", "yang masih
//   sekolah", "gamers under 13"), a parent or a grown-up to be reminded, shown or borrowed
//   from, and a purchase, a subscription or a gift wanted, or a benefactive passive
//   ("biar dibeliin", "so he gets it for you"); or a line scripted for the child to say
//   ("bilang sama mama: aku mau …").
// - FINANCE_RETURN: a saving carried to a sum or a horizon (a periodic contribution and a
//   future point, or money said to accumulate, grow or be held as a sum), and money put in
//   set against money got back.
// - TERMS_MISSING: credit sold by how light or fast it is ("low monthly payments", "$1 down",
//   "bunga kompetitif", "langsung cair", "dibayar nanti", "pay the package monthly").
// - PAID_PARTNERSHIP: a thing given by "the brand" (untagged) or sent over by a tagged account.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { rangeContaining } from '../context/structure.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, collapseLetters, lazyPhrases, phrases } from '../text/pattern.js';
import { ASK_PARENT, asksPermission, CHILD_VOCATIVE, CLEAR_LABEL, PARENT, PERSUADE, WANT_OR_BUY } from './disclosure-audience.js';
import { scan, type Hit } from './scan.js';

// ---- LIMITATIONS_RISK ----------------------------------------------------------------

/**
 * A predicate of suitability, then up to three words, then a universal quantifier and a noun. Use
 * counts only with its user ("digunakan oleh semua anak"), so "voucher dapat digunakan di semua
 * outlet" (a term) and "covers all taxes" stay quiet; time nouns ("open all weekend") are no people.
 */
const SUITS = '(?:cocok|pas|sesuai|suits?|suitable|fits?|works? (?:di|on|for)|terbuka|open to|made for|right for|(?:digunakan|dipakai|dipake|dinikmati|used|enjoyed) (?:oleh|by))';
const NOT_PEOPLE = '(?:orang|waktu|time|day|days|hari|week|weekend|month|year|minggu|bulan|tahun|malam|night|season|musim|acara|occasions?|the time|of us|of our)';
const SUITS_ALL = phrases([
  `${SUITS}(?: [a-z']+){0,3} (?:semua|segala|seluruh|all|every|any) (?!${NOT_PEOPLE}(?![a-z]))(?:[a-z]+ )?(?!${NOT_PEOPLE}(?![a-z]))[a-z]+`,
  `${SUITS}(?: [a-z']+){0,2} (?:everybody|every body|everyone|anyone)`,
]);
/** Scope declared universal: no exception, whoever, whatever, however sensitive. */
const NO_EXCEPTION = phrases([
  'tanpa (?:pengecualian|batasan (?:umur|usia)|memandang)', 'tidak (?:ada )?(?:pengecualian|pandang)', 'no exceptions?',
  "whoever you are", "whatever your (?:[a-z]+ )?(?:history|level|age|size|shape|diet|goals?|budget|condition|type)", "whether you(?:'re| are) \\d+ or \\d+",
  'any age,', '(?:any|every) (?:age|fitness level|health condition)(?:,| and| or) (?:any|every)',
  '(?:umur|usia) berapa (?:saja|pun)', 'di ?mana ?pun (?:dan|&) kapan ?pun',
]);

// "sesensitif apa pun" (however sensitive): a se- adjective before "apa pun". Its key ("se…") would
// wake the gate at most Indonesian words, so it is read only when the draft says "apa pun".
const HOWEVER = lazyPhrases(['se[a-z]{3,} apa ?pun(?! (?:jumlah|nominal|amount|nilai|uang|modal)[a-z]*)']);
// The draft says "apa pun" or "apapun": one regex test, cheaper than two substring searches.
const SAYS_APA_PUN = /apa ?pun/;

export function detectLimitationsWide(doc: GuardDoc): Hit[] {
  const however = SAYS_APA_PUN.test(doc.text) ? scan(doc, 'DISCLOSE.LIMITATIONS_RISK', HOWEVER, { question: true, negation: false }) : [];
  const hits = [
    ...however,
    ...scan(doc, 'DISCLOSE.LIMITATIONS_RISK', SUITS_ALL, { question: true }),
    ...scan(doc, 'DISCLOSE.LIMITATIONS_RISK', NO_EXCEPTION, { question: true, negation: false }),
  ];
  return hits.length > 0 && doc.signals.limitationStated ? [] : hits;
}

// ---- CHILD_APPEAL --------------------------------------------------------------------

const GROWN_UP = `(?:${PARENT}|grown-? ?ups?|an adult|adults|orang dewasa)`;
// Normalised text has repeated letters collapsed ("daddy" → "dady"), so the plain regex is collapsed too.
const GROWN_UP_WORD = new RegExp(collapseLetters(`\\b${GROWN_UP}`));
const MORE_VOCATIVES = phrases([
  'bocil(?:-bocil)?', 'little (?:buddy|buddies|one|ones|friends?|champs?)', 'yang masih (?:sekolah|sd|smp|kecil)', 'anak (?:sekolah|sd)',
  '(?:gamers|players|kids|fans|teens) under \\d+',
]);
const MORE_ASKS = lazyPhrases([
  `(?:ingatkan|ingetin|ingatin|kasih (?:tau|tahu)|bilangin|show|tell|remind|ask|convince) (?:your |ur |a |an )?${GROWN_UP}(?:mu|ku)?`,
  `(?:minta tolong|bujuk|rayu|ajak|bilang) (?:ke |sama |sm )?(?:[a-z]+ (?:atau|or) )?${GROWN_UP}`,
  // The parent's phone or card borrowed to buy: "pinjem HP mama terus top up".
  `(?:pinjem|pinjam|pakai|pake|borrow|use) (?:hp|handphone|ponsel|kartu|card|phone|akun|account|credit card)(?: [a-z]+)? (?:your |ur )?${PARENT}`,
]);
/** The parent buys for the child: a benefactive passive or "for you". */
const FOR_THE_CHILD = lazyPhrases([
  '(?:biar|supaya|agar|so) di[a-z]+(?:in|kan)', "(?:gets?|buys?|orders?) (?:it|one|them) for you", '(?:he|she|they)(?: [a-z]+)? (?:gets?|buys?) (?:it|you|one)',
]);
const MORE_WANTS = lazyPhrases(['book', 'checkout', 'daftar', 'order', 'tokopedia', 'shopee', 'berlangganan', 'langganan', 'subscribe', 'top ?up', 'pasang', 'pesen', 'gift', 'hadiah', 'kado', 'present', 'battle pass']);
/** A line scripted for the child to say to the parent: "bilang sama mama: aku mau nugget". */
const SCRIPTED_LINE = phrases([`${PERSUADE}(?: ke| sama| pada| to)? (?:your )?${PARENT}(?:mu)?: (?:aku|saya|i) (?:mau|pengen|ingin|want|need)`]);

// "don't forget to remind your parents" is a reminder, not a negation.
const REMINDER_BEFORE = /(?:don't|do not|dont|jangan) (?:forget|lupa) (?:to |untuk )?$/;

function firstAfter(pattern: RegExp, doc: GuardDoc, at: number): { start: number; end: number } | undefined {
  return allMatches(pattern, doc.text).find(
    (m) => m.start > at && (!isNegated(doc, m.start) || REMINDER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start))),
  );
}

export function detectChildAppealWide(doc: GuardDoc): Hit[] {
  const scripted = scan(doc, 'DISCLOSE.CHILD_APPEAL', SCRIPTED_LINE);
  if (scripted.length > 0) return scripted;
  const vocative = [...allMatches(CHILD_VOCATIVE, doc.text), ...allMatches(MORE_VOCATIVES, doc.text)].find((m) => !isNegated(doc, m.start));
  if (vocative === undefined) return [];
  // Cheapest first: most drafts with a vocative ask nobody, and the asks are lazy tables.
  const ask = firstAfter(ASK_PARENT, doc, vocative.start) ?? firstAfter(MORE_ASKS, doc, vocative.start);
  if (ask !== undefined && !asksPermission(doc, ask)) {
    const wanted = allMatches(WANT_OR_BUY, doc.text).length > 0 || allMatches(MORE_WANTS, doc.text).length > 0 || firstAfter(FOR_THE_CHILD, doc, vocative.start) !== undefined;
    return wanted ? [{ rule: 'DISCLOSE.CHILD_APPEAL', start: vocative.start, end: ask.end }] : [];
  }
  // A parent named after the vocative, then a benefactive purpose: "dek, kalau mama buka HP, … biar dibeliin".
  const purpose = firstAfter(FOR_THE_CHILD, doc, vocative.start);
  if (purpose === undefined || !GROWN_UP_WORD.test(doc.text.slice(vocative.end, purpose.start))) return [];
  return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: vocative.start, end: purpose.end }];
}

// ---- FINANCE_RETURN (savings projections, money in against money out) ---------------

const SAVE_CUE = phrases([
  'nabung', 'menabung', 'tabung(?:an)?', 'setor', 'invest(?:asi|ed|ing|s)?', 'saving', 'savings', 'save', 'emas', 'gold', 'deposito', 'reksa ?dana', 'unit link',
  'fund', 'retirement', 'pensiun', 'round up', 'spare change', 'receh', 'compound',
]);
const AMOUNT = '(?:(?:rp ?|rm ?|php ?|s\\$ ?|\\$ ?)?\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k|gram|gr|g)?)';
/** A contribution repeated each period: "10rb sehari", "$200 a month", "0,1 gram tiap gajian". */
const PERIODIC = lazyPhrases([
  `${AMOUNT} ?(?:per |a |an |each |every |tiap |setiap |\\/ ?)(?:hari|minggu|bulan|tahun|day|week|month|year|gajian|payday)`,
  `${AMOUNT} (?:sehari|seminggu|sebulan|setahun)`, '(?:tiap|setiap) gajian',
]);
/** A future point: "5 tahun lagi", "dalam 10 tahun", "by 2045", "pas anak masuk SD". */
const FUTURE_POINT = lazyPhrases([
  '\\d+ (?:tahun|taun|thn|years?) (?:lagi|ke depan|kemudian|from now)', '(?:dalam|in|within|in under|under) \\d+ (?:tahun|taun|years?)', 'tahun depan', 'next (?:year|[a-z]+ years)', 'by (?:19|20)\\d\\d',
  '(?:pas|saat|waktu|ketika|begitu|when|by the time) (?:si kecil|anak|your (?:kid|child|son|daughter)s?)(?:mu| kamu| anda)? (?:masuk|lulus|kuliah|sekolah|starts?|goes?|graduates?)',
]);
/** Money said to pile up, grow, or be held as a sum at the end. */
const ACCRUES = lazyPhrases([
  '(?:kekumpul|terkumpul|ngumpul|kebayar|terbayar)', `(?:mengumpulkan|ngumpulin|kumpulin) ${AMOUNT}`,
  `(?:sitting on|retires? with|end up with|you(?:'l| will|'d) have|have) (?:a |an )?${AMOUNT}`, `(?:dapat |bisa |akan )?memiliki (?:lebih dari |hingga |sampai )?${AMOUNT}`,
  '(?:grow|grows|turn|turns) (?:it |them |your [a-z]+ )?into', '(?:modal|uang|dana|tabungan|investasi|nilai investasi)(?:mu| kamu| anda)?(?: [a-z]+)? (?:dapat |bisa |akan )?(?:tumbuh|berlipat|bertambah)',
  '(?:6|six|7|seven) figures',
]);
/** Money in set against money out: "put in $10k, get back $12k", "titip 10jt …, tiap bulan terima 1jt". */
const MONEY_IN = phrases([`(?:put in|titip|tanam|taruh|masukin|invest) ${AMOUNT}`]);
const MONEY_OUT = lazyPhrases([`(?:get back|terima|dapat|receive|earn|balik) ${AMOUNT}`]);
/** Break-even promised: "BEP pasti 4 bulan". */
const BREAK_EVEN = phrases(['(?:bep|break-? ?even|balik modal)(?: [a-z]+)? (?:pasti|dijamin|guaranteed)']);

export function detectSavingsWide(doc: GuardDoc): Hit[] {
  const cue = allMatches(SAVE_CUE, doc.text)[0];
  const moneyIn = allMatches(MONEY_IN, doc.text)[0];
  const breakEven = allMatches(BREAK_EVEN, doc.text)[0];
  if (cue === undefined && moneyIn === undefined && breakEven === undefined) return [];
  let hit: Hit | undefined;
  if (breakEven !== undefined) hit = { rule: 'DISCLOSE.FINANCE_RETURN', start: breakEven.start, end: breakEven.end };
  const out = hit === undefined && moneyIn !== undefined ? allMatches(MONEY_OUT, doc.text).find((m) => m.start > moneyIn.end) : undefined;
  if (moneyIn !== undefined && out !== undefined) hit = { rule: 'DISCLOSE.FINANCE_RETURN', start: moneyIn.start, end: out.end };
  if (hit === undefined && cue !== undefined) {
    const accrues = allMatches(ACCRUES, doc.text)[0];
    const periodic = allMatches(PERIODIC, doc.text)[0];
    const future = periodic === undefined ? undefined : allMatches(FUTURE_POINT, doc.text)[0];
    const outcome = accrues ?? future;
    if (outcome !== undefined) hit = { rule: 'DISCLOSE.FINANCE_RETURN', start: Math.min(cue.start, outcome.start), end: Math.max(cue.end, outcome.end) };
  }
  // Risk, terms or a supervisor in the same draft make it information, not a promise (read last: three regexes).
  if (hit === undefined || doc.signals.limitationStated || doc.signals.termsStated || doc.signals.ojkStated) return [];
  return [hit];
}

// ---- TERMS_MISSING (credit sold as light or fast) -------------------------------------

const LIGHT_CREDIT = phrases([
  '(?:low|small|tiny|light|affordable|ringan|kecil|murah|terjangkau) (?:monthly |weekly |bulanan |mingguan )?(?:payments|repayments|instal+ments|cicilan|angsuran)',
  // "$1 down and …": the sum starts the match (a key of digits), the currency sign before it is not needed.
  '\\d[\\d.,]* down (?:and|payment|today|now)', 'bunga (?:kompetitif|bersaing|terjangkau|spesial|special|menarik)', 'competitive (?:rates|interest)',
  '(?:langsung|cepat|instan|instant|sehari|kilat) cair', 'pencairan (?:cepat|instan|kilat|sehari|langsung)', 'dibayar nanti', 'bayar nanti (?:dengan|pakai|pake|via|lewat)',
  'pay (?:the|it|for|your|this)(?: [a-z]+){0,2} (?:monthly|weekly|in instal+ments)',
]);

export function detectLightCredit(doc: GuardDoc): Hit[] {
  const hits = scan(doc, 'DISCLOSE.TERMS_MISSING', LIGHT_CREDIT, { question: true });
  return hits.length > 0 && !doc.signals.termsStated && !doc.signals.concreteEnd ? hits.slice(0, 1) : [];
}

// ---- PAID_PARTNERSHIP (given by the brand, sent over by a tagged account) -------------

const GIVEN_BY_BRAND = phrases([
  '(?:dikasih|dikirim(?:in)?|dikirimi|diberi|hadiah|gratisan|kiriman|gifted)(?: [a-z]+){0,2} (?:sama |sm |dari |oleh |by |from )?(?:pihak )?brand',
  '(?:gratisan|free)(?: [a-z]+){0,4} (?:dari|from) @[a-z0-9_.]+',
  '(?:sent|shipped|gave) (?:over|me|us)',
]);

export function detectGivenByBrand(doc: GuardDoc): Hit[] {
  const given = allMatches(GIVEN_BY_BRAND, doc.text);
  if (given.length === 0 || allMatches(CLEAR_LABEL, doc.text).some((m) => !isNegated(doc, m.start))) return [];
  for (const m of given) {
    if (isNegated(doc, m.start)) continue;
    // "sent over" needs a tagged account in its sentence: a friend who sent something is no sponsor.
    const needsTag = /^(?:sent|shiped|gave) /.test(doc.text.slice(m.start, m.end));
    const sentence = rangeContaining(doc.sentences, m.start, m.end);
    if (needsTag && (sentence === undefined || !doc.text.slice(sentence.start, m.start).includes('@'))) continue;
    return [{ rule: 'DISCLOSE.PAID_PARTNERSHIP', start: m.start, end: m.end, ...(doc.paid ? { severity: 'block' as const } : {}) }];
  }
  return [];
}

// Each family below finds nothing unless one of these tables matches on the draft ("however"
// phrasings are lazy: their cue is "apa pun", tested as in detectLimitationsWide): without any,
// the family is skipped.
const ROUND_SEVEN_DISCLOSURE_CUES = anchors([SUITS_ALL, NO_EXCEPTION, SCRIPTED_LINE, CHILD_VOCATIVE, MORE_VOCATIVES, SAVE_CUE, MONEY_IN, BREAK_EVEN, LIGHT_CREDIT, GIVEN_BY_BRAND]);

export function detectDisclosureRoundSeven(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_SEVEN_DISCLOSURE_CUES, doc.text) && !SAYS_APA_PUN.test(doc.text)) return [];
  return [...detectLimitationsWide(doc), ...detectChildAppealWide(doc), ...detectSavingsWide(doc), ...detectLightCredit(doc), ...detectGivenByBrand(doc)];
}
