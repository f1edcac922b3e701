// Round eight (issue #11 point 1), PRESSURE.FOMO_SHAME by structure: shame or regret aimed at a
// reader who does not have the thing yet. Two parts, in one sentence or the next:
// - a shame or regret word ("malu", "isin", "kasihan", "nyesel", "kudet", "embarrassing"), said
//   neither by the writer of themselves ("aku nyesel …", "kami malu atas …") nor negated
//   ("jangan malu bertanya", "nggak bakal nyesel");
// - the reader not there yet, or the others already there ("belum punya", "kamu masih pakai",
//   "nek durung nduwe", "kalau sampai nggak kebagian", "kabeh konco wis nduwe", "still using").
// Blame and tears foretold after a miss ("kalau sampai nggak kebagian, jangan nangis …, salah
// sendiri") and a label the reader is told not to wear ("Only bad pet parents skip …", "Don't be
// that person") shame on their own.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import type { Hit } from './scan.js';

// Normalised text reads "nyesel" as "menyesal" and drops "dong"; phrases() collapse doubled letters.
const SHAME = phrases([
  'menyesal', 'nyesel', 'malu', 'isin', 'kasihan', 'memalukan', 'cupu', 'kudet', 'ketinggalan zaman', 'norak', 'embarrassing', 'cringe', 'ashamed', 'regret',
]);
const NOT_THERE_YET = lazyPhrases([
  'belum (?:punya|pakai|pake|coba|beli|ikut|pernah)', 'masih (?:pakai|pake|tidur|nyuci|manual|ngontrak|pakai)', '(?:kamu|lo|lu|elo|kalian|anda) (?:masih|belum)', '(?:punya|milik) (?:kamu|mu|lo|anda) masih',
  'durung (?:nduwe|tuku|nganggo|duwe)', 'nek durung', '(?:tidak|nggak|gak) kebagian', 'ketinggalan', 'still (?:using|on|stuck|without|have|wearing)', "(?:haven't|have not|don't have|dont have) (?:one|it|this|yet)",
  '(?:orang lain|semua orang|teman|temen|konco|kabeh konco|everyone|your friends)(?: [a-z]+){0,3} (?:sudah|udah|wis|already)',
]);
const FIRST_PERSON = /\b(?:aku|saya|gue|gua|gw|kami|kita|i|we|i'm|we're)(?: [a-z]+){0,2} *$/;
/** Shame that needs no second part: a label not to wear, blame and tears after a miss. */
const SHAME_ALONE = phrases([
  "(?:don't|do not|dont) be that (?:person|guy|girl|one|parent|mom|mum|dad|friend|customer|owner)", 'jangan jadi (?:orang|yang) (?:itu|kayak gitu|terakhir)',
  'only (?:bad|lazy|careless|irresponsible|clueless) [a-z]+', 'salah sendiri', 'your own fault',
]);
// Others ahead and the reader pointed at as behind: "Mama-mama lain sudah pakai …, Mama masih …?",
// "kanca-kancamu wis nduwe kabeh, kowe durung", "everyone in your group chat already has one".
const OTHERS_AHEAD = phrases([
  '(?:semua|kabeh|kabeh|sadaya) (?:orang|[a-z]+) (?:di [a-z]+ )?(?:sudah|udah|wis|geus)', '(?:(?:mama-mama|ibu-ibu|bapak-bapak|papa-papa|bunda-bunda|emak-emak|anak-anak|orang-orang|teman-teman) lain|other [a-z]+s|anak muda(?: [a-z]+){0,3}) (?:sudah|udah|already)',
  '(?:kanca-kancamu|kanca-kanca|konco-konco|babaturan|teman-temanmu|temen-temen|teman-teman) (?:[a-z]+ )?(?:sudah|udah|wis|geus)', '(?:kabeh|kabéh) babaturan',
  "(?:everyone|everybody) (?:in|at|on) (?:your )?[a-z]+(?: [a-z]+)? (?:already|has|have|is)", '(?:all )?your (?:cousins|classmates|neighbou?rs|colleagues|friends) (?:will be|already|are all)',
  'everyone else', 'udah pada (?:pake|pakai|punya|ganti|beli)', 'sudah pada (?:pake|pakai|punya|ganti|beli)',
]);
const READER_BEHIND = lazyPhrases([
  'tinggal (?:kamu|lo|lu|kakak|anda)', '(?:kamu|kowe|anjeun|lo|lu|mama|bunda|you) (?:masih|durung|can|belum|still)', '(?:masa|mosok|masak) (?:kamu|kowe|anjeun|lo|lu)',
  'yang belum,? siap-siap', "(?:you're|you are) (?:literally )?the last", 'odd one out', 'without you', '(?:the )?only (?:one|mum|mom|dad|parent|kid|person) (?:at|in|without|who)',
]);
/** Shame foretold or named, needing no second part. */
const BEHIND_ALONE = phrases([
  'imagine being the (?:last|only)', "(?:don't|do not|dont) be the odd one", '(?:menyesal|nyesel) sendiri',
  'siap-siap (?:aja |saja )?(?:nanti )?(?:[a-z]+ ){0,2}(?:ketinggalan|beda sendiri|menyesal|baper|gigit jari)', 'jangan (?:cuma |hanya )?jadi penonton', 'ketinggalan (?:banget |bgt )?(?:kamu|lo|lu)', 'kelewatan kalau',
  "(?:you're|you are) (?:literally )?missing (?:out|half)",
]);
const TEARS = phrases(['jangan (?:nangis|menangis|mewek|baper)', "(?:don't|dont|do not) (?:cry|come crying)"]);
const IF_MISSED = /\b(?:kalau|kalo|if|nek|pas)\b/;

