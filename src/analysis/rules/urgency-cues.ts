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
  const id = registerFamily(triggers);
  const slot = id >> 5;
  const mask = 1 << (id & 31);
  return { reason, triggers, matches: (text) => (anchorSlots(text)[slot]! & mask) !== 0 && test(text) };
}

// The anchor look-up of every family is one bit, read in one scan of a message's words and kept for that RuleText
// (detectRules hands every rule the same object): one scan per message instead of one per candidate family. The
// families (~170 with the round-seven shapes) are numbered; family n is bit n % 32 of slot n / 32, and each word keeps
// the (slot, bits) pairs of the families it anchors.
const slotBitsByWord = new Map<string, number[]>();
let familyCount = 0;
let scannedText: RuleText | undefined;
let scannedSlots = new Int32Array(1);

function registerFamily(triggers: readonly string[]): number {
  const id = familyCount++;
  const slot = id >> 5;
  const mask = 1 << (id & 31);
  for (const w of new Set(triggers)) {
    const pairs = slotBitsByWord.get(w) ?? [];
    const at = pairs.findIndex((value, i) => i % 2 === 0 && value === slot);
    if (at === -1) pairs.push(slot, mask);
    else pairs[at + 1]! |= mask;
    slotBitsByWord.set(w, pairs);
  }
  scannedText = undefined;
  return id;
}

function anchorSlots(text: RuleText): Int32Array {
  if (text === scannedText) return scannedSlots;
  const slotCount = (familyCount + 31) >> 5;
  if (scannedSlots.length !== slotCount) scannedSlots = new Int32Array(slotCount);
  else scannedSlots.fill(0);
  for (const w of text.words) {
    const pairs = slotBitsByWord.get(w);
    if (pairs) for (let i = 0; i < pairs.length; i += 2) scannedSlots[pairs[i]!]! |= pairs[i + 1]!;
  }
  scannedText = text;
  return scannedSlots;
}

/** A question about what could happen ("kalau alergi, aman?", "is it safe for kids?") reports no harm. */
export const HYPOTHETICAL = new RegExp(
  String.raw`^(?:kak |min |gan |sis |halo |hi |hello |hai )*(?:kalau|jika|apakah|apa|aman|bisa|boleh|is|are|does|do|can|could|will|would|if|how|bagaimana|gimana|cara)\b`,
);
/** Something already happened to the writer: past or perfect markers that undo HYPOTHETICAL. */
export const HAPPENED = /\b(?:sudah|setelah|sesudah|abis|habis|sejak|tadi|kemarin|semalam|jadi|got|had|have been|after|since|yesterday|last night|started|broke out)\b/;
