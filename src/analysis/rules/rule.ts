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

/**
 * Maps each trigger word to the rules it may fire, and finds a message's candidates.
 *
 * Every group's rules are laid end to end, and a rule is known by its first place in its group
 * (offset by where the group starts); a rule listed twice in a group runs once, at its first
 * place. A message's candidates are the places its words point to: stamped with the message's
 * number instead of gathered in a Set (per message, the Set, a look-up of each candidate in
 * each group's place map and a sort per group were ~4 µs of ~44 µs of analyze()), then sorted
 * once, so each group's candidates are a run of that list, in the group's order.
 * One shared scratch list: `select` and the `run`s that follow belong to one message, as
 * detectRules() (synchronous) uses them.
 */
export class RuleIndex {
  private readonly places: Rule[] = [];
  private readonly groupStart = new Map<readonly Rule[], number>();
  private readonly byWord = new Map<string, Int32Array>();
  private readonly stamps: Uint32Array;
  private stamp = 0;
  private readonly selected: Int32Array;
  private selectedCount = 0;

  constructor(groups: ReadonlyArray<readonly Rule[]>) {
    const lists = new Map<string, number[]>();
    for (const group of groups) {
      const start = this.places.length;
      this.groupStart.set(group, start);
      const firstPlaces = new Map<Rule, number>();
      group.forEach((rule, place) => {
        if (!firstPlaces.has(rule)) firstPlaces.set(rule, start + place);
      });
      this.places.push(...group);
      for (const [rule, place] of firstPlaces) {
        for (const word of rule.triggers) {
          const list = lists.get(word) ?? [];
          if (!list.includes(place)) list.push(place);
          lists.set(word, list);
        }
      }
    }
    for (const [word, list] of lists) this.byWord.set(word, Int32Array.from(list));
    this.stamps = new Uint32Array(this.places.length);
    this.selected = new Int32Array(this.places.length);
  }

  /** Selects the candidates of one message: the rules with at least one trigger among `messageWords`. */
  select(messageWords: readonly string[]): void {
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    let count = 0;
    for (const word of messageWords) {
      const places = this.byWord.get(word);
      if (places === undefined) continue;
      for (let i = 0; i < places.length; i += 1) {
        const place = places[i] as number;
        if (this.stamps[place] === this.stamp) continue;
        this.stamps[place] = this.stamp;
        this.selected[count] = place;
        count += 1;
      }
    }
    this.selectedCount = count;
    if (count > 1) this.selected.subarray(0, count).sort();
  }

  /**
   * Reasons of the selected rules of `group` that match, in the group's order; several rules
   * may share a reason (shapes added to a family), and each reason is named once.
   */
  run(group: readonly Rule[], text: RuleText): string[] {
    const found: string[] = [];
    const start = this.groupStart.get(group);
    if (start === undefined) throw new Error('RuleIndex.run: a group the index was not built with');
    const end = start + group.length;
    for (let i = 0; i < this.selectedCount; i += 1) {
      const place = this.selected[i] as number;
      if (place < start) continue;
      if (place >= end) break;
      const rule = this.places[place] as Rule;
      if (!found.includes(rule.reason) && rule.matches(text)) found.push(rule.reason);
    }
    return found;
  }
}
