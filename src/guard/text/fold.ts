// Character folding: one original code point → zero or more plain characters.
// Fancy Unicode ("𝐆𝐑𝐀𝐓𝐈𝐒", full-width, accents) folds to ASCII by NFKD so rules see
// the words; emoji become spaces so they never glue or split a phrase.

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\ufe0e|\u20e3/u;
const DOUBLE_QUOTES = '“”„‟«»″〝〞＂「」『』';
const SINGLE_QUOTES = '‘’‚‛′`´';
const DASHES = '‐‑‒–—―−';
const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

function foldUncached(ch: string): string {
  if (EMOJI.test(ch)) return ' ';
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DASHES.includes(ch)) return '-';
  if (ch === '\u2028' || ch === '\u2029') return '\n';
  if (/\s/u.test(ch)) return ' ';
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Fold one non-ASCII character (a whole code point); ASCII is handled inline by the caller. */
export function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = foldUncached(ch);
    // Bounded so a long-running composer session cannot grow it without limit.
    if (cache.size < 4096) cache.set(ch, folded);
  }
  return folded;
}
