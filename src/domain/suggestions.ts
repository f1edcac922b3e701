// Suggested replies: the brand's FAQ entries and past replies an officer marked good, ranked
// by BM25 (MiniSearch) against the follower's message. Both sides go through the same
// normalisation of everyday Indonesian (slang expanded, stretched letters collapsed, address
// words dropped), so "brp harganya kak" finds "Berapa harga serum?". The word matches are then
// re-ranked by topic, product and language (suggestion-rerank.ts).
import MiniSearch from 'minisearch';
import { isAddressWord, slangEntry } from '../analysis/text/slang.js';
import { rerank, type SuggestionContext } from './suggestion-rerank.js';

/** The word-match score given to a document that matches no word, relative to the best. */
const NO_WORD_MATCH = 0.2;
/** Below this (relative to the best word match, after re-ranking) a suggestion is noise. */
const MIN_SCORE = 0.3;

export interface SuggestionSource {
  type: 'faq' | 'past_reply';
  id: string;
  /** The FAQ question, or the follower message the past reply answered. */
  title: string;
}

export interface SuggestionDocument {
  source: SuggestionSource;
  /** What is matched against the follower's message. */
  matchText: string;
  /** The reply text offered to the officer. */
  replyText: string;
  /** The language of the reply, when known (FAQ entries say it). */
  language?: 'id' | 'en';
}

/** An FAQ entry: its question counts twice, so the question outweighs words of the answer. */
export function faqDocument(id: string, question: string, answer: string, language?: 'id' | 'en'): SuggestionDocument {
  return { source: { type: 'faq', id, title: question }, matchText: `${question} ${question} ${answer}`, replyText: answer, ...(language === undefined ? {} : { language }) };
}

/** A reply an officer marked good, found by the follower message it answered. */
export function pastReplyDocument(id: string, question: string, answer: string): SuggestionDocument {
  return { source: { type: 'past_reply', id, title: question }, matchText: question, replyText: answer };
}

export interface Suggestion {
  text: string;
  source: SuggestionSource;
  score: number;
}

/** One search term → zero or more normalised terms. */
export function normaliseSearchTerm(term: string): string[] {
  const lower = term.toLowerCase().replace(/(\p{L})\1{2,}/gu, '$1').replace(/(nya|lah|kah)$/u, (suffix, offset: number) => (offset >= 3 ? '' : suffix));
  if (lower.length < 2 || isAddressWord(lower)) return [];
  const slang = slangEntry(lower);
  return slang === undefined ? [lower] : [...slang.words];
}

/** Spam gets no suggested answer; neither does a message whose best match shares nothing with it. */
export function rankSuggestions(documents: readonly SuggestionDocument[], query: string, limit = 3, context: SuggestionContext = {}): Suggestion[] {
  if (documents.length === 0 || query.trim() === '' || context.understanding?.intents.includes('spam') === true) return [];
  const index = new MiniSearch<{ id: number; matchText: string }>({
    fields: ['matchText'],
    processTerm: (term) => {
      const terms = normaliseSearchTerm(term);
      return terms.length === 0 ? null : terms;
    },
  });
  index.addAll(documents.map((document, id) => ({ id, matchText: document.matchText })));
  const hits = index.search(query, { combineWith: 'OR', fuzzy: 0.15, prefix: (term) => term.length >= 4 });
  // Every document stays a candidate, those without a word match at a low floor: "makasih,
  // jerawatku kempes" shares no word with the thanks reply but shares its topic.
  const top = hits[0]?.score ?? 1;
  const scores = new Map(hits.map((hit) => [hit.id as number, hit.score]));
  const candidates = documents.map((document, id) => ({ document, score: scores.get(id) ?? top * NO_WORD_MATCH, title: document.source.title, ...(document.source.type === 'past_reply' ? { topicHint: document.replyText, pastReply: true } : {}), ...(document.language === undefined ? {} : { language: document.language }) }));
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const { candidate, score, confident } of rerank(candidates, query, context)) {
    if (!confident || score < MIN_SCORE || seen.has(candidate.document.replyText)) continue;
    seen.add(candidate.document.replyText);
    suggestions.push({ text: candidate.document.replyText, source: candidate.document.source, score: Math.round(score * 100) / 100 });
    if (suggestions.length === limit) break;
  }
  return suggestions;
}
