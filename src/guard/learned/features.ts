// Features of the learned second opinion, shared by the training script and check():
// word unigrams and word bigrams, read from the guard's normalised text (slang expanded,
// stretched letters collapsed), so "nyesel" and "menyesal" meet. Digits become 0: "10%" and
// "25%" are one feature. (Character 4-grams were tried in round seven: worse out-of-fold on
// drafts the rules left empty, and some 200 more lookups a check. Round seven's 5-letter stems
// and affix-stripped roots were dropped in round eight: with naive-Bayes scaling the model
// without them is as good or better leave-one-batch-out, 0.862 vs 0.848 mean recall at
// precision 0.95, and a check skips two lookups and an affix scan per long word.)

/** Each feature with the word span (normalised offsets) it came from. */
export interface Feature {
  key: string;
  start: number;
  end: number;
}

/** A word of the normalised text, shaped, with its span. */
export interface Word {
  w: string;
  start: number;
  end: number;
}

const TOKEN = /[a-z0-9%#@$'&]+/g;
const DIGITS = /[0-9]+/g;

/** A token as a feature word: any @handle is "@", digit runs become "0". */
function shape(token: string): string {
  if (token.charCodeAt(0) === 64) return '@';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return token.replace(DIGITS, '0');
  }
  return token;
}

export function wordsOf(normalised: string): Word[] {
  const words: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalised); m !== null; m = TOKEN.exec(normalised)) {
    words.push({ w: shape(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

// Negation scope (round twelve): a word up to NEGATION_SCOPE words after a negator, in the same clause, is
// also the feature `n:<word>`, so a denied claim ("jamu ini tidak menyembuhkan maag", "no cleaning product is
// harmless") can weigh apart from the claim itself. A closed class of function words, not phrases; "tanpa"
// (without) is not one of them, since "tanpa efek samping" is itself the claim. Measured leave-one-batch-out on
// the thirteen fresh batches (scripts/lobo-guard.ts --features negscope, before it moved here: claim recall at
// precision 0.95 of the category head 0.83 → 0.86, disclosure 0.87 → 0.86, pressure 0.87 → 0.87) and on the ten
// calibration folds (see scripts/guard-learned-training.ts). Tuning figures.
export const NEGATORS: ReadonlySet<string> = new Set(['tidak', 'tak', 'bukan', 'belum', 'nggak', 'gak', 'ga', 'enggak', 'ndak', 'no', 'not', 'never', "don't", "doesn't", "isn't", "aren't", "won't", "can't", 'nothing', 'none']);
export const NEGATION_SCOPE = 3;
/** Characters that end a clause (and a negator's scope) when they stand between two words. */
export const CLAUSE_BREAKS = '.,;:!?\n';

/** Whether a clause break stands in text[from, to) (the breaks are single UTF-16 units: no slice needed). */
function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.includes(text.charAt(i))) return true;
  return false;
}

export function featuresOf(normalised: string): Feature[] {
  const words = wordsOf(normalised);
  const out: Feature[] = [];
  let negated = 0;
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (a === undefined) continue;
    out.push({ key: `w:${a.w}`, start: a.start, end: a.end });
    const b = words[i + 1];
    if (b !== undefined) out.push({ key: `b:${a.w} ${b.w}`, start: a.start, end: b.end });
    const before = words[i - 1];
    if (before !== undefined && clauseBreakBetween(normalised, before.end, a.start)) negated = 0;
    if (NEGATORS.has(a.w)) negated = NEGATION_SCOPE;
    else if (negated > 0) {
      out.push({ key: `n:${a.w}`, start: a.start, end: a.end });
      negated--;
    }
  }
  return out;
}
