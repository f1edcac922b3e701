// A rule reads a message and names one machine-readable reason ("asks_price"). Rules see
// two forms of the text: `normalized` (slang expanded, emoji as words, one space between
// tokens: "kak harga yang 500ml berapa ya ?") and `raw` (lower-cased input, for links,
// handles and spellings such as "f4f" that normalisation would change).

export interface RuleText {
  normalized: string;
  raw: string;
}

export interface Rule {
  reason: string;
  matches(text: RuleText): boolean;
}

export function onNormalized(reason: string, pattern: RegExp): Rule {
  return { reason, matches: (text) => pattern.test(text.normalized) };
}

export function onRaw(reason: string, pattern: RegExp): Rule {
  return { reason, matches: (text) => pattern.test(text.raw) };
}

export function onEither(reason: string, pattern: RegExp): Rule {
  return { reason, matches: (text) => pattern.test(text.normalized) || pattern.test(text.raw) };
}

/** Words that cancel a cue right before it: "tidak rusak" is no damage report. */
export const NOT_NEGATED = String.raw`(?<!\b(?:tidak|bukan|belum|no|not|never) )`;
