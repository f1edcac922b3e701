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
  const anchorSet = new Set(triggers);
  return { reason, triggers, matches: (text) => text.words.some((w) => anchorSet.has(w)) && test(text) };
}

/** A question about what could happen ("kalau alergi, aman?", "is it safe for kids?") reports no harm. */
export const HYPOTHETICAL = new RegExp(
  String.raw`^(?:kak |min |gan |sis |halo |hi |hello |hai )*(?:kalau|jika|apakah|apa|aman|bisa|boleh|is|are|does|do|can|could|will|would|if|how|bagaimana|gimana|cara)\b`,
);
/** Something already happened to the writer: past or perfect markers that undo HYPOTHETICAL. */
export const HAPPENED = /\b(?:sudah|setelah|sesudah|abis|habis|sejak|tadi|kemarin|semalam|jadi|got|had|have been|after|since|yesterday|last night|started|broke out)\b/;
