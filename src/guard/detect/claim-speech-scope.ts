// Round twelve (issue #11): a claim inside speech the draft does not make its own. Claim rules
// match the words of a promise wherever they stand; two sentence shapes put those words in
// someone else's mouth, and the brand is then warning or disowning, not promising:
//  - denied speech: a negation governing a verb of saying or meaning, earlier in the same clause
//    ("we'll never tell you our coffee is the cure", "kami tidak akan mengatakan kopi kami
//    menyembuhkan", "not intended to diagnose, treat or cure", "no one can promise you profit");
//  - a warning about what others say: a condition on an indefinite speaker who says or offers
//    the claim ("kalau ada yang janji cuan pasti", "if someone offers you guaranteed returns"),
//    answered in that sentence or the next by a warning or a disowning ("itu red flag",
//    "mending skip", "itu bukan dari kami", "walk away").
// Also a claim whose subject is denied in colloquial Indonesian ("nggak ada yang namanya
// investasi tanpa risiko"), which round seven's narrowing read only in formal words.
// Scope, not phrases: the claim's own words are never listed here.
import type { GuardDoc } from '../context/doc.js';
import { indexOfRangeAt, type Range } from '../context/structure.js';
import { collapseLetters } from '../text/pattern.js';
import type { Hit } from './scan.js';

// Normalised text has runs of one letter collapsed ("tell" → "tel", "nggak" → "ngak"): every
// pattern below is collapsed the same way before it is compiled.
const NEGATION = "(?:tidak|tak|nggak|ngga|gak|ga|enggak|ndak|bukan|belum|never|not|don't|dont|do not|doesn't|does not|won't|wont|wil not|wouldn't|can't|cannot|can not|no one can|nobody can|no one wil|nobody wil|#1 can|#1 wil)";
// Normalisation spells "no one" as "#1" (the ranking it usually is) and colloquial negations as "tidak".
const MODAL = "(?:(?:akan|pernah|mau|bisa|berani|bermaksud|pernah|ever|going to|gona|trying to|here to|able to|wil|'l) )*";
const SAYING = '(?:tel(?:ing)? (?:you|anyone|people|customers)|say(?:ing)?|claim(?:ing)?|promise(?:s|d)?|pretend(?:ing)?|suggest(?:ing)?|imply(?:ing)?|intended to|meant to|designed to|mengatakan|menyatakan|bilang|ngomong|menyebut|mengklaim|klaim|menjanjikan|janjiin|ngejanjiin|dimaksudkan untuk|ditujukan untuk|berani janji)';
const DENIED_SPEECH = new RegExp(collapseLetters(`(?:^|[^a-z'])${NEGATION} ${MODAL}${SAYING}(?![a-z])`));
/** The same, opening at the claim's own first word ("no one can promise …" read as a ranking). */
const DENIED_SPEECH_HERE = new RegExp(collapseLetters(`^${NEGATION} ${MODAL}${SAYING}(?![a-z])`));
// "it does not claim", "I'm not saying": the same with a copula or pronoun between is covered
// by MODAL being optional; a "but" resets the scope, so "I won't say it's magic, but it cures" stays.
const BUT = /(?:^|[^a-z])(?:tapi|tetapi|namun|but|however|though|yet)(?![a-z])/g;

const IF = '(?:kalau|kalo|klo|kl|jika|jikalau|bila|apabila|misal(?:nya)?|if|when|whenever)';
const SOMEONE = '(?:ada (?:yang|yg|orang|pihak|oknum|agen|seller|penjual|sales|akun|aplikasi|teman|temen)|(?:someone|anyone|somebody|anybody|a seller|an agent|an app|a broker|they|people|a friend|a stranger)(?: [a-z]+)?)';
const OFFERS = '(?:[a-z]+ ){0,3}(?:janji|janjiin|ngejanjiin|menjanjikan|bilang|ngomong|nawarin|menawarkan|tawarin|ngajak|mengajak|promosiin|ngaku|mengaku|klaim|mengklaim|jual|jualan|says?|tells? you|promises?|offers?|pitches?|claims?|guarantees?|sells? you|swears?)';
const WARNED_SPEECH = new RegExp(collapseLetters(`(?:^|[^a-z])${IF} ${SOMEONE} ${OFFERS}(?![a-z])`));
const WARNING = new RegExp(collapseLetters(String.raw`(?:red ?flag|waspada|hati-hati|hati hati|curiga|penipuan|penipu|tipu|scam|bodong|hoax|hoaks|ilegal|illegal|hindari|jauhi|skip|mundur|kabur|jangan (?:percaya|tergiur|mau|transfer|langsung|ikut)|bukan (?:dari )?(?:kami|kita)|beware|be careful|walk away|run|avoid|don't (?:trust|believe|fall|buy|transfer|send)|report|lapor)(?![a-z])`));

