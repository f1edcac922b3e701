// A small labelled sample run through the same evaluation as `npm run eval:guard`,
// so neither the scorer nor the rules can silently rot.
import { describe, expect, it } from 'vitest';
import { evaluate, precision, recall, type LabelledDraft } from './evaluation.js';

const SAMPLE: LabelledDraft[] = [
  { id: 's1', kind: 'post', text: 'Skincare terbaikkk, dijamin auto glowing!!', expect: ['CLAIM.SUPERLATIVE', 'CLAIM.ABSOLUTE_GUARANTEE', 'PRESSURE.TYPOGRAPHY'], spans: [{ rule: 'CLAIM.SUPERLATIVE', excerpt: 'terbaikkk' }] },
  { id: 's2', kind: 'post', text: 'Diskon 30% semua item, buruan sebelum kehabisan', expect: ['DISCLOSE.TERMS_MISSING', 'PRESSURE.FAKE_URGENCY'] },
  { id: 's3', kind: 'post', text: 'Kids, ask your parents to buy the new robot set', expect: ['DISCLOSE.CHILD_APPEAL'] },
  { id: 's4', kind: 'post', text: 'Jamu ini manjur buat asam urat, 9 dari 10 orang cocok', expect: ['CLAIM.HEALTH_CURE', 'CLAIM.UNSUBSTANTIATED_STAT'] },
  { id: 's5', kind: 'post', paid: true, text: 'Loving this lipstick from @rosa.id #collab', expect: ['DISCLOSE.PAID_PARTNERSHIP'] },
  { id: 's6', kind: 'post', text: 'Masa kamu belum punya? Stok terbatas lho', expect: ['PRESSURE.FOMO_SHAME', 'PRESSURE.FAKE_SCARCITY'] },
  { id: 's7', kind: 'post', text: 'Investasi emas, profit 10% per bulan dijamin', expect: ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN'] },
  { id: 's8', kind: 'reply', text: 'Semoga yang terbaik untuk kulit kakak ya', expect: [] },
  { id: 's9', kind: 'post', text: 'Diskon 20%, berlaku s.d. 30 Juni 2025, 23.59 WIB. S&K di link bio.', expect: [] },
  { id: 's10', kind: 'post', text: 'Kami tidak menjamin hasil yang sama untuk setiap orang.', expect: [] },
  { id: 's11', kind: 'reply', text: 'Kak, "katanya dijamin sembuh" itu bukan dari kami ya.', expect: [] },
  { id: 's12', kind: 'post', text: 'Terlaris di kategori serum, data Shopee Jan–Mar 2025.', expect: [] },
];

describe('evaluate()', () => {
  const report = evaluate(SAMPLE);

  it('meets the per-category targets on the sample', () => {
    for (const [category, counts] of report.byCategory) {
      expect(precision(counts), `${category} precision`).toBeGreaterThanOrEqual(0.9);
      expect(recall(counts), `${category} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(report.spanMisses).toEqual([]);
  });

  it('counts per draft: a clean draft with a finding is a false positive', () => {
    const noisy = evaluate([{ id: 'x', kind: 'post', text: 'Termurah se-Indonesia', expect: [] }]);
    expect(noisy.byRule.get('CLAIM.SUPERLATIVE')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(noisy.byCategory.get('claim')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(noisy.mismatches).toHaveLength(1);
  });
});
