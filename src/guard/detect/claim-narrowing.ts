// Issue 11 round seven: claim findings the sentence around them takes back, by shape. Run over
// the raw hits before guaranteed returns are paired, so a dropped half is not re-added.
//  - "guaranteed" said of the reader's booking ("your seat 14A is guaranteed", "kamar kamu
//    guaranteed sampai jam 22.00", "your refund is guaranteed under our policy"): a fact of the
//    reservation, not a promised result.
//  - A guarantee denied by its subject: "Nothing is risk-free", "tidak ada investasi yang bebas risiko".
//  - "100% aman" read as a guarantee when the same words are already the safety claim (TRUST-RULES.md
//    lists "aman 100%" under CLAIM.SAFETY; "pasti aman" stays both, as dev2 labels it).
//  - Safety reaching across a clause to a period ("Aman kak, robot trading … tiap hari").
//  - A ranking with its award and year in the sentence ("Juara 1 … Festival Kopi 2025",
//    "named best … at the 2025 Skytrax awards"), or one the brand says it will not claim.
//  - "lolos uji SNI", "passed ECE R44": a test named by its standard is a source.
import type { GuardDoc } from '../context/doc.js';
import { isAspiration } from '../context/guards.js';
import { indexOfRangeAt, type Range } from '../context/structure.js';
import { lazyPhrases, matchesAnywhere } from '../text/pattern.js';
import { inDisownedSpeech } from './claim-speech-scope.js';
import type { Hit } from './scan.js';

const sentenceOf = (doc: GuardDoc, at: number): Range => doc.sentences[indexOfRangeAt(doc.sentences, at)] ?? { start: 0, end: doc.text.length };

