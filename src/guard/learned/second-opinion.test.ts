// The learned second opinion speaks only where no rule of its category did, at lower
// severity, naming the words that drove it; and the weights in src/guard match models/guard
// (both packed, weights-codec.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { check } from '../check.js';
import { driversOf, featuresOf, LEARNED_CATEGORIES, probabilities, ruleHeadOf } from './model.js';
import { packWeights, unpackWeights } from './weights-codec.js';
import { WEIGHTS } from './weights.js';
import MODEL_FILE from '../../../models/guard/second-opinion.json' with { type: 'json' };

describe('learned second opinion', () => {
  it('ships the same weights as models/guard/second-opinion.json', () => {
    expect(WEIGHTS).toEqual(MODEL_FILE);
    // Thresholds come from the cross-validated calibration's grid (scripts/calibrate-guard-lobo.ts: 0.3–0.925).
    // Below 0.5 is allowed: the score is the mean of two heads, not a calibrated probability, and on drafts
    // no rule was tuned on the extras it raised from 0.45 up were about 9 in 10 right (round ten).
    for (const c of LEARNED_CATEGORIES) expect(WEIGHTS.categories[c]?.threshold).toBeGreaterThanOrEqual(0.3);
  });

  it('stores the weights in the packed form that packing them again gives (nothing lost, one vocabulary)', () => {
    const model = unpackWeights(WEIGHTS);
    expect(packWeights(model)).toEqual(WEIGHTS);
    const heads = Object.values(model.categories).flatMap((c) => [c, ...(c.heads ?? [])]);
    expect(heads.length).toBeGreaterThan(LEARNED_CATEGORIES.length);
    for (const head of heads) {
      expect(Object.keys(head.weights).length).toBeGreaterThan(0);
      // As trained: 4 decimals, none zero.
      for (const w of Object.values(head.weights)) expect(w !== 0 && Math.round(w * 1e4) / 1e4 === w).toBe(true);
    }
  });

  it('scores from the words of a draft and reports the words that pushed it', () => {
    const p = probabilities('dijamin pasti terbaik');
    expect(p[LEARNED_CATEGORIES.indexOf('claim')]).toBeGreaterThan(0.5);
    const drivers = driversOf('claim', featuresOf('dijamin pasti terbaik'));
    expect(drivers[0]?.weight).toBeGreaterThan(0);
  });

  it('the fast scoring equals the sum over all features (as trained), rule heads included', () => {
    const model = unpackWeights(WEIGHTS);
    const corpus = readFileSync(new URL('../../../corpora/guard/dev.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const texts = corpus.map((l) => normalizeText((JSON.parse(l) as { text: string }).text).text);
    const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
    const score = (head: { bias: number; weights: Record<string, number> }, keys: ReadonlySet<string>): number => {
      let z = head.bias;
      for (const k of keys) z += head.weights[k] ?? 0;
      return sigmoid(z);
    };
    const negations = ['jamu ini tidak menyembuhkan maag. aman, tidak 100% alami', "no cleaning product is harmless; we don't claim it is safe for kids"];
    for (const text of ['untung pasti tiap bulan, modal 10 juta', 'klik link di bio, follow dan share @teman 2024', ...negations, ...texts]) {
      const fast = probabilities(text);
      const keys = new Set(featuresOf(text).map((f) => f.key));
      LEARNED_CATEGORIES.forEach((category, c) => {
        const w = model.categories[category];
        if (w === undefined) return;
        const heads = (w.heads ?? []).map((h) => score(h, keys));
        const own = score(w, keys);
        expect(fast[c]).toBeCloseTo(heads.length === 0 ? own : (own + Math.max(...heads)) / 2, 10);
      });
    }
  });

  it('reads the words a negator governs in its clause as negated words too, and no others', () => {
    const keys = featuresOf('jamu ini tidak menyembuhkan maag 100%. aman dan alami').map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['w:menyembuhkan', 'n:menyembuhkan', 'n:maag', 'n:0%']));
    expect(keys.filter((k) => k.startsWith('n:'))).toHaveLength(3);
    // Hard negatives of the scope: "tanpa" is no negator, and a clean clause has no negated words.
    expect(featuresOf('tanpa efek samping, dijamin aman').some((f) => f.key.startsWith('n:'))).toBe(false);
    expect(featuresOf('kopi susu enak banget').some((f) => f.key.startsWith('n:'))).toBe(false);
  });

  it('ends a negator\'s scope at a clause break between words, and at no other character between them', () => {
    const negated = (text: string): string[] => featuresOf(text).filter((f) => f.key.startsWith('n:')).map((f) => f.key);
    expect(negated('tidak manjur, aman dan alami')).toEqual(['n:manjur']);
    expect(negated('tidak manjur 😊 aman dan alami')).toEqual(['n:manjur', 'n:aman', 'n:dan']);
    expect(negated('tidak (manjur) aman')).toEqual(['n:manjur', 'n:aman']);
    expect(negated('tidak!manjur')).toEqual([]);
  });

  it('names the closest rule when the strongest rule head stands for one rule', () => {
    const strongest = new Int32Array(LEARNED_CATEGORIES.length);
    probabilities(normalizeText('Produk sebelah cuma gimmick, jangan mau ketipu kayak mereka').text, strongest);
    const head = strongest[LEARNED_CATEGORIES.indexOf('claim')] ?? -1;
    expect(head).toBeGreaterThanOrEqual(0);
    expect(ruleHeadOf(head).every((id) => id.startsWith('CLAIM.'))).toBe(true);
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
    // A gift thanked for with no label, worded so no rule table knows it; the trained weights flag it (retraining may
    // change this example: round thirteen's pressure threshold, 0.875, silenced the earlier urgency one).
    const text = 'Makasih @kopiteduh udah ngirimin biji kopi arabika, wanginya mantap banget.';
    const learned = check(text, { kind: 'post' }).findings.filter((x) => x.rule.endsWith('.LEARNED'));
    expect(learned.map((f) => f.rule)).toEqual(['DISCLOSE.LEARNED']);
    for (const f of learned) {
      expect(f.severity).toBe('info');
      expect(f.message.id).toMatch(/keyakinan lebih rendah, \d+%.*Kata pemicu: "[^"]+"/);
      expect(f.message.en).toMatch(/lower confidence, \d+%.*Words that drove it: "[^"]+"/);
      // The strongest rule head's rule, when it stands for one: an officer sees what to look at.
      expect(f.message.en).toMatch(/Closest rule: .+/);
      expect(f.message.id).toMatch(/Paling mirip: .+/);
      // Each driving word is named once and is a piece of the draft.
      const words = [...f.message.en.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(text).toContain(w);
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
    }
  });

  it('a category calibrated to threshold 1 never speaks', () => {
    const silent = LEARNED_CATEGORIES.filter((c) => (WEIGHTS.categories[c]?.threshold ?? 1) >= 1);
    const rule = { claim: 'CLAIM.LEARNED', disclosure: 'DISCLOSE.LEARNED', pressure: 'PRESSURE.LEARNED' } as const;
    const corpus = readFileSync(new URL('../../../corpora/guard/dev.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (const line of corpus) {
      const draft = JSON.parse(line) as { text: string; kind: 'post' | 'reply' };
      const rules = new Set(check(draft.text, { kind: draft.kind }).findings.map((f) => f.rule));
      for (const c of silent) expect(rules.has(rule[c])).toBe(false);
    }
  });

  it('can be switched off by the brand profile like any rule', () => {
    const off = { severityOverrides: { 'CLAIM.LEARNED': 'off', 'DISCLOSE.LEARNED': 'off', 'PRESSURE.LEARNED': 'off' } } as const;
    const findings = check('Order sekarang juga, jangan sampai menunggu lama lagi', { kind: 'post', brand: off }).findings;
    expect(findings.filter((f) => f.rule.endsWith('.LEARNED'))).toEqual([]);
  });
});
