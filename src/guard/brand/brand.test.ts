import { describe, expect, it } from 'vitest';
import { findingFor, rulesOf } from '../test/fixtures.js';
import type { BrandProfile } from './profile.js';
import { defaultBrandProfile } from './profile.js';
import { validateBrandProfile } from './validate.js';

const brand: BrandProfile = {
  name: 'Kulit Kita',
  products: [
    {
      name: 'Serum Cerah C10',
      aliases: ['serum C10'],
      limitations: ['tidak untuk kulit luka', 'hasil bisa berbeda'],
      requiredDisclaimers: ['lakukan uji tempel'],
    },
  ],
  substantiatedClaims: [{ text: 'terlaris di kategori serum', evidence: 'Laporan penjualan Shopee Jan–Mar 2025' }],
  bannedWords: ['glowing maksimal', 'murce'],
  severityOverrides: { 'PRESSURE.TYPOGRAPHY': 'off', 'CLAIM.SUPERLATIVE': 'block' },
};

describe('brand profile', () => {
  it('lets a substantiated claim pass, and only that claim', () => {
    expect(rulesOf('Serum kami terlaris di kategori serum.', { brand })).toEqual([]);
    expect(rulesOf('Serum kami terlaris di kategori serum.')).toContain('CLAIM.SUPERLATIVE');
    expect(rulesOf('Serum kami paling ampuh.', { brand })).toContain('CLAIM.SUPERLATIVE');
  });

  it('asks a post that promotes a product for its limitations and disclaimers', () => {
    const finding = findingFor('Serum Cerah C10 bikin wajah segar tiap pagi.', 'DISCLOSE.LIMITATIONS_RISK', { brand });
    expect(finding?.excerpt).toBe('Serum Cerah C10');
    expect(finding?.message.en).toContain('tidak untuk kulit luka');
    expect(finding?.suggestion.id).toContain('uji tempel');
  });

  it('accepts the limitations when the post states them or links to them', () => {
    const stated = 'Serum C10 untuk pagi hari. Tidak untuk kulit luka, hasil bisa berbeda, lakukan uji tempel dulu.';
    expect(rulesOf(stated, { brand })).not.toContain('DISCLOSE.LIMITATIONS_RISK');
    expect(rulesOf('Serum C10 sudah restock. Info lengkap & peringatan di link bio.', { brand })).not.toContain('DISCLOSE.LIMITATIONS_RISK');
  });

  it('does not ask a plain service reply for them', () => {
    expect(rulesOf('Serum C10 pesanan kakak sudah dikirim ya.', { brand, kind: 'reply' })).toEqual([]);
  });

  it('flags banned words in any spelling', () => {
    const finding = findingFor('Harganya MURCEEE banget', 'BRAND.BANNED_WORD', { brand });
    expect(finding?.excerpt).toBe('MURCEEE');
    expect(rulesOf('Hasilnya glowing maksimal', { brand })).toContain('BRAND.BANNED_WORD');
  });

  it('applies severity overrides, including switching a rule off', () => {
    expect(rulesOf('MURAHHH!!!', { brand })).not.toContain('PRESSURE.TYPOGRAPHY');
    expect(findingFor('Kopi paling enak', 'CLAIM.SUPERLATIVE', { brand })?.severity).toBe('block');
  });
});

describe('validateBrandProfile', () => {
  it('returns a clean profile with every list present', () => {
    const result = validateBrandProfile({ name: ' Kulit Kita ', products: [{ name: 'Serum', limitations: [' not for broken skin '] }] });
    expect(result).toEqual({
      ok: true,
      profile: {
        name: 'Kulit Kita',
        products: [{ name: 'Serum', aliases: [], limitations: ['not for broken skin'], requiredDisclaimers: [] }],
        substantiatedClaims: [],
        bannedWords: [],
        severityOverrides: {},
      },
    });
  });

  it('reports every problem with its path', () => {
    const result = validateBrandProfile({
      products: [{ limitations: 'x' }],
      substantiatedClaims: [{ text: 'terlaris' }],
      bannedWords: [''],
      severityOverrides: { 'CLAIM.NOPE': 'warn', 'CLAIM.SAFETY': 'loud' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'products[0].name: required',
        'products[0].limitations: must be a list of strings',
        'substantiatedClaims[0].evidence: required',
        'bannedWords[0]: must be a non-empty string',
        'severityOverrides.CLAIM.NOPE: unknown rule id',
        'severityOverrides.CLAIM.SAFETY: must be info, warn, block or off',
      ]),
    );
  });

  it('rejects what is not an object and accepts the default profile', () => {
    expect(validateBrandProfile('x').ok).toBe(false);
    expect(validateBrandProfile(defaultBrandProfile()).ok).toBe(true);
  });
});
