import { describe, expect, it } from 'vitest';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { onlyNegatedNegatives } from './negation-cue.js';

const cue = (text: string): boolean => onlyNegatedNegatives(prepareText(text, loadedResources().vocabulary).tokens);

describe('onlyNegatedNegatives', () => {
  it.each([
    'nggak pernah kecewa belanja di sini',
    'belum pernah ada keluhan selama pakai',
    'tidak ada masalah, semua lancar',
    'No complaints, arrived early.',
    'never had any issue with this shop',
    'gak ada drama sama sekali',
  ])('reads "%s" as praise told through negation', (text) => {
    expect(cue(text)).toBe(true);
  });

  it.each([
    ['a negated praise word', 'tidak bagus, warnanya pudar'],
    ['a complaint word outside the negation', 'tidak ada kabar, kecewa banget'],
    ['a failure the negation reports', 'no refund yet after two weeks'],
    ['a request, not a report', 'jangan sampai telat ya kak'],
    ['a hedge', 'kalau tidak salah ukurannya M'],
    ['a purpose clause', 'tolong dijelaskan supaya kita tidak bingung'],
    ['an insult', 'gue nggak mau ikutan goblok'],
    ['no negation at all', 'paketnya rusak'],
    ['a negated verb, not a negated complaint', 'tidak bisa login dari kemarin'],
  ])('does not fire on %s: "%s"', (_, text) => {
    expect(cue(text)).toBe(false);
  });

  it('leaves long reviews to the model', () => {
    expect(cue(`${'makanannya enak dan tempatnya nyaman sekali '.repeat(6)}tidak kecewa`)).toBe(false);
  });
});
