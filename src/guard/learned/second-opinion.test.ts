// The learned second opinion speaks only where no rule of its category did, at lower
// severity, naming the words that drove it; and the weights in src/guard match models/guard.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { featuresOf, LEARNED_CATEGORIES, opinionOf } from './model.js';
import { WEIGHTS } from './weights.js';
import MODEL_FILE from '../../../models/guard/second-opinion.json' with { type: 'json' };

describe('learned second opinion', () => {
  it('ships the same weights as models/guard/second-opinion.json', () => {
    expect(WEIGHTS).toEqual(MODEL_FILE);
    for (const c of LEARNED_CATEGORIES) expect(WEIGHTS.categories[c]?.threshold).toBeGreaterThanOrEqual(0.75);
  });

  it('scores a category from the words of a draft and reports the words that pushed it', () => {
    const opinion = opinionOf('claim', featuresOf('dijamin pasti terbaik'));
    expect(opinion.probability).toBeGreaterThan(0.5);
    expect(opinion.drivers.length).toBeGreaterThan(0);
    expect(opinion.drivers[0]?.weight).toBeGreaterThan(0);
  });

  it('never adds a learned finding to a category a rule already found', () => {
    const texts = ['Dijamin pasti berhasil, terbaik se-Indonesia', 'Diskon 50% semua item', 'Buruan, stok terbatas, checkout sekarang'];
    for (const text of texts) {
      const findings = check(text, { kind: 'post' }).findings;
      for (const f of findings.filter((x) => x.rule.endsWith('.LEARNED'))) {
        expect(findings.some((r) => r.category === f.category && !r.rule.endsWith('.LEARNED'))).toBe(false);
      }
    }
  });

  it('is info, bilingual, and names its driving words when it speaks', () => {
    // Urgency worded so no rule table knows it; the trained weights flag it (retraining may change this example).
    const text = 'Order sekarang juga, jangan sampai menunggu lama lagi';
    const learned = check(text, { kind: 'post' }).findings.filter((x) => x.rule.endsWith('.LEARNED'));
    expect(learned.map((f) => f.rule)).toEqual(['PRESSURE.LEARNED']);
    for (const f of learned) {
      expect(f.severity).toBe('info');
      expect(f.message.id).toMatch(/Kata pemicu: "sekarang"/);
      expect(f.message.en).toMatch(/Words that drove it: "sekarang"/);
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
    }
  });

  it('can be switched off by the brand profile like any rule', () => {
    const off = { severityOverrides: { 'CLAIM.LEARNED': 'off', 'DISCLOSE.LEARNED': 'off', 'PRESSURE.LEARNED': 'off' } } as const;
    const findings = check('Order sekarang juga, jangan sampai menunggu lama lagi', { kind: 'post', brand: off }).findings;
    expect(findings.filter((f) => f.rule.endsWith('.LEARNED'))).toEqual([]);
  });
});