const BOOKED = lazyPhrases([
  'seats?', 'kursi', 'rooms?', 'kamar', 'tables?', 'meja', 'booking', 'reservations?', 'reservasi', 'tiket', 'tickets?', 'refunds?', 'upgrade', 'slots?', 'beds?', 'cabin', 'kabin', 'tempat duduk', 'check-? ?in', 'boarding',
]);
const RESULT_OR_MONEY = lazyPhrases(['results?', 'hasil', 'returns? on', 'profits?', 'cuan', 'untung', 'income', 'interest', 'bunga', 'yield']);
const DENIED_SUBJECT = /(?:nothing(?: is|'s)|no [a-z]+ is|there(?: is|'s) no such thing as(?: an?)?|tidak ada(?: [a-z]+){0,2} yang|tak ada(?: [a-z]+){0,2} yang) $/;
const PERIOD_AUDIENCE = /(?:hari|day|everyday|panjang|term|selamanya|forever)$/;
const AWARD = lazyPhrases(['awards?', 'festival', 'kompetisi', 'lomba', 'kontes', 'contest', 'competition', 'championship', 'kejuaraan', 'penghargaan', 'olimpiade', 'olympiad', 'expo']);
const PLACE_BEFORE = /(?:gate|pintu|platform|hall|meja|table|lantai|level|booth|stand|kamar|room|loket|counter|lane|jalur|pos|jersey|jersei|kaos|kaus|punggung|shirt|kursi|seat|antrian|antrean|nomor urut|tim|team) $/;
const EMBEDDED_QUESTION = /(?:^|[^a-z])(?:apakah|entah|whether)(?: [a-z']+){0,4} $/;
const READER_PICK = /(?:pilih|pilihlah|cari|temukan|choose|pick|find)(?: [a-z']+){0,3} $/;
const FOR_READER = /^ (?:buat|untuk|bagi|for) (?:anda|kamu|kakak|kak|you|your|dirimu|mu)(?![a-z])/;
// Speech about the others denied, up to a "but" ("Kami tidak bilang toko lain jelek"; not "I'm not
// naming names, but other agents …"): the draft refuses to run them down.
const DISCLAIMED_SPEECH = /(?:tidak|tak|nggak|gak|ga|enggak|bukan|not|never|don't|do not|won't|aren't|isn't) (?:mau |ingin |bermaksud |maksudnya |sedang |going to |trying to )?(?:bilang|mengatakan|menyebut|ngomong|menjelekkan|jelekin|menjelek-jelekkan|bermaksud|say|saying|calling|claim|claiming|suggesting|implying)(?![a-z])/;
const BUT = /(?:^|[^a-z])(?:tapi|tetapi|namun|but|however|though)(?![a-z])/g;

/** The sentence up to `at`, from its last "but" on. */
function clauseBefore(text: string, from: number, at: number): string {
  const said = text.slice(from, at);
  let cut = 0;
  BUT.lastIndex = 0;
  for (let m = BUT.exec(said); m !== null; m = BUT.exec(said)) cut = m.index + m[0].length;
  return said.slice(cut);
}
const YEAR = /(?:^|[^\d])(?:19|20)\d{2}(?!\d)/;
// Normalised text has repeated letters collapsed: "tell" is "tel".
const WONT_CLAIM = /(?:won't|will not|wouldn't|don't|do not|not going to|never) (?:tel you|say|claim|pretend)|(?:tidak|tak|nggak) (?:akan )?(?:bilang|mengklaim|klaim|bohong bilang)/;
const STANDARD_AFTER = /^ (?:sni|iso|ece|en|astm|ul|ce|jis|iec|din|bs|sirim|nsf|fcc|tkdn|[a-z]*\d)/;

function keep(doc: GuardDoc, hit: Hit, hits: readonly Hit[]): boolean {
  const text = doc.text;
  const excerpt = text.slice(hit.start, hit.end);
  const sentence = sentenceOf(doc, hit.start);
  const before = text.slice(sentence.start, hit.start);
  if (hit.rule === 'CLAIM.ABSOLUTE_GUARANTEE' || hit.rule === 'DISCLOSE.FINANCE_RETURN') {
    if (DENIED_SUBJECT.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) return false;
  }
  if (hit.rule === 'CLAIM.ABSOLUTE_GUARANTEE') {
    const said = text.slice(sentence.start, sentence.end);
    if (excerpt.startsWith('guarant') && matchesAnywhere(BOOKED, before) && !matchesAnywhere(RESULT_OR_MONEY, said)) return false;
    if (/^100% (?:aman|safe)$/.test(excerpt) && hits.some((h) => h.rule === 'CLAIM.SAFETY' && h.start <= hit.start && h.end >= hit.start)) return false;
  }
  if (hit.rule === 'CLAIM.SAFETY' && /[,;]/.test(excerpt) && PERIOD_AUDIENCE.test(excerpt)) return false;
  if (hit.rule === 'CLAIM.SUPERLATIVE') {
    const said = text.slice(sentence.start, sentence.end);
    if (YEAR.test(said) && matchesAnywhere(AWARD, said)) return false;
    if (WONT_CLAIM.test(before)) return false;
    // A gate, a table or a platform numbered one is a place, not a rank: "Meet us at Gate #1".
    if (/^(?:#1|nomor 1|nomor satu|no\. ?1|number one)$/.test(excerpt) && PLACE_BEFORE.test(before)) return false;
    // Round eleven: a ranking asked about inside the sentence ("kami tidak tahu apakah ini yang paling
    // bagus", "not sure whether it's the best") or wished for ("we hope to become the best …") is not
    // stated, and the reader's own pick ("pilih yang
    // paling nyaman buat Anda") ranks nothing of the brand's.
    if (EMBEDDED_QUESTION.test(before) || isAspiration(doc, hit.start)) return false;
    if (READER_PICK.test(before) && FOR_READER.test(text.slice(hit.end, hit.end + 16))) return false;
  }
  if (hit.rule === 'CLAIM.COMPETITOR_DISPARAGE' && DISCLAIMED_SPEECH.test(clauseBefore(text, sentence.start, hit.end))) return false;
  if (hit.rule === 'CLAIM.UNSUBSTANTIATED_STAT' && /^(?:lolos uji|teruji|tested|passed)/.test(excerpt) && STANDARD_AFTER.test(text.slice(hit.end, hit.end + 12))) return false;
  return true;
}

const NARROWED: ReadonlySet<string> = new Set(['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN', 'CLAIM.SAFETY', 'CLAIM.SUPERLATIVE', 'CLAIM.UNSUBSTANTIATED_STAT', 'CLAIM.COMPETITOR_DISPARAGE']);

/** Claims and promised returns: the findings whose words may be someone else's (claim-speech-scope.ts). */
const isSpoken = (h: Hit): boolean => h.rule.startsWith('CLAIM.') || h.rule === 'DISCLOSE.FINANCE_RETURN';

/** The hits that stand after the round-seven and round-twelve narrowing (the same array when nothing is dropped). */
// Every narrowed rule is a spoken one (a claim or a promised return), so a draft without a spoken hit keeps all.
// A plain loop, the copy made only at the first hit dropped: no closures or arrays per check.
export function narrowClaims(doc: GuardDoc, hits: Hit[]): Hit[] {
  let out: Hit[] | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Hit;
    const stays = !isSpoken(h) || ((!NARROWED.has(h.rule) || keep(doc, h, hits)) && !inDisownedSpeech(doc, h));
    if (!stays) out ??= hits.slice(0, i);
    else if (out !== undefined) out.push(h);
  }
  return out ?? hits;
}