function sentenceIndex(doc: GuardDoc, pos: number): number {
  return doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);
}

function detectShameAtReader(doc: GuardDoc): Hit | undefined {
  const shames = allMatches(SHAME, doc.text);
  if (shames.length === 0) return undefined;
  const yet = allMatches(NOT_THERE_YET, doc.text);
  if (yet.length === 0) return undefined;
  for (const s of shames) {
    if (isNegated(doc, s.start) || FIRST_PERSON.test(doc.text.slice(Math.max(0, s.start - 30), s.start))) continue;
    const i = sentenceIndex(doc, s.start);
    // The lack must be a second part: "ketinggalan zaman" alone is both words, said as often of a rival's
    // facilities or an old remedy ("kerokan udah ketinggalan zaman") as of the reader.
    const near = yet.find((y) => (y.end <= s.start || y.start >= s.end) && Math.abs(sentenceIndex(doc, y.start) - i) <= 1);
    if (near !== undefined) return { rule: 'PRESSURE.FOMO_SHAME', start: Math.min(s.start, near.start), end: Math.max(s.end, near.end) };
  }
  return undefined;
}

function detectLeftBehind(doc: GuardDoc): Hit | undefined {
  const ahead = allMatches(OTHERS_AHEAD, doc.text);
  if (ahead.length === 0) return undefined;
  // A question that opens with "masih …?" asks the reader why they are still behind.
  const stillBehind = doc.sentences.filter((x) => /^ *masih [^?]*\? *$/.test(doc.text.slice(x.start, x.end))).map((x) => ({ start: x.start, end: x.end }));
  for (const b of [...allMatches(READER_BEHIND, doc.text), ...stillBehind]) {
    if (isNegated(doc, b.start)) continue;
    const a = ahead.find((x) => Math.abs(sentenceIndex(doc, x.start) - sentenceIndex(doc, b.start)) <= 1);
    if (a !== undefined) return { rule: 'PRESSURE.FOMO_SHAME', start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }
  return undefined;
}

// Regret foretold: "nanti nyesel", "bakal kakak menyesal" (keyed on the regret word, read back).
const FORETOLD = /\b(?:nanti|bakal|ntar)(?: (?:kamu|kakak|lo))? $/;

function regretForetold(doc: GuardDoc): Match | undefined {
  for (const m of allMatches(SHAME, doc.text)) {
    const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
    const lead = FORETOLD.exec(before);
    if (lead !== null && /^menyesal/.test(doc.text.slice(m.start, m.end)) && !isNegated(doc, m.start)) return { start: m.start - before.length + lead.index, end: m.end };
  }
  return undefined;
}

function detectShameAlone(doc: GuardDoc): Hit | undefined {
  const alone: Match | undefined =
    allMatches(SHAME_ALONE, doc.text)[0] ??
    allMatches(BEHIND_ALONE, doc.text).find((m) => !isNegated(doc, m.start) && !FIRST_PERSON.test(doc.text.slice(Math.max(0, m.start - 30), m.start))) ??
    regretForetold(doc);
  if (alone !== undefined) return { rule: 'PRESSURE.FOMO_SHAME', start: alone.start, end: alone.end };
  // Tears foretold only after a miss: "kalau sampai nggak kebagian, jangan nangis".
  for (const t of allMatches(TEARS, doc.text)) {
    const s = doc.sentences[sentenceIndex(doc, t.start)];
    if (s !== undefined && IF_MISSED.test(doc.text.slice(s.start, t.start))) return { rule: 'PRESSURE.FOMO_SHAME', start: t.start, end: t.end };
  }
  return undefined;
}

// Shame at the reader and foretold regret need SHAME, the left-behind contrast OTHERS_AHEAD, and
// the lone shapes their own tables: without any of them, the family is skipped.
const ROUND_EIGHT_PRESSURE_CUES = anchors([SHAME, OTHERS_AHEAD, SHAME_ALONE, BEHIND_ALONE, TEARS]);

export function detectRoundEightPressure(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_EIGHT_PRESSURE_CUES, doc.text)) return [];
  const hit = detectShameAtReader(doc) ?? detectLeftBehind(doc) ?? detectShameAlone(doc);
  return hit === undefined ? [] : [hit];
}
