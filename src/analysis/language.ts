// Language of a short social message, by word votes: a word votes for Indonesian or
// English when the slang tables or the trained word lists tie it to one language (the
// normaliser records that on the token, once per word). Words of other scripts vote
// `other`. Code-mixing is common ("kak, is the size M ready?"), so a message with a real
// share of both languages is `mixed`.
import { type Token } from './text/normalize.js';
import { type Language } from './types.js';

/**
 * `mixed` needs a real share of the minority language: two words and a quarter of the
 * votes, or close to half of them. One English loanword ("ready", "link") in an Indonesian
 * message is everyday Indonesian, not code-mixing.
 */
function isMixed(minority: number, total: number): boolean {
  const share = minority / total;
  return (minority >= 2 && share >= 0.25) || (minority >= 1 && share >= 0.4);
}

export function detectLanguage(tokens: readonly Token[]): Language {
  let id = 0;
  let en = 0;
  let foreign = 0;
  for (const token of tokens) {
    if (token.kind === 'address') {
      id += 1;
      continue;
    }
    if (token.script === 'none') continue;
    if (token.script === 'other') foreign += 1;
    else if (token.lang === 'id') id += 1;
    else if (token.lang === 'en') en += 1;
  }
  if (id + en === 0 || foreign > id + en) return 'other';
  if (isMixed(Math.min(id, en), id + en)) return 'mixed';
  return id >= en ? 'id' : 'en';
}
