// Re-ranks the word matches of suggestions by what an officer would check first: the same
// topic (price, texture, a damaged parcel…), the same product, the same language, and drops
// them all when nothing shares the message's topic or product (an honest "no good match").
import { searchTerms, topicCounts, topicsFromReasons } from './suggestion-topics.js';

export interface SuggestionContext {
  /** The brand's products with the names followers use for them (brand profile aliases). */
  products?: ReadonlyArray<{ name: string; aliases: readonly string[] }>;
  /** The analysis of the message, when known: its language, intents and reasons. */
  understanding?: { language: string; intents: readonly string[]; reasons?: readonly string[] };
}

export interface Candidate {
  /** The word-match score (BM25). */
  score: number;
  /** The text the document is about (FAQ question or the message a past reply answered). */
  title: string;
  /** Extra text that tells the topic (a past reply's own words: "Makasih banyak…" answers thanks). */
  topicHint?: string;
  /** A past reply names a product in passing ("love your sunscreen"); an FAQ entry is about it. */
  pastReply?: boolean;
  language?: 'id' | 'en';
}

const ENGLISH = new Set('the is are my your how what do does can i you it to of and for with when where why this that have has will should any'.split(' '));
const INDONESIAN = new Set('yang tidak apa bisa saya aku berapa gimana bagaimana kok ada sudah belum dan di ke ini itu dong ya sih buat untuk pakai kapan mau'.split(' '));

/** Indonesian, English or both, by their function words (cheap; enough to tell FAQ entries apart). */
export function guessLanguage(terms: readonly string[]): 'id' | 'en' | 'mixed' | 'other' {
  let en = 0;
  let id = 0;
  for (const term of terms) {
    if (ENGLISH.has(term)) en += 1;
    if (INDONESIAN.has(term)) id += 1;
  }
  if (en > 0 && id > 0) return en >= 2 * id ? 'en' : id >= 2 * en ? 'id' : 'mixed';
  return en > 0 ? 'en' : id > 0 ? 'id' : 'other';
}

function productsIn(text: string, products: NonNullable<SuggestionContext['products']>): Set<string> {
  // "moisturizernya", "serumnya": the -nya suffix is not part of the name.
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, ' ').replace(/(\p{L}{4,})nya\b/gu, '$1')} `;
  const found = new Set<string>();
  for (const product of products) {
    // A longer alias ("lip serum") wins over a shorter one it contains ("serum").
    for (const alias of [...product.aliases].sort((a, b) => b.length - a.length)) {
      const needle = ` ${alias.toLowerCase()} `;
      if (lower.includes(needle)) {
        found.add(product.name);
        break;
      }
    }
  }
  return found;
}

export interface Reranked<T extends Candidate> {
  candidate: T;
  score: number;
  confident: boolean;
}

/** Scores each candidate again; the caller keeps the confident ones, best first. */
export function rerank<T extends Candidate>(candidates: readonly T[], query: string, context: SuggestionContext = {}): Array<Reranked<T>> {
  const top = candidates.reduce((best, c) => Math.max(best, c.score), 0);
  if (top <= 0) return [];
  const queryTerms = searchTerms(query);
  const queryTopics = topicCounts(queryTerms);
  for (const topic of topicsFromReasons(context.understanding?.reasons ?? [], context.understanding?.intents ?? [])) queryTopics.set(topic, (queryTopics.get(topic) ?? 0) + 2);
  const analysed = context.understanding?.language;
  const queryLanguage = analysed === 'id' || analysed === 'en' || analysed === 'mixed' ? analysed : guessLanguage(queryTerms);
  const products = context.products ?? [];
  const queryProducts = productsIn(query, products);

  return candidates.map((candidate) => {
    const titleTerms = searchTerms(candidate.title);
    const docTopics = topicCounts(candidate.topicHint === undefined ? titleTerms : [...titleTerms, ...searchTerms(candidate.topicHint)]);
    let shared = 0;
    for (const [topic, count] of queryTopics) if (docTopics.has(topic)) shared += Math.min(count, 2);
    let score = candidate.score / top;
    if (shared > 0) score *= 1 + 0.6 * shared;
    else if (queryTopics.size > 0 && docTopics.size > 0) score *= 0.5;

    const docProducts = productsIn(candidate.title, products);
    const sameProduct = [...queryProducts].some((name) => docProducts.has(name));
    // The same product helps only an entry on the message's topic ("cleanser is amazing, thanks" is not a price question).
    if (queryProducts.size > 0 && docProducts.size > 0) score *= !sameProduct ? (candidate.pastReply === true ? 0.7 : 0.25) : shared > 0 || queryTopics.size === 0 ? 1.8 : 1;
    else if (docProducts.size > 0) score *= 0.8;

    const docLanguage = candidate.language ?? guessLanguage(titleTerms);
    if ((queryLanguage === 'id' && docLanguage === 'en') || (queryLanguage === 'en' && docLanguage === 'id')) score *= 0.4;
    return { candidate, score, confident: shared > 0 || sameProduct };
  }).sort((a, b) => b.score - a.score);
}
