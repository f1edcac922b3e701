// Building blocks of the urgency rules. Each family is a combination of cues rather than a
// list of phrases: a symptom word counts when it is about the follower's body after using a
// product, an account word when someone else got in, a regulator when it is threatened. The
// cues are word lists in both languages (normalised text: slang already expanded).
import { words, type Rule, type RuleText } from './rule.js';

/** `\b(?:a|b|c)\b` from a space-separated list (multi-word entries use `_` for a space). */
export function alternation(list: string): string {
  return `\\b(?:${words(list).map((w) => w.replace(/_/g, ' ').replace(/[.+]/g, (c) => `\\${c}`)).join('|')})\\b`;
}

/** Two cues in the same sentence, in either order, at most `gap` characters apart. */
export function near(a: string, b: string, gap = 60): string {
  return `(?:${a}[^.?!\\n]{0,${gap}}${b}|${b}[^.?!\\n]{0,${gap}}${a})`;
}

/** A test of `near(a, b, gap)`. */
export interface PairTest {
  test(text: string): boolean;
}

/**
 * `near(a, b, gap)` as a test that first looks for `a` alone, then `b` alone: every match of the pair contains a match
 * of each (same text, same context for their lookarounds), so a text lacking either cannot match and the pair, the dear
 * part, runs only on texts that have both. Pass the cue rarer among the rule's candidates as `a`.
 */
export function nearTest(a: string, b: string, gap = 60): PairTest {
  const first = new RegExp(a);
  const second = new RegExp(b);
  const pair = new RegExp(near(a, b, gap));
  return { test: (text) => first.test(text) && second.test(text) && pair.test(text) };
}

/** A negation up to three words before (and within the same clause): "tidak ada reaksi", "never had any rash". */
export const NEGATED_BEFORE = String.raw`(?<!\b(?:tidak|bukan|belum|tanpa|no|not|never|without|zero)(?: [\w'-]+){0,2} )`;

/**
 * `pattern` not negated just before it. The lookahead comes first so that the negation lookbehind
 * runs only where the cue starts, not at every position of a long text (same matches, less time).
 */
export function unnegated(pattern: string): string {
  return `(?=${pattern})${NEGATED_BEFORE}(?:${pattern})`;
}

/**
 * A rule that fires when its test passes and one of its anchor words is present. The anchors
 * are the trigger words, so the trigger index can never skip a match (rules.test.ts checks it).
 */
export function family(reason: string, anchors: string, test: (text: RuleText) => boolean): Rule {
  const triggers = words(anchors);
  const bit = familyBit(triggers);
  if (bit === 0) {
    const anchorSet = new Set(triggers);
    return { reason, triggers, matches: (text) => text.words.some((w) => anchorSet.has(w)) && test(text) };
  }
  return { reason, triggers, matches: (text) => (anchorBits(text) & bit) !== 0 && test(text) };
}

// The anchor look-up of every family is one bit of a word's entry, read in one scan of a message's words and kept for
// that RuleText (detectRules hands every rule the same object): one scan per message instead of one per candidate
// family (~1 µs of ~15 in the urgency rules over SmSA/EmoT). Past 31 families the bits run out and a family keeps its
// own word set (the same test, only slower).
const anchorBitsByWord = new Map<string, number>();
let nextFamilyBit = 1;
let scannedText: RuleText | undefined;
let scannedBits = 0;

function familyBit(triggers: readonly string[]): number {
  if (nextFamilyBit > 2 ** 30) return 0;
  const bit = nextFamilyBit;
  nextFamilyBit *= 2;
  for (const w of triggers) anchorBitsByWord.set(w, (anchorBitsByWord.get(w) ?? 0) | bit);
  scannedText = undefined;
  return bit;
}

function anchorBits(text: RuleText): number {
  if (text === scannedText) return scannedBits;
  let bits = 0;
  for (const w of text.words) bits |= anchorBitsByWord.get(w) ?? 0;
  scannedText = text;
  scannedBits = bits;
  return bits;
}

/** A question about what could happen ("kalau alergi, aman?", "is it safe for kids?") reports no harm. */
export const HYPOTHETICAL = new RegExp(
  String.raw`^(?:kak |min |gan |sis |halo |hi |hello |hai )*(?:kalau|jika|apakah|apa|aman|bisa|boleh|is|are|does|do|can|could|will|would|if|how|bagaimana|gimana|cara)\b`,
);
/** Something already happened to the writer: past or perfect markers that undo HYPOTHETICAL. */
export const HAPPENED = /\b(?:sudah|setelah|sesudah|abis|habis|sejak|tadi|kemarin|semalam|jadi|got|had|have been|after|since|yesterday|last night|started|broke out)\b/;
