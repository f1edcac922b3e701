// Splits lower-cased text into raw pieces: links, e-mail addresses, mentions, emoticons,
// words, emoji, question/exclamation marks and clause breaks. Normalisation happens later.

export type RawKind = 'email' | 'url' | 'mention' | 'emoticon' | 'word' | 'emoji' | 'question' | 'exclaim' | 'break';

const KINDS: readonly RawKind[] = ['email', 'url', 'mention', 'emoticon', 'word', 'emoji', 'question', 'exclaim', 'break'];

// One pass, one alternative per kind, in priority order (an e-mail holds a domain; an
// emoticon such as t_t must win over the word "t"). Lengths are bounded so that a long run
// such as "x.x.x.x…" cannot make matching quadratic.
const EMAIL = String.raw`([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})`;
const URL = String.raw`((?:https?:\/\/|www\.)\S+|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|id|co|ly|me|net|org|xyz|io|site|link|top|shop|store|vip|cc|info|biz|online|club|live|app|gg)\b(?:\/\S*)?)`;
const MENTION = String.raw`(@[\w.]+|\[username\])`;
const EMOTICON = String.raw`([:;=][-']?[)(\]dp\/]|\(:|<3|\^_?\^|-_-|t_t|t\.t|>:\()`;
const TAIL = [String.raw`(!+)`, String.raw`([.,;:\n]+)`];

const WORD = String.raw`([\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?)*)`;
// One emoji per piece (with its skin tone, variation selector and joined parts), so "😍😍😍" counts thrice.
const EMOJI = String.raw`(\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic}\uFE0F?)*)`;
// Lower-case ASCII, most messages: without Unicode property classes the expression runs
// several times faster, and on ASCII it matches the same.
const ASCII_WORD = String.raw`([a-z0-9]+(?:'[a-z]+)?(?:-[a-z0-9]+(?:'[a-z]+)?)*)`;
const NEVER = String.raw`([^\s\S])`;

const NON_ASCII = /[^ -~\t\n\r]/;
// Where no link can start, the link alternative is left out: tried at every position, it
// would cost more than all the others. The hint is a superset of what URL can match.
const URL_HINT = /https?:\/\/|www\.|[a-z0-9-]\.(?:com|id|co|ly|me|net|org|xyz|io|site|link|top|shop|store|vip|cc|info|biz|online|club|live|app|gg)\b/;

const patterns = new Map<number, RegExp>();

/** The expression for this text; absent alternatives keep their group, never matching. */
function patternFor(text: string): RegExp {
  const ascii = !NON_ASCII.test(text);
  const email = text.includes('@');
  const url = URL_HINT.test(text);
  const key = (ascii ? 1 : 0) + (email ? 2 : 0) + (url ? 4 : 0);
  let pattern = patterns.get(key);
  if (!pattern) {
    const parts = [email ? EMAIL : NEVER, url ? URL : NEVER, MENTION, EMOTICON, ascii ? ASCII_WORD : WORD, ascii ? NEVER : EMOJI, ascii ? String.raw`(\?+)` : String.raw`([?？]+)`, ...TAIL];
    pattern = new RegExp(parts.join('|'), ascii ? 'g' : 'gu');
    patterns.set(key, pattern);
  }
  return pattern;
}

export interface RawToken {
  text: string;
  kind: RawKind;
}

/** Calls `visit` for each piece in order; no per-piece object (the hot path of analyze()). */
export function scanPieces(lowerText: string, visit: (text: string, kind: RawKind) => void): void {
  const pattern = patternFor(lowerText);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lowerText); match !== null; match = pattern.exec(lowerText)) {
    for (let group = 1; group <= KINDS.length; group += 1) {
      const text = match[group];
      if (text !== undefined) {
        visit(text, KINDS[group - 1] ?? 'word');
        break;
      }
    }
  }
}

export function tokenize(lowerText: string): RawToken[] {
  const tokens: RawToken[] = [];
  scanPieces(lowerText, (text, kind) => tokens.push({ text, kind }));
  return tokens;
}
