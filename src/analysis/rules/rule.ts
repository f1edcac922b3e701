// A rule reads a message and names one machine-readable reason ("asks_price"). Rules see
// two forms of the text: `normalized` (slang expanded, emoji as words, one space between
// tokens: "kak harga yang 500ml berapa ya ?") and `raw` (lower-cased input, for links,
// handles and spellings such as "f4f" that normalisation would change).
//
// Each rule also lists trigger words, at least one of which every match contains. Looking
// the message's words up in one index is far cheaper than running forty regular
// expressions over every message; a rule's expression runs only when a trigger is present.
// rules.test.ts checks on the whole corpus that no match goes without its trigger.

export interface RuleText {
  normalized: string;
  raw: string;
  /** The normalised words (hyphenated ones also as their parts), where triggers are looked up. */
  words: readonly string[];
}

export interface Rule {
  reason: string;
  triggers: readonly string[];
  matches(text: RuleText): boolean;
}

export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export function onNormalized(reason: string, triggers: string, pattern: RegExp): Rule {
  return { reason, triggers: words(triggers), matches: (text) => pattern.test(text.normalized) };
}

export function onRaw(reason: string, triggers: string, pattern: RegExp): Rule {
  return { reason, triggers: words(triggers), matches: (text) => pattern.test(text.raw) };
}

export function onEither(reason: string, triggers: string, pattern: RegExp): Rule {
  return { reason, triggers: words(triggers), matches: (text) => pattern.test(text.normalized) || pattern.test(text.raw) };
}

/** A negation up to two words before a cue cancels it: "tidak rusak", "tidak pernah kecewa", "nothing was damaged". */
export const NOT_NEGATED = String.raw`(?<!\b(?:tidak|bukan|belum|no|not|never|nothing)(?: [\w-]+)? )`;

/** Words of normalised tokens for trigger lookup: "dikirim-dikirim" also counts as its parts, as \\b in the patterns sees them. */
export function triggerWords(tokenTexts: readonly string[]): string[] {
  const words: string[] = [];
  for (const text of tokenTexts) {
    words.push(text);
    if (text.includes('-')) for (const part of text.split('-')) words.push(part);
  }
  return words;
}

/** Maps each trigger word to the rules it may fire. */
export class RuleIndex {
  private readonly byWord = new Map<string, Rule[]>();

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) {
      for (const word of rule.triggers) {
        const list = this.byWord.get(word) ?? [];
        if (!list.includes(rule)) list.push(rule);
        this.byWord.set(word, list);
      }
    }
  }

  /** Rules with at least one trigger among `messageWords`. */
  candidates(messageWords: readonly string[]): Set<Rule> {
    const found = new Set<Rule>();
    for (const word of messageWords) {
      const rules = this.byWord.get(word);
      if (rules) for (const rule of rules) found.add(rule);
    }
    return found;
  }
}

// Each group's rules by their first place in it, so that a message's few candidates are visited in the group's order
// without asking the candidate set about every rule of the group (the urgency group has ~170).
const placesByGroup = new WeakMap<readonly Rule[], ReadonlyMap<Rule, number>>();

function placesIn(group: readonly Rule[]): ReadonlyMap<Rule, number> {
  let places = placesByGroup.get(group);
  if (!places) {
    const built = new Map<Rule, number>();
    group.forEach((rule, place) => {
      if (!built.has(rule)) built.set(rule, place);
    });
    placesByGroup.set(group, built);
    places = built;
  }
  return places;
}

/** Reasons of the rules of `group` that are candidates and match, in the group's order. */
export function runGroup(group: readonly Rule[], candidates: ReadonlySet<Rule>, text: RuleText): string[] {
  const found: string[] = [];
  // Several rules may share a reason (shapes added to a family); each reason is named once.
  // The candidates of this group in the group's order: the same rules, in the same order, as the loop over the group
  // below (a rule listed twice runs once: a second run would give the same answer or its reason is already found).
  if (candidates.size < group.length) {
    const places = placesIn(group);
    const mine: number[] = [];
    for (const rule of candidates) {
      const place = places.get(rule);
      if (place !== undefined) mine.push(place);
    }
    mine.sort((a, b) => a - b);
    for (const place of mine) {
      const rule = group[place];
      if (rule && !found.includes(rule.reason) && rule.matches(text)) found.push(rule.reason);
    }
    return found;
  }
  for (const rule of group) if (candidates.has(rule) && !found.includes(rule.reason) && rule.matches(text)) found.push(rule.reason);
  return found;
}
