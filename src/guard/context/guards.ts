// Context that turns a matching phrase into something the brand is not promising:
// a negation just before it, a wish or an effort ("semoga yang terbaik", "we do our
// best"), or a question ("apakah dijamin berhasil?").
import { scannable } from '../text/gate.js';
import { phrases } from '../text/pattern.js';
import type { GuardDoc } from './doc.js';
import { lastStartBefore, rangeContaining } from './structure.js';

const NEGATION = phrases([
  'tidak', 'bukan', 'belum', 'jangan', 'tiada', 'never', 'not', 'no', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', "isn't", "aren't", "wasn't", 'nor', 'neither', 'bebas dari klaim',
]);
// Negations that do not negate what follows: "tidak hanya", "jangan sampai kehabisan".
// Sticky, tried right after the negation in the window (as "^" on the rest of the window was).
const NOT_A_NEGATION = /[ -]*(?:hanya|cuma|saja|only|just|sekadar|sampai|lewatkan|lupa|ketinggalan|kelewatan|mau ketinggalan|more|ragu|pakai lama|perlu (?:ragu|pikir)|usah ragu|heran|salah|kaget)(?![a-z])/y;
// "we don't claim / promise / say" negates a claim anywhere later in the clause
// (global: searched from just after the negation, in the window).
const DISCLAIMER_VERB = /(?:klaim|mengklaim|bilang|menyebut|janji|menjanjikan|menjamin|claim|say|promise|guarantee|berani bilang)/g;
const ASPIRATION = phrases([
  'semoga', 'moga', 'mudah-mudahan', 'amin', 'aamiin', 'doa', 'doakan', 'hope', 'hoping', 'wish', 'wishing', 'may you', 'harap', 'berharap', 'selamat', 'good luck', 'all the',
  'berusaha', 'berupaya', 'upaya', 'usaha', 'strive', 'striving', 'try', 'trying', 'aim', 'do our', 'doing our', 'ingin', 'pengen', 'bercita-cita', 'menuju', 
]);

// Windows are scanned with the tables' untagged twins (V8's fast path; text/gate.ts).
const NEGATION_SCAN = scannable(NEGATION);
const ASPIRATION_SCAN = scannable(ASPIRATION);

function clauseWindow(doc: GuardDoc, start: number, maxChars: number): string {
  const clauseStart = lastStartBefore(doc.clauses, start);
  return doc.text.slice(Math.max(clauseStart, start - maxChars), start);
}

/** Whether a UTF-16 code unit is white space to a regex "\s" (and to trim()). */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words in text[from …) split at white space: what trim().split(/\s+/) counts, without the strings. */
function wordsFrom(text: string, from: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * A negation within the three words before the match, or a disclaimer earlier in the clause.
 * The rest of the window after each negation is read in place (sticky and global regexes
 * from its offset, a word count by loop): no slice, trim or split per negation.
 */
export function isNegated(doc: GuardDoc, start: number): boolean {
  const window = clauseWindow(doc, start, 60);
  NEGATION_SCAN.lastIndex = 0;
  for (let m = NEGATION_SCAN.exec(window); m !== null; m = NEGATION_SCAN.exec(window)) {
    const after = m.index + m[0].length;
    NOT_A_NEGATION.lastIndex = after;
    if (NOT_A_NEGATION.test(window)) continue;
    if (wordsFrom(window, after) <= 3) return true;
    DISCLAIMER_VERB.lastIndex = after;
    if (DISCLAIMER_VERB.test(window)) return true;
  }
  return false;
}

export function isAspiration(doc: GuardDoc, start: number): boolean {
  const window = clauseWindow(doc, start, 50);
  ASPIRATION_SCAN.lastIndex = 0;
  return ASPIRATION_SCAN.test(window);
}

// A sentence that opens with one of these asks about everything in it ("apakah dijamin
// berhasil, kak?", "is it really the best, or not?").
const QUESTION_OPENER = /^(?:apakah|apa|apa iya|benarkah|bener(?:an)?|beneran|masa|masak|emang(?:nya)?|memang(?:nya)?|kok|gimana|bagaimana|kenapa|mengapa|kapan|mana|siapa|berapa|is|are|was|were|does|do|did|can|could|will|would|should|has|have|how|why|what|which|who|where|when)(?![a-z])/;

/**
 * The match is asked about, not stated: it sits in a sentence that ends with a question
 * mark, and either in that sentence's last clause or in a sentence that opens as a
 * question. A claim stated first and then followed by a separate question ("Seblak
 * terpedas se-Bandung, berani coba?", "the best in town, wanna try?") is still a claim.
 */
export function inQuestion(doc: GuardDoc, start: number, end: number): boolean {
  const sentence = rangeContaining(doc.sentences, start, end);
  if (sentence === undefined) return false;
  const body = doc.text.slice(sentence.start, sentence.end).trimEnd();
  if (!body.endsWith('?')) return false;
  if (QUESTION_OPENER.test(body.trimStart())) return true;
  // A clause break after the match, inside the sentence, leaves the match outside the asking clause.
  const nextBreak = firstStartAfter(doc.clauses, end);
  const bodyEnd = sentence.start + body.length;
  if (nextBreak === undefined || nextBreak >= bodyEnd) return true;
  // Only a form of address follows ("…dijamin berhasil, kak?"): the question is still this clause.
  return VOCATIVE_TAIL.test(doc.text.slice(nextBreak, bodyEnd));
}

const VOCATIVE_TAIL = /^\s*(?:kak|kakak|ka|sis|gan|bun|bunda|min|mimin|admin|guys|say|beb|bestie|bro|sob|mas|mbak|pak|bu|ya|yah|nih|dong|deh|sir|ma'am|maam|everyone)\s*\?+$/;

/** The first clause start after `pos`, if any (clause starts are sorted). */
function firstStartAfter(starts: readonly number[], pos: number): number | undefined {
  for (const s of starts) if (s > pos) return s;
  return undefined;
}

export function inQuote(doc: GuardDoc, start: number, end: number): boolean {
  return rangeContaining(doc.quotes, start, end) !== undefined;
}
