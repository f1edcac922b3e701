import { describe, expect, it } from 'vitest';
import { emptyClaim, emptyProduct, toForm, toProfile } from './brandForm';

describe('brand form', () => {
  it('round-trips a profile and drops rows left blank', () => {
    const profile = {
      name: 'Glowria',
      products: [{ name: 'Serum Cerah C10', aliases: ['C10'], limitations: ['Tidak untuk kulit luka'], requiredDisclaimers: [] }],
      substantiatedClaims: [{ text: 'terdaftar di BPOM', evidence: 'NA18230100123' }],
      bannedWords: ['auto putih'],
      severityOverrides: { 'PRESSURE.CTA_STACK': 'off' as const },
    };
    const form = toForm(profile);
    form.products.push(emptyProduct());
    form.claims.push(emptyClaim());
    expect(toProfile(form)).toEqual(profile);
  });

  it('keeps a half-filled row, so the server can say what is missing', () => {
    const form = toForm({});
    form.claims.push({ ...emptyClaim(), evidence: 'Survei 2025' });
    expect(toProfile(form).substantiatedClaims).toEqual([{ text: '', evidence: 'Survei 2025' }]);
  });
});
