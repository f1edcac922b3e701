// Failures told as facts and sarcasm around them (issue 11 round six), in wording that is not
// in round6-sentiment-dev, with the calm look-alikes each shape must leave alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { detectRules } from './detect.js';

const { vocabulary } = loadedResources();
const detect = (text: string) => detectRules(prepareText(text, vocabulary).ruleText);

describe('failures told as facts', () => {
  it.each([
    ['the handle snapped off and the lid cracked', 'reports_damage'],
    ['My earbuds stopped charging after a month.', 'reports_damage'],
    ['the kettle will not turn on anymore', 'reports_damage'],
    ['the yoghurt was already expired when it came', 'reports_damage'],
    ['I was sent a black one instead of the white I paid for', 'wrong_item'],
    ['the rug looks nothing like the photo', 'wrong_item'],
    ['pesan 3 yang sampai cuma 2', 'wrong_item'],
    ['the tracking has not moved for a week', 'reports_delay'],
    ['standard shipping took eight days', 'reports_delay'],
    ['udah nunggu tiga minggu belum ada kabar', 'reports_delay'],
    ['The parcel arrived empty, just bubble wrap.', 'reports_missing'],
    ['my account was debited but the app says payment failed', 'reports_missing'],
    ['they renewed my plan even though I cancelled in March', 'reports_missing'],
    ['the shop declined my refund without any explanation', 'poor_service'],
  ])('finds "%s" (%s)', (text, reason) => {
    expect(detect(text).complaint).toContain(reason);
  });

  it.each([
    'kapan expired-nya kak?',
    "I'm broke until payday, will order next month",
    'it only took two days, amazing',
    'Mohon maaf baru dibalas ya kak',
    'can I get the green one instead of the blue?',
    'the box was sturdy and nothing was damaged',
  ])('leaves "%s" alone', (text) => {
    expect(detect(text).complaint).toEqual([]);
  });

  it('reads a flat English failure as negative', () => {
    expect(analyze('The blender jar came chipped.').sentiment.label).toBe('negative');
    expect(analyze('The store refused my exchange even with the tag still on.').sentiment.label).toBe('negative');
  });
});

describe('sarcasm', () => {
  it('reads praise of a failure as sarcasm, also with ironic praise words and a clap', () => {
    expect(detect('Perfect, the vase arrived shattered.').sarcasm).toBe(true);
    expect(detect('salut, kirim sepatu yang datang malah sandal 👏').sarcasm).toBe(true);
    expect(detect('luar biasa, saldo kepotong tapi pesanan batal').sarcasm).toBe(true);
    expect(analyze('Wonderful, my order took eleven days.').sentiment.label).toBe('negative');
  });

  it('keeps thanks for a failure put right, or praise after a contrast, sincere', () => {
    expect(detect('Mantap, barang yang pecah langsung diganti sama admin').sarcasm).toBe(false);
    expect(detect('Great team, the damaged lamp was replaced in two days').sarcasm).toBe(false);
    expect(detect('paketnya telat sehari, tapi packing bagus banget').sarcasm).toBe(false);
  });
});
