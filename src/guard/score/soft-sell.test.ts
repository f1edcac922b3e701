import { describe, expect, it } from 'vitest';
import { check } from '../check.js';

const score = (text: string): number => check(text, { kind: 'post' }).softSellScore;

describe('soft-sell score', () => {
  it('puts a hard sell far below a soft one', () => {
    const hard = score('TERMURAH!!! Dijamin 100% berhasil, stok terbatas, buruan checkout sekarang, sikat!');
    const soft = score('Kalau cocok, detailnya ada di link bio. Tidak untuk kulit luka; hasil bisa berbeda. Ada pertanyaan?');
    expect(hard).toBeLessThan(25);
    expect(soft).toBeGreaterThan(85);
    expect(hard).toBeGreaterThanOrEqual(0);
    expect(soft).toBeLessThanOrEqual(100);
  });

  it('reports machine-readable reasons with text in both languages', () => {
    const { softSellReasons } = check('Buruan! Tinggal 2 pcs! Ada pertanyaan?', { kind: 'post' });
    const codes = softSellReasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['finding:PRESSURE.FAKE_URGENCY', 'finding:PRESSURE.FAKE_SCARCITY', 'question']));
    for (const r of softSellReasons) {
      expect(r.message.id.length).toBeGreaterThan(5);
      expect(r.message.en.length).toBeGreaterThan(5);
      expect(r.delta).not.toBe(0);
    }
  });

  it('rewards stated evidence and limitations', () => {
    expect(score('Terlaris di kategori serum, data Shopee Jan–Mar 2025.')).toBeGreaterThan(score('Serum untuk kulit kusam.'));
  });
});
