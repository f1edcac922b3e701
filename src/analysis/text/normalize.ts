// Turns raw pieces into normalised tokens: slang expanded, stretched letters undone,
// reduplication ("hati2") and the "-nya" suffix written the way the training texts write
// them, emoji and laughter mapped to meaning words, address words (kak, min) set apart,
// and the words after a negation marked.
import { emojiMeaning, emoticonMeaning, isLaughter } from './emoji.js';
import { isAddressWord, slangEntry, type LanguageHint } from './slang.js';
import { StringTable } from './string-table.js';
import { scanPieces, type RawKind } from './tokenize.js';

export type TokenKind = 'word' | 'symbol' | 'address' | 'number' | 'url' | 'mention' | 'email' | 'question' | 'exclaim' | 'break';

/** Read-only: token objects are shared between messages through the word cache. */
export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  /** Language this word is evidence of: from the slang tables or the trained word lists. */
  readonly lang: LanguageHint | undefined;
  /** Inside the scope of a negation ("tidak bagus": bagus is negated). */
  readonly negated: boolean;
  /** Writing system of a word: Latin letters, letters of another script, or no letters. */
  readonly script: Script;
}

export type Script = 'latin' | 'other' | 'none';

const HAS_LETTER = /\p{L}/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}\p{M}'’-]+$/u;

function scriptOf(text: string, kind: TokenKind): Script {
  if (kind !== 'word' || !HAS_LETTER.test(text)) return 'none';
  return LATIN_WORD.test(text) ? 'latin' : 'other';
}

/** Words the models know; used to pick between spellings ("maaaf" → maaf, "bagusss" → bagus). */
export interface KnownWords {
  has(word: string): boolean;
  /** The language a known word leans to (undefined: both, or no evidence). */
  get?(word: string): LanguageHint | undefined;
}

const STRETCH = /(.)\1{2,}/u;
const STRETCH_ALL = /(.)\1{2,}/gu;
const REDUPLICATION = /^(\p{L}{2,})2$/u;
const DIGITS = /^\p{N}+$/u;

function known(word: string, vocabulary: KnownWords): boolean {
  return vocabulary.has(word) || slangEntry(word) !== undefined;
}

function undoStretch(word: string, vocabulary: KnownWords): string {
  if (!STRETCH.test(word)) return word;
  const double = word.replace(STRETCH_ALL, '$1$1');
  if (known(double, vocabulary)) return double;
  return word.replace(STRETCH_ALL, '$1');
}

// A slot on each token where a later stage keeps what it derives from the token alone
// (features/extract.ts: the word's feature hashes). Tokens are shared through the word cache,
// so this spares that stage a second lookup by string per word. The slot is non-enumerable:
// equality checks, spreads and JSON never see it, and a spread copy starts without it.
const MEMO = Symbol('token memo');
type WithMemo = Token & { [MEMO]?: unknown };

function withMemoSlot(token: Token): Token {
  return Object.defineProperty(token, MEMO, { value: undefined, writable: true, enumerable: false, configurable: false });
}

/** What a later stage stored on this token (undefined when nothing yet, or on a copy). */
export function tokenMemo(token: Token): unknown {
  return (token as WithMemo)[MEMO];
}

/** Stores a value derived from the token alone; ignored on tokens without a slot. */
export function setTokenMemo(token: Token, value: unknown): void {
  if (Object.prototype.hasOwnProperty.call(token, MEMO)) (token as WithMemo)[MEMO] = value;
}

function newToken(text: string, kind: TokenKind, lang: LanguageHint | undefined): Token {
  return withMemoSlot({ text, kind, lang, negated: false, script: scriptOf(text, kind) });
}

function pushWord(out: Token[], text: string, kind: TokenKind, lang: LanguageHint | undefined): void {
  out.push(newToken(text, kind, lang));
}

function normalizeWord(raw: string, vocabulary: KnownWords, out: Token[]): void {
  if (DIGITS.test(raw)) return pushWord(out, raw, 'number', undefined);
  const word = undoStretch(raw, vocabulary);
  if (isLaughter(word)) return pushWord(out, 'haha', 'symbol', undefined);
  if (isAddressWord(word)) return pushWord(out, word, 'address', undefined);
  const slang = slangEntry(word);
  if (slang) {
    for (const canonical of slang.words) pushWord(out, canonical, 'word', slang.lang);
    return;
  }
  const redup = REDUPLICATION.exec(word);
  if (redup?.[1] !== undefined) {
    const base = slangEntry(redup[1])?.words.join(' ') ?? redup[1];
    return pushWord(out, `${base}-${base}`, 'word', vocabulary.get?.(redup[1]));
  }
  // SmSA writes "barang nya" but keeps lexicalised forms ("akhirnya") whole: a known
  // word stays as it is, an unknown one loses its suffix ("merkurinya" → merkuri nya).
  if (word.length >= 6 && word.endsWith('nya') && !vocabulary.has(word)) {
    normalizeWord(word.slice(0, -3), vocabulary, out);
    return pushWord(out, 'nya', 'word', 'id');
  }
  pushWord(out, word, 'word', vocabulary.get?.(word));
}

