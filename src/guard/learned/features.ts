// Features of the learned second opinion, shared by the training script and check():
// word unigrams, word bigrams and a 5-letter stem of longer words, read from the guard's
// normalised text (slang expanded, stretched letters collapsed), so "nyesel" and
// "menyesal" meet. Digits become 0: "10%" and "25%" are one feature.

/** Each feature with the word span (normalised offsets) it came from. */
export interface Feature {
  key: string;
  start: number;
  end: number;
}

const TOKEN = /[a-z0-9%#@$'&]+/g;

function shape(token: string): string {
  if (token.startsWith('@')) return '@';
  return token.replace(/[0-9]+/g, '0');
}

export function featuresOf(normalised: string): Feature[] {
  const words: { w: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalised); m !== null; m = TOKEN.exec(normalised)) {
    words.push({ w: shape(m[0]), start: m.index, end: m.index + m[0].length });
  }
  const out: Feature[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (a === undefined) continue;
    out.push({ key: `w:${a.w}`, start: a.start, end: a.end });
    if (a.w.length > 6) out.push({ key: `p:${a.w.slice(0, 5)}`, start: a.start, end: a.end });
    const b = words[i + 1];
    if (b !== undefined) out.push({ key: `b:${a.w} ${b.w}`, start: a.start, end: b.end });
  }
  return out;
}

/** The readable words of a feature key, for the explanation ("w:pasti" → "pasti"). */
export function wordsOfKey(key: string): string {
  return key.slice(2);
}