// Round fourteen: a warning that governs an offer noun before the claim, in its clause: "Hati-hati sama
// tawaran return pasti", "waspadai janji cuan", "beware of offers of guaranteed returns". The claim is
// the offer warned against, not the brand's promise.
const WARNED_OFFER = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:hati-hati|hati hati|waspada(?:i|lah)?|awas|jangan (?:percaya|tergiur|tertipu|ketipu|termakan)|beware of|be careful (?:with|of)|watch out for|don't (?:trust|fal for))(?: (?:sama|dengan|dgn|terhadap|ama|akan|of|with|for))?(?: (?:any|the|semua|setiap|tiap|ada))? (?:tawaran|penawaran|janji|janji-janji|iklan|promo|ajakan|iming-iming|offers?|promises?|ads?|pitch(?:es)?|schemes?|skema)(?: [a-z]+){0,3} $`));
const WARN_CUE = /hati|waspada|awas|jangan|beware|careful|watch out|don't/;

const DENIED_SUBJECT = new RegExp(collapseLetters(String.raw`(?:tidak|nggak|ngga|gak|ga|enggak|ndak|tak) ada(?: [a-z]+){0,2} (?:yang|yg)(?: namanya)?(?: [a-z]+){0,2} $|no such thing as (?:an? )?$`));

function sentenceIndexOf(doc: GuardDoc, at: number): number {
  return indexOfRangeAt(doc.sentences, at);
}

/** The sentence text up to `at`, from its last "but" on. */
function scopeBefore(text: string, sentence: Range, at: number): string {
  const said = text.slice(sentence.start, at);
  let cut = 0;
  BUT.lastIndex = 0;
  for (let m = BUT.exec(said); m !== null; m = BUT.exec(said)) cut = m.index + m[0].length;
  return said.slice(cut);
}

// "what they won't tell you: most of them …" exposes others; only the writer's own (or an
// impersonal) denial takes a claim back.
const THIRD_PERSON_BEFORE = /(?:they|they'l|them|mereka|he|she|dia|beliau|others|what|apa yang|yang)\s*$/;

function deniedByTheWriter(before: string): boolean {
  const m = DENIED_SPEECH.exec(before);
  return m !== null && !THIRD_PERSON_BEFORE.test(before.slice(0, m.index + 1));
}

// Substrings every shape above needs in the text before the claim (or at its start): most claims
// have none, and then no shape regex runs (the check runs per keystroke).
const NEGATION_CUE = /tidak|tak |bukan|belum|never|not|n't|nobody|no one|#1|cannot/;
const IF_CUE = /kalau|jika|bila|misal|if |when/;
const DENIED_SUBJECT_CUE = /ada |such/;

/** Whether the hit's words sit in speech the draft denies or warns against. */
export function inDisownedSpeech(doc: GuardDoc, hit: Hit): boolean {
  const text = doc.text;
  const i = sentenceIndexOf(doc, hit.start);
  const sentence = doc.sentences[i] ?? { start: 0, end: text.length };
  const lead = text.slice(sentence.start, hit.start);
  if (WARN_CUE.test(lead) && WARNED_OFFER.test(scopeBefore(text, sentence, hit.start))) return true;
  const negated = NEGATION_CUE.test(lead);
  const conditional = IF_CUE.test(lead);
  if (!negated && !conditional && !NEGATION_CUE.test(text.slice(hit.start, hit.start + 8))) return false;
  const opening = text.slice(hit.start, hit.end + 40);
  const before = scopeBefore(text, sentence, hit.start);
  if ((negated && deniedByTheWriter(before)) || DENIED_SPEECH_HERE.test(opening)) return true;
  const near = text.slice(Math.max(sentence.start, hit.start - 40), hit.start);
  if (negated && DENIED_SUBJECT_CUE.test(near) && DENIED_SUBJECT.test(near)) return true;
  if (!conditional || !WARNED_SPEECH.test(before)) return false;
  const next = doc.sentences[i + 1];
  return WARNING.test(text.slice(sentence.start, next?.end ?? sentence.end));
}
