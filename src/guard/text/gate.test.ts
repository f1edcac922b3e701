// The gated one-pass matcher must find exactly what a plain scan of each table finds.
import { describe, expect, it } from 'vitest';
import '../check.js';
import { rulesOf } from '../test/fixtures.js';
import '../score/soft-sell.js';
import { MAX_KEY } from './gate-keys.js';
import { leadingKeys, primeGatedMatches, registeredTables, ungatedTables } from './gate.js';
import { normalizeText } from './normalize.js';
import { allMatches, lazyPhrases, matchesAnywhere, phrases } from './pattern.js';

const DRAFTS = [
  'Serum TERBAIK se-Indonesia!!! Dijamin 100% berhasil, auto glowing, tanpa efek samping.',
  'Diskon 50% hari ini saja, buruan checkout sebelum kehabisan, stok terbatas! Sikat!',
  'Investasi emas, profit 10%/bulan dijamin, modal aman. Adik-adik minta mama beliin ya.',
  'Terlaris di kategori serum, data Shopee Jan–Mar 2025. S&K di link bio, berlaku s.d. 30 Juni 2025.',
  'Kids, ask your parents to buy it. No side effects, clinically proven, 9 out of 10 women agree.',
  'Gratis* tote bag! *min. belanja 200rb. Testi real no fake, ribuan orang sudah membuktikan.',
  'Brand sebelah abal-abal, jangan beli yang KW. Cocok untuk semua jenis kulit, menyembuhkan jerawat.',
  'Kalau cocok, detailnya ada di link bio. Tidak untuk kulit luka; hasil bisa berbeda. Terima kasih!',
  '#sp #collab thanks @brand for the PR package, nyesel lho kalau nggak beli, masa belum punya?',
  'Only 2 left in stock, last chance, order now, grab yours, guaranteed results in 7 days.',
  // Separator runs the keys must read through: "no- risk", "The -only", "Few- left".
  'Investasi no- risk, no -risk. The -only serum, Few- left, You -will regret, Buy -now, 100%- works, 1.000.000- orang.',
];

function plainScan(pattern: RegExp, text: string): { start: number; end: number }[] {
  const plain = new RegExp(pattern.source, 'g');
  const found: { start: number; end: number }[] = [];
  for (let m = plain.exec(text); m !== null; m = plain.exec(text)) {
    if (m[0].length === 0) plain.lastIndex++;
    else found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

describe('gated matching', () => {
  it('derives keys through groups and separators', () => {
    // ' ' in a key is a run of spaces and hyphens; keys stop after MAX_KEY symbols.
    expect(leadingKeys('ter[\\x20-]?(?:baik|murah)')).toEqual(['terbaik', 'termurah', 'ter baik', 'ter murah']);
    expect(leadingKeys('(?<!paling )(?:manjur|mujarab)')).toEqual(['manjur', 'mujarab']);
    expect(leadingKeys('testimonial[\\x20-]+asli')).toEqual(['testimonial '.slice(0, MAX_KEY)]);
    expect(leadingKeys('a?b')).toEqual(['b', 'ab']);
    expect(leadingKeys('[a-z]+x')).toBeNull();
    // "x*" of a non-run class may also be taken: "1,5 juta" reads "0", ",", … not "0 juta".
    expect(leadingKeys('a[bc]*d')).toEqual(['ad', 'ab', 'ac']);
    expect(leadingKeys('\\d[\\d.,]*[\\x20-]*juta')).toContain('0,');
  });

  it('reads a run of separators or digits as one symbol', () => {
    // "no- risk" matches "no[\\x20-]+risk": a key "no-r" would have skipped the table.
    expect(leadingKeys('no[\\x20-]+risk')).toEqual(['no risk']);
    expect(leadingKeys('\\d+(?:[.,]\\d+)?%')).toEqual(['0%', '0.0%', '0,0%']);
    expect(leadingKeys('#1')).toEqual(['#0']);
  });

  it('finds a phrase whose words are split by a hyphen and a space', () => {
    expect(rulesOf('Investasi ini no- risk sama sekali.')).toContain('CLAIM.ABSOLUTE_GUARANTEE');
    expect(rulesOf('The -only serum that works.')).toContain('CLAIM.SUPERLATIVE');
  });

  it('gates every phrase table', () => {
    expect(ungatedTables()).toEqual([]);
  });

  // registeredTables() holds the lazy (lone) tables too: on a primed draft they are tried at word starts.
  it('finds the same matches for a table asked about only after many drafts (it slept meanwhile)', () => {
    const tables = registeredTables();
    // Drafts the tables are never asked about: every table goes to sleep.
    for (let i = 0; i < 600; i++) primeGatedMatches(normalizeText(`${DRAFTS[i % DRAFTS.length] ?? ''} ${i}`).text);
    for (const draft of DRAFTS) {
      const text = normalizeText(draft).text;
      primeGatedMatches(text);
      for (const table of tables) {
        expect(allMatches(table, text), `${table.source.slice(0, 40)} on "${draft}"`).toEqual(plainScan(table, text));
        // Asked again in the same pass: the same answer from the woken table.
        expect(allMatches(table, text)).toEqual(plainScan(table, text));
      }
    }
  });

  it('finds the same matches as scanning each table on its own', () => {
    const tables = registeredTables();
    expect(tables.length).toBeGreaterThan(30);
    for (const draft of DRAFTS) {
      const text = normalizeText(draft).text;
      for (const table of tables) expect(allMatches(table, text), `${table.source.slice(0, 40)} on "${draft}"`).toEqual(plainScan(table, text));
    }
  });
});

describe('tables asked only whether they match', () => {
  it('stop at the first match in the pass, and give every match once their spans are asked for', () => {
    // A table of its own, so no earlier test has asked for its spans.
    const cue = phrases(['gratis', 'free', 'bonus']);
    const first = normalizeText('Gratis ongkir, bonus tote bag, free gift, gratis lagi.').text;
    primeGatedMatches(first);
    expect(matchesAnywhere(cue, first)).toBe(true);
    expect(matchesAnywhere(cue, first)).toBe(true);
    // Spans asked for in the same pass: the rest is found past the first match.
    expect(allMatches(cue, first)).toEqual(plainScan(cue, first));
    expect(allMatches(cue, first)).toHaveLength(4);
    // From then on the pass finds them all.
    const second = normalizeText('Free bonus, gratis.').text;
    primeGatedMatches(second);
    expect(allMatches(cue, second)).toEqual(plainScan(cue, second));
    const none = normalizeText('Harga normal, tanpa hadiah.').text;
    primeGatedMatches(none);
    expect(matchesAnywhere(cue, none)).toBe(false);
    expect(allMatches(cue, none)).toEqual([]);
  });
});

describe('lazy tables at the recorded word starts', () => {
  it('find what a plain scan finds, for keys of one, two and more symbols, runs of digits and separators included', () => {
    const lazy = lazyPhrases(['x', 'ok', '\\d+ ?%', 'no risk', 'ter ?baik', '#1', 'mo-?del']);
    for (const draft of ['X ok 15 % no- risk, ter-baik #1 mo del', 'oke okay 100% norisk', 'Terbaik! x-ray, 7%, model', '']) {
      const text = normalizeText(draft).text;
      primeGatedMatches(text);
      expect(allMatches(lazy, text), draft).toEqual(plainScan(lazy, text));
    }
  });
});
