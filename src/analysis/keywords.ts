// Content words of a message for search and insights: normalised, no function words, no
// address words, in order of appearance.
import { type Token } from './text/normalize.js';
import { isStopWord } from './text/stop-words.js';

const MAX_KEYWORDS = 8;
// Phone, order and tracking numbers are PII, not topics.
const LONG_NUMBER = /\d{5}|\d{3,}[-. ]\d{3,}/;

export function extractKeywords(tokens: readonly Token[]): string[] {
  const keywords: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 3 || isStopWord(token.text) || LONG_NUMBER.test(token.text)) continue;
    if (!keywords.includes(token.text)) keywords.push(token.text);
    if (keywords.length >= MAX_KEYWORDS) break;
  }
  return keywords;
}
