// English fear-of-missing-out idioms found by the shape of the sentence (issue #11, round
// three). Texts written for this test, not taken from any corpus split or blind set; hard
// negatives next to them. None of them may raise a superlative claim.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule);

describe('FOMO shapes: flagged as pressure, never as a claim', () => {
  it.each<[string, RuleId]>([
    ["You'll hate yourself for scrolling past this one.", 'PRESSURE.FOMO_SHAME'],
    ["Pass on it now and you'll wish you had bought two.", 'PRESSURE.FOMO_SHAME'],
    ['Look away and you lose the good sizes.', 'PRESSURE.FOMO_SHAME'],
    ['You snooze you lose, bestie.', 'PRESSURE.FOMO_SHAME'],
    ["Don't let this deal get away.", 'PRESSURE.FOMO_SHAME'],
    ["Do not sleep on these ones.", 'PRESSURE.FOMO_SHAME'],
    ["Don't be the last one in your squad without the matching set.", 'PRESSURE.FOMO_SHAME'],
    ['All your friends are getting one for the holidays.', 'PRESSURE.FOMO_SHAME'],
    ['Your final shot at the bundle.', 'PRESSURE.FAKE_URGENCY'],
    ['A once in a lifetime opportunity for our readers.', 'PRESSURE.FAKE_URGENCY'],
    ['Once they are gone, that is it.', 'PRESSURE.FAKE_SCARCITY'],
    ["These will never be restocked.", 'PRESSURE.FAKE_SCARCITY'],
  ])('%s → %s', (text, rule) => {
    const found = rules(text);
    expect(found).toContain(rule);
    expect(found).not.toContain('CLAIM.SUPERLATIVE');
  });
});

describe('FOMO shapes: not pressure', () => {
  it.each([
    "You'll love how light it feels on a hot day.",
    "Don't let your skin dry out this winter: a thin layer at night is enough.",
    'Please do a patch test first, you would regret a reaction.',
    'Tell us which colour you would miss most if we dropped it.',
    'Registration for the final session closes on 30 June 2027 at 17.00 WIB; this is the last chance to join this year.',
    'We hope your friends love the gift set as much as you do.',
  ])('%s', (text) => {
    expect(rules(text).filter((r) => r.startsWith('PRESSURE.'))).toEqual([]);
  });
});