// Normalised forms per raw word and vocabulary: messages reuse a small vocabulary, so most
// words skip the slang, stretch and suffix checks. Bounded; cleared when full. A StringTable,
// not a Map: the raw words are fresh strings, which a Map hashes slowly (see string-table.ts).
const CACHE_LIMIT = 100_000;
const wordCache = new WeakMap<KnownWords, StringTable<readonly Token[]>>();

function cacheFor(vocabulary: KnownWords): StringTable<readonly Token[]> {
  let cache = wordCache.get(vocabulary);
  if (!cache) {
    cache = new StringTable(CACHE_LIMIT);
    wordCache.set(vocabulary, cache);
  }
  return cache;
}

function cachedWord(raw: string, vocabulary: KnownWords, cache: StringTable<readonly Token[]>): readonly Token[] {
  let tokens = cache.get(raw);
  if (!tokens) {
    const fresh: Token[] = [];
    normalizeWord(raw, vocabulary, fresh);
    tokens = fresh;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, tokens);
  }
  return tokens;
}

const constant = (text: string, kind: TokenKind): Token => withMemoSlot({ text, kind, lang: undefined, negated: false, script: 'none' });
const QUESTION = constant('?', 'question');
const EXCLAIM = constant('!', 'exclaim');
const BREAK = constant(',', 'break');
const PLACEHOLDERS: Partial<Record<TokenKind, Token>> = { url: constant('_url', 'url'), email: constant('_email', 'email'), mention: constant('_mention', 'mention') };

// Emoji and emoticons map to a few dozen meaning words: one shared token each.
const symbolTokens = new Map<string, Token>();

function symbolToken(meaning: string): Token {
  let token = symbolTokens.get(meaning);
  if (!token) {
    token = newToken(meaning, 'symbol', undefined);
    symbolTokens.set(meaning, token);
  }
  return token;
}

export function normalizeTokens(lowerText: string, vocabulary: KnownWords): Token[] {
  const out: Token[] = [];
  const cache = cacheFor(vocabulary);
  scanPieces(lowerText, (text: string, kind: RawKind): void => {
    switch (kind) {
      case 'word':
        for (const token of cachedWord(text, vocabulary, cache)) out.push(token);
        break;
      case 'emoji': {
        const meaning = emojiMeaning(text);
        if (meaning) out.push(symbolToken(meaning));
        break;
      }
      case 'emoticon':
        out.push(symbolToken(emoticonMeaning(text) ?? 'senang'));
        break;
      case 'question':
        out.push(QUESTION);
        break;
      case 'exclaim':
        out.push(EXCLAIM);
        break;
      case 'break':
        out.push(BREAK);
        break;
      default:
        out.push(PLACEHOLDERS[kind] ?? constant(`_${kind}`, kind));
    }
  });
  markNegation(out);
  return out;
}

const NEGATORS = new Set(['tidak', 'bukan', 'belum', 'jangan', 'kurang', 'tanpa', 'not', 'no', 'never']);
const CLAUSE_ENDS = new Set(['tapi', 'tetapi', 'namun', 'padahal', 'but', 'however', 'although']);
const NEGATION_REACH = 3;

/**
 * Marks up to three words after a negator, stopping at punctuation or "tapi"/"but". A
 * marked token is a copy: the cached one is shared with other messages.
 */
function markNegation(tokens: Token[]): void {
  let reach = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind === 'break' || token.kind === 'question' || token.kind === 'exclaim' || CLAUSE_ENDS.has(token.text)) {
      reach = 0;
    } else if (token.kind === 'word' && NEGATORS.has(token.text)) {
      reach = NEGATION_REACH;
    } else if (reach > 0 && (token.kind === 'word' || token.kind === 'symbol')) {
      tokens[i] = { ...token, negated: true };
      reach -= 1;
    }
  }
}
