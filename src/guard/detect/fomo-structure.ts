// Fear of missing out told in English idioms, found by the shape of the sentence rather than a
// list of idioms (issue #11, round three): the reader's own future regret, a loss that follows a
// moment's delay, a refusal to let the offer go, the reader as the one left out, a chance called
// the last, and stock that will not come back. Each is pressure on the reader, never a claim
// about the product, so "the only one who hasn't" or "your last chance" never reach the
// superlative rule (which looks for "the only <product>" and ranking words, not for these).
import type { GuardDoc } from '../context/doc.js';
import { phrases } from '../text/pattern.js';
import { scan, type Hit } from './scan.js';

const YOU_WILL = "you(?:'ll| will| are going to|'re going to| gonna)";
const DELAY = "(?:blink|wait|hesitate|snooze|sleep on it|think (?:about it|twice)|scroll past|look away|skip (?:this|it))";
const THIS = '(?:this|it|these|that|the deal|the offer|this deal|this offer|this one|these ones)';

const FOMO_SHAPES = phrases([
  // The reader's regret, foretold: "you'll kick yourself", "you'd hate yourself", "you'll wish you had".
  `${YOU_WILL} (?:really |totally |so |definitely )?(?:regret|kick yourself|be kicking yourself|hate yourself|be sorry|wish you (?:had|hadn't|did|didn't|bought|got))`,
  // A loss that follows a moment's delay: "blink and you'll miss it", "snooze and you lose".
  `${DELAY},? (?:and|&) ${'you(?:\'ll| will)?'} (?:miss|lose)`,
  "(?:you snooze,? you lose|snooze,? you lose)",
  // Not letting the offer go: "don't sleep on this", "don't let this one slip away", "don't pass this up".
  `(?:don't|do not|dont) (?:sleep on ${THIS}|pass ${THIS} up|pass up ${THIS}|let ${THIS} (?:slip|pass|go|get away))`,
  // The reader as the one left out: "don't be the one left out", "the last one without a pair".
  "(?:don't|do not|dont) be the (?:one|last one|only one|last)",
  "the (?:last|only) one (?:who (?:hasn't|has not|doesn't|does not|still)|without|left (?:out|without))",
  "(?:all )?your friends(?: [a-z']+){0,2} (?:already )?(?:have|own|got|bought|are (?:getting|buying|wearing|using))(?: one| it| theirs| them)",
]);

// A chance called the last or the only one, with no date: urgency the reader cannot check.
const LAST_CHANCE = phrases([
  "(?:your |the |one |this is your )?(?:final|last|only|one-time|once-in-a-lifetime|once in a lifetime) (?:chance|opportunity|shot)",
]);

// Stock that will not come back, with no number: scarcity the reader cannot check.
const GONE_FOR_GOOD = phrases([
  "once (?:it's|it is|they're|they are|these are|these're|this is) gone",
  "(?:they|these|it)(?:'ll| will) (?:never|not) be (?:back|restocked|made again)|(?:they|these) won't be back|it won't be back",
]);

export function detectFomoShapes(doc: GuardDoc): Hit[] {
  const urgency = doc.signals.concreteEnd ? [] : scan(doc, 'PRESSURE.FAKE_URGENCY', LAST_CHANCE, { negation: false });
  return [
    ...scan(doc, 'PRESSURE.FOMO_SHAME', FOMO_SHAPES, { negation: false }),
    ...urgency,
    ...scan(doc, 'PRESSURE.FAKE_SCARCITY', GONE_FOR_GOOD, { negation: false }),
  ];
}
