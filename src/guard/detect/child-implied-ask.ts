// Round twelve (issue #11), DISCLOSE.CHILD_APPEAL asked without an imperative: a child addressed,
// and the product framed as something a grown-up gives on request, with no verb telling the child
// to ask. "Adik-adik, mainan ini cocok jadi permintaan waktu ibumu telepon", "Kids, Christmas is
// coming: make sure Santa (and Dad) know", "Hey little gamers, your parents' card is all you need",
// "adik-adik, kalau juara kelas boleh dong minta hadiah tas ini".
// Structure: (1) a child is the one addressed (a vocative set off by a comma, colon or "!", or
// opened by a greeting), (2) later in the draft a gift, a request or a grown-up's means of paying
// is named, and (3) a grown-up is named after the address, unless the gift itself is asked for
// ("minta hadiah", "ask for it as a present"). A grown-up asked outright after such an address
// ("Young fans, minta papa mama subscribe") counts too: the older tables know fewer vocatives.
// Talking to parents ("Ayah Bunda, …") addresses no child; a child told to ask permission
// ("minta izin mama") names no gift or means.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { collapseLetters, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

const CHILD = String.raw`(?:adik-adik|adek-adek|adik(?: kecil| manis)?|adek|dedek|dek|anak-anak|bocil|teman-teman kecil|temen-temen kecil|jagoan(?: kecil)?|kids|kiddos|little ones|boys and girls|(?:little|young|junior) (?:gamers|fans|players|readers|chefs|artists|builders|heroes|friends|ones|explorers|scientists|racers))`;
/** A child set off as the one spoken to: "Adik-adik,", "Kids:", "Kids who love dinos,". */
const SET_OFF_CHILD = new RegExp(collapseLetters(String.raw`(?:^|[.!?\n] *)(${CHILD})(?=(?: [a-z]+)?(?: (?:yang|who|that) [^,.!?:]{0,60})? *[,:!])`), 'g');
/** A child greeted: "Hai anak-anak", "hey little gamers", "calling all kids". */
const GREETED_CHILD = new RegExp(collapseLetters(String.raw`\b(?:hai|hi|hey|halo|hello|yuk|ayo|calling all|attention) (${CHILD})(?![a-z])`), 'g');
const GROWNUP_NAMES = 'mama|mamah|mami|papa|papi|ayah|ibu|bunda|ortu|orang ?tua|emak|mom|mum|mommy|mummy|dad|daddy|parents|folks|om|tante|uncle|aunt|auntie|nenek|kakek|grandma|grandpa|oma|opa';
const GROWN_UP = new RegExp(collapseLetters(String.raw`\b(?:mama|mamah|mami|papa|papi|ayah|ibu|ibumu|bunda|ortu|orang ?tua|emak|umi|abi|mom|mum|mommy|mummy|dad|daddy|parents?|parents'|folks|grown-?ups?|santa|nenek|kakek|grandma|grandpa|oma|opa|tante|om|uncle|aunt(?:ie)?)(?:mu|nya|ku)?(?![a-z])`));
/** A gift or a request the product is framed as, or a grown-up's means of paying. */
const GIFT_OR_MEANS = new RegExp(collapseLetters(String.raw`\b(?:permintaan|request|hadiah|kado|gift|present|wish ?list|birthday list|christmas list|reward|santa|sinterklas|kartu|card|kode promo|promo code|voucher|dompet|wallet|rekening|saldo)(?![a-z])`));
/** The gift asked for by the child directly: "minta hadiah tas ini", "ask for it as a present". */
const ASKED_GIFT = new RegExp(collapseLetters(String.raw`\b(?:minta|mintain|ask for|ask(?: [a-z]+){0,2} for|nagih|tagih|menagih|nagihin|claim)(?: [a-z]+){0,2} (?:hadiah|kado|gift|present|reward|janji)|(?:${GROWNUP_NAMES})(?:'s|nya|mu)? (?:phone|hp|handphone|ponsel|tablet|ipad|laptop|card|kartu|akun|account|rekening|wallet|dompet)|(?:phone|hp|handphone|ponsel|tablet|ipad|card|kartu|akun|account|rekening|wallet|dompet) (?:${GROWNUP_NAMES})|(?:as|jadi|sebagai) (?:a |your )?(?:hadiah|kado|gift|present|reward|permintaan)(?![a-z])`));

/** Where each addressed child word stands (the vocative itself, without what opened it). */
function addressedChildren(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const pattern of [SET_OFF_CHILD, GREETED_CHILD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      found.push({ start: end - (m[1] ?? '').length, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A grown-up asked, for the vocatives the older tables do not know ("young fans, minta papa mama subscribe"). */
const ASK_GROWN_UP = new RegExp(collapseLetters(String.raw`\b(?:minta|mintain|bilang|bilangin|ajak|rayu|bujuk|suruh|kasih (?:tau|tahu|lihat|liat)|tunjukin|tunjukkan|ask|tell|beg|get|remind|convince|show)(?: (?:ke|sama|pada|to|your|ur))*(?: [a-z]+ (?:atau|or|dan|and|&))? (?:${GROWNUP_NAMES}|grown-?ups?)(?:mu|nya)?(?![a-z])`));
/** Something sold: a grown-up taken to a parade is asked for no purchase. */
const COMMERCE = new RegExp(collapseLetters(String.raw`\b(?:beli|beliin|belikan|buy|order|pesan|subscribe|langganan|top ?up|daftar|daftarin|checkout|bayar|bayarin|pay|premium|upgrade|download|unduh|install|produk|toko|store|shop|kedai|harga|price|promo|diskon|katalog|kami|kita|our)(?![a-z])`));
/** A child word, in the draft's one-pass table scan (text/gate.ts). */
const CHILD_CUE = phrases(['adik(?:-adik)?', 'adek(?:-adek)?', 'dedek', 'dek', 'anak-anak', 'bocil', 'kecil', 'jagoan', 'kids?', 'kiddos?', 'little', 'young', 'junior', 'boys and girls']);
const CUE = new RegExp(`${GIFT_OR_MEANS.source}|${ASKED_GIFT.source}|${ASK_GROWN_UP.source}`);

export function detectChildImpliedAsk(doc: GuardDoc): Hit[] {
  const text = doc.text;
  // A child word first (a plain substring scan), then the gift, means or ask.
  if (!matchesAnywhere(CHILD_CUE, text) || !CUE.test(text)) return [];
  for (const address of addressedChildren(text)) {
    if (isNegated(doc, address.start)) continue;
    const after = text.slice(address.end);
    // The gift asked for outright, or a gift or means named with a grown-up to supply it.
    const found = ASKED_GIFT.exec(after) ?? (GROWN_UP.test(after) ? GIFT_OR_MEANS.exec(after) : null) ?? (COMMERCE.test(after) ? ASK_GROWN_UP.exec(after) : null);
    if (found !== null) return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: address.start, end: address.end + found.index + found[0].length, severity: 'block' }];
  }
  return [];
}
