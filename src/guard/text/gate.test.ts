// The gated one-pass matcher must find exactly what a plain scan of each table finds.
import { describe, expect, it } from 'vitest';
import '../check.js';
import '../score/soft-sell.js';
import { leadingKeys, registeredTables, ungatedTables } from './gate.js';
import { normalizeText } from './normalize.js';
import { allMatches } from './pattern.js';

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
    expect(leadingKeys('ter[\\x20-]?(?:baik|murah)')).toEqual(['terba', 'termu', 'ter b', 'ter m', 'ter-b', 'ter-m']);
    expect(leadingKeys('(?<!paling )(?:manjur|mujarab)')).toEqual(['manju', 'mujar']);
    expect(leadingKeys('a?b')).toBeNull();
  });

  it('gates every phrase table', () => {
    expect(ungatedTables()).toEqual([]);
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
