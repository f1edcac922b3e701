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

export function featuresOf(normalised: string): Feature[] {
  const words = wordsOf(normalised);
  const out: Feature[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (a === undefined) continue;
    out.push({ key: `w:${a.w}`, start: a.start, end: a.end });
    const b = words[i + 1];
    if (b !== undefined) out.push({ key: `b:${a.w} ${b.w}`, start: a.start, end: b.end });
  }
  return out;
}
