// Negation scope for sentiment: a message whose only negative words are negated ("nggak
// pernah kecewa", "belum pernah ada keluhan", "no complaints", "nothing went wrong") praises,
// even though its words are those of a complaint. The sentiment model learned from review
// texts where such phrasing is rare, so it reads the complaint words; this cue reads the
// scope instead: every negative word in the message must sit inside a negation, and no
// positive word may (a negated positive, "tidak bagus", is a complaint).
import { polarityOfWord } from '../text/polarity-words.js';
import { type Token } from '../text/normalize.js';

// "jangan" asks ("jangan sampai telat"), "kurang" is itself a complaint word here: neither opens a scope.
const NEGATORS = new Set(['tidak', 'bukan', 'belum', 'tanpa', 'not', 'no', 'never', 'nothing', 'zero', 'without', 'nor']);
const CLAUSE_ENDS = new Set(['tapi', 'tetapi', 'namun', 'padahal', 'but', 'however', 'although', 'cuma', 'hanya']);
// Words that carry no content between a negator and what it negates: they do not use up the reach.
const FILLERS = new Set([
  'pernah', 'ada', 'sama', 'sekali', 'yang', 'sedikit', 'satu', 'pun', 'sih', 'kok', 'kan', 'jadi', 'bikin', 'buat', 'membuat', 'bakal', 'akan', 'terlalu', 'begitu', 'gitu',
  'a', 'an', 'any', 'single', 'once', 'ever', 'even', 'had', 'have', 'has', 'been', 'the', 'to', 'about', 'of', 'with', 'went', 'go', 'one', 'got', 'i', 'we', 'was', 'is', 'are', 'were', 'did', 'do', 'does', 'can', 'could', 'will', 'would',
]);
const REACH = 3;
// Hedges and purposes are not praise: "kalau tidak salah" (if I am not mistaken), "supaya
// kita tidak bingung" (so that we are not confused), "to avoid any trouble".
const HEDGE_OR_PURPOSE = new Set(['kalau', 'kalo', 'jika', 'if', 'supaya', 'agar', 'biar', 'avoid', 'lest', 'semoga', 'hopefully']);
// Long reviews carry enough context for the model; the cue is for short messages where one
// negated phrase is most of what is said (chosen on SmSA valid: longer texts lost more than they gained).
const MAX_WORDS = 30;
// Complaint nouns and verbs that the polarity list leaves out because outside a negation
// they are ordinary words ("issue" of a magazine, "minus" in arithmetic).
const COMPLAINT_WORDS = new Set([
  'issue', 'issues', 'complaint', 'complaints', 'complain', 'regret', 'regrets', 'drama', 'kurang', 'menyesal', 'lengket', 'scratch', 'scratches',
  'hassle', 'trouble', 'defect', 'defects', 'luntur', 'iritasi', 'perih',
]);
// A message that insults someone is no praise, whatever it negates ("nggak mau ikutan goblok").
const INSULTS = new Set(['bodoh', 'goblok', 'tolol', 'bego', 'dungu', 'oon', 'stupid', 'idiot', 'dumb', 'moron']);
// Negative words whose negation still reports a failure: "no refund yet", "belum refund".
const STILL_NEGATIVE = new Set(['refund', 'hilang', 'missing', 'lost']);

function isComplaintWord(word: string): boolean {
  return (polarityOfWord(word) === 'negative' && !STILL_NEGATIVE.has(word)) || COMPLAINT_WORDS.has(word);
}

/** True when the message has a negated complaint word and no complaint word or praise word outside that scope. */
export function onlyNegatedNegatives(tokens: readonly Token[]): boolean {
  // Most messages hold no negator, and without one the answer is false: one set lookup per
  // token instead of the half-dozen the scope walk below makes (it runs on every message).
  if (!tokens.some((token) => token.kind === 'word' && NEGATORS.has(token.text))) return false;
  let reach = 0;
  let negatedNegatives = 0;
  let wordCount = 0;
  let previous = '';
  let hedged = false;
  for (const token of tokens) {
    if (token.kind === 'break' || token.kind === 'question' || token.kind === 'exclaim' || CLAUSE_ENDS.has(token.text)) {
      reach = 0;
      hedged = false;
      continue;
    }
    if (token.kind !== 'word') continue;
    const word = token.text;
    wordCount += 1;
    if (wordCount > MAX_WORDS || INSULTS.has(word)) return false;
    const before = previous;
    previous = word;
    if (HEDGE_OR_PURPOSE.has(word) || (word === 'that' && before === 'so')) hedged = true;
    if (NEGATORS.has(word)) {
      // A negation in a clause opened by a hedge or a purpose word is no praise.
      reach = hedged ? 0 : REACH;
      continue;
    }
    const negated = reach > 0;
    if (negated && !FILLERS.has(word)) reach -= 1;
    if (isComplaintWord(word) || STILL_NEGATIVE.has(word)) {
      if (!negated || STILL_NEGATIVE.has(word)) return false;
      negatedNegatives += 1;
      reach = 0;
    } else if (negated && polarityOfWord(word) === 'positive') {
      return false;
    }
  }
  return negatedNegatives > 0;
}
