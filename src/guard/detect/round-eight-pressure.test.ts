// Issue 11, round eight (pressure): shame or regret aimed at a reader not there yet, a label not to
// wear, tears foretold after a miss. Texts written for this test, not taken from any corpus split.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { buildDoc } from '../context/doc.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { RuleId } from '../types.js';
import { detectRoundEightPressure } from './round-eight-pressure.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((rule) => !rule.endsWith('.LEARNED'));
/** This detector's own span, in the original text. */
const excerpt = (text: string): string | undefined => {
  const doc = buildDoc(text, { kind: 'post' });
  const hit = detectRoundEightPressure(doc)[0];
  if (hit === undefined) return undefined;
  const span = toOriginalSpan(doc.norm, hit.start, hit.end);
  return text.slice(span.start, span.end);
};

describe('round eight: shame aimed at the reader', () => {
  it.each<[string, string]>([
    ['Udah 2027 masa kamu masih pakai kompor minyak? Malu sama tetangga.', 'kamu masih pakai kompor minyak? Malu'],
    ['Isin lho nek durung nduwe helm anyar iki.', 'Isin lho nek durung'],
    ['Still using a flip phone? Honestly embarrassing.', 'Still using a flip phone? Honestly embarrassing'],
    ['Only lazy students skip our revision class.', 'Only lazy students'],
    ["Don't be that guy who shows up without a costume.", "Don't be that guy"],
    ['Kalau sampai kehabisan kursi, jangan nangis ya.', 'jangan nangis'],
    // Others ahead and the reader pointed at as behind.
    ['Teman-temanmu sudah pada ganti sepatu lari. Kamu masih pakai yang lama?', 'Teman-temanmu sudah pada ganti sepatu lari. Kamu masih'],
    ['Everyone in your class already has the new planner. Imagine being the only kid without one.', 'Everyone in your class already has the new planner. Imagine being the only kid without'],
    ['Nanti nyesel lho kalau kehabisan.', 'Nanti nyesel'],
  ])('%s', (text, span) => {
    expect(rules(text)).toContain('PRESSURE.FOMO_SHAME');
    expect(excerpt(text)).toBe(span);
  });

  it.each([
    // The writer's own regret or apology, shame negated, tears with no miss, advice.
    'Aku nyesel banget belum nyobain ini dari dulu, enak parah.',
    'Kami malu atas keterlambatan kemarin dan sudah memperbaikinya.',
    'Jangan malu bertanya kalau belum paham cara pakainya ya.',
    'Jangan nangis ya, paketnya sudah kami kirim ulang hari ini.',
    'Kasihan kucingnya kalau kepanasan, taruh di tempat teduh.',
    'Semua pesanan sudah kami kirim hari ini. Yang belum terima resi, DM kami ya.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('PRESSURE.FOMO_SHAME');
  });
});
