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

const TOKEN = new RegExp(
  [
    EMAIL,
    URL,
    MENTION,
    EMOTICON,
    String.raw`([\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?)*)`,
    // One emoji per piece (with its skin tone, variation selector and joined parts), so "😍😍😍" counts thrice.
    String.raw`(\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic}\uFE0F?)*)`,
    String.raw`([?？]+)`,
    ...TAIL,
  ].join('|'),
  'gu',
);

// The same pieces for lower-case ASCII text, most messages: without Unicode property
// classes the expression runs several times faster, and on ASCII it matches the same.
const ASCII_TOKEN = new RegExp(
  [EMAIL, URL, MENTION, EMOTICON, String.raw`([a-z0-9]+(?:'[a-z]+)?(?:-[a-z0-9]+(?:'[a-z]+)?)*)`, String.raw`([^\s\S])`, String.raw`(\?+)`, ...TAIL].join('|'),
  'g',
);
const NON_ASCII = /[^ -~\t\n\r]/;

export interface RawToken {
  text: string;
  kind: RawKind;
}

export function tokenize(lowerText: string): RawToken[] {
  const tokens: RawToken[] = [];
  const pattern = NON_ASCII.test(lowerText) ? TOKEN : ASCII_TOKEN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lowerText); match !== null; match = pattern.exec(lowerText)) {
    for (let group = 1; group <= KINDS.length; group += 1) {
      const text = match[group];
      if (text !== undefined) {
        tokens.push({ text, kind: KINDS[group - 1] ?? 'word' });
        break;
      }
    }
  }
  return tokens;
}
