// Every rule id fires on examples in Indonesian, English and mixed text, and every
// finding carries the contract's fields.
import { describe, expect, it } from 'vitest';
import { check } from './check.js';
import { RULES } from './rules/catalog.js';
import { findingFor, rulesOf } from './test/fixtures.js';
import type { RuleId } from './types.js';

const EXAMPLES: Record<Exclude<RuleId, 'BRAND.BANNED_WORD' | 'DISCLOSE.PAID_PARTNERSHIP' | 'CLAIM.LEARNED' | 'DISCLOSE.LEARNED' | 'PRESSURE.LEARNED'>, string[]> = {
  'CLAIM.SUPERLATIVE': ['Serum paling ampuh buat kulit kusam', 'Kopi termurah se-Jakarta', 'The #1 choice for moms', 'Rasanya nggak ada lawan', 'Satu-satunya sepatu lokal yang nyaman', 'Satu2nya app yg ngerti anak kos'],
  'CLAIM.ABSOLUTE_GUARANTEE': ['Dijamin pasti berhasil', 'Pakai rutin, auto glowing', 'Anti gagal walau pemula', 'Risk-free and never fails', 'Instant results'],
  'CLAIM.PURITY_100': ['Sabun 100% alami', 'Minyak kelapa murni', 'All-natural ingredients', 'Seratus persen organik'],
  'CLAIM.SAFETY': ['Aman 100%, bisa untuk bumil', 'Tanpa efek samping', 'No side effects at all', 'Krim ini tidak berbahaya'],
  'CLAIM.HEALTH_CURE': ['Salep ini menyembuhkan eksim', 'Jamu manjur untuk asam urat', 'Serum ini menghilangkan jerawat', 'This tea cures bloating'],
  'CLAIM.UNSUBSTANTIATED_STAT': ['Terbukti klinis', 'Direkomendasikan dokter kulit', '9 dari 10 wanita merasa lebih lembap', 'See visible results in 7 days'],
  'CLAIM.AUTHORITY_ENDORSEMENT': ['Direkomendasikan BPOM', 'Sudah disetujui dokter', 'Approved by the Ministry of Health', 'Officially endorsed', 'Backed by the Ministry of Health'],
  'CLAIM.FAKE_FREE': ['GRATIS* masker! *min. belanja 150rb', 'Gratis tumbler dengan pembelian 2 botol', 'Free trial, then it renews at $9.99/month', 'Sampel gratis, cukup bayar ongkir'],
  'CLAIM.COMPETITOR_DISPARAGE': ['Jangan beli yang KW', 'Brand sebelah abal-abal', 'Unlike other brands, we care', 'Others are fake', 'Merek lain cepet rusak', "Other sellers' batik is fake"],
  'CLAIM.TESTIMONIAL': ['Testi real no fake', 'Ribuan orang sudah membuktikan', "Thousands can't be wrong", 'Real results from real customers', "Thousands of happy customers can't be wrong"],
  'DISCLOSE.TERMS_MISSING': ['Diskon 50% semua item', 'Cashback 20% pakai e-wallet', 'Cicilan 0% untuk semua produk', 'Big sale up to 70% off', 'Flash sale, harga mulai 99rb'],
  'DISCLOSE.LIMITATIONS_RISK': ['Cocok untuk semua jenis kulit', 'Bisa dipakai semua orang', 'Works for everyone'],
  'DISCLOSE.FINANCE_RETURN': ['Investasi emas, pasti cuan', 'Profit 10% per bulan dijamin', 'Guaranteed returns', 'Reksa dana, imbal hasil hingga 8% per tahun', 'Bunganya pasti 8% per tahun'],
  'DISCLOSE.CHILD_APPEAL': ['Adik-adik, minta mama beliin ya', 'Kids, ask your parents to buy it', 'Bilang ke ayah bunda buat beliin ya dek'],
  'PRESSURE.FAKE_URGENCY': ['Hari ini saja!', 'Buruan sebelum kehabisan', 'Last chance', 'Ends tonight', 'Harga segini gak bakal ada lagi'],
  'PRESSURE.FAKE_SCARCITY': ['Stok terbatas', 'Tinggal 3 pcs!', 'Only 2 left in stock', 'Almost sold out'],
  'PRESSURE.CTA_STACK': ['Beli sekarang, checkout di keranjang kuning', 'Order now, grab yours', 'Serbu! Borong!'],
  'PRESSURE.FOMO_SHAME': ['Nyesel lho kalau nggak beli', 'Masa kamu belum punya?', "Don't miss out", 'Sayang banget kak kalau dilewatin'],
  'PRESSURE.TYPOGRAPHY': ['PROMO GILA AKHIR BULAN', 'MURAHHH banget', 'Cobain!!!', 'Menu baru 🔥🔥🔥🔥', 'PROMO PROMO'],
};

describe('each rule fires on its examples', () => {
  for (const [rule, texts] of Object.entries(EXAMPLES)) {
    for (const text of texts) {
      it(`${rule}: ${text}`, () => {
        expect(rulesOf(text)).toContain(rule);
      });
    }
  }

  it('DISCLOSE.PAID_PARTNERSHIP: block when paid and unlabelled, warn on vague tags', () => {
    expect(findingFor('Nyobain serum dari @glowlab! #sp', 'DISCLOSE.PAID_PARTNERSHIP', { paid: true })?.severity).toBe('block');
    expect(findingFor('Sarapan bareng granola @pagiku', 'DISCLOSE.PAID_PARTNERSHIP', { paid: true })).toBeDefined();
    expect(findingFor('Skincare pagi ini #spon', 'DISCLOSE.PAID_PARTNERSHIP')?.severity).toBe('warn');
    expect(rulesOf('#iklan Sarapan bareng granola @pagiku', { paid: true })).not.toContain('DISCLOSE.PAID_PARTNERSHIP');
    expect(rulesOf('Paid partnership with @kopiteman', { paid: true })).not.toContain('DISCLOSE.PAID_PARTNERSHIP');
  });
});

describe('findings follow the contract', () => {
  const text = 'Serum TERBAIK!!! Dijamin 100% berhasil, tanpa efek samping. Diskon 50%, buruan checkout, sikat!';
  const { findings } = check(text, { kind: 'post' });

  it('carries rule, category, severity, span, excerpt, message, source and suggestion', () => {
    expect(findings.length).toBeGreaterThan(4);
    for (const f of findings) {
      const meta = RULES.find((r) => r.id === f.rule);
      expect(meta?.category).toBe(f.category);
      expect(['info', 'warn', 'block']).toContain(f.severity);
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
      expect(f.excerpt.length).toBeGreaterThan(0);
      expect(f.message.id.length).toBeGreaterThan(10);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.suggestion.id.length).toBeGreaterThan(10);
      expect(f.suggestion.en.length).toBeGreaterThan(10);
      expect(f.source.length).toBeGreaterThan(3);
    }
  });

  it('uses the default severities of TRUST-RULES.md', () => {
    expect(findingFor(text, 'CLAIM.SUPERLATIVE')?.severity).toBe('warn');
    expect(findingFor(text, 'CLAIM.ABSOLUTE_GUARANTEE')?.severity).toBe('block');
    expect(findingFor(text, 'CLAIM.SAFETY')?.severity).toBe('block');
    expect(findingFor(text, 'PRESSURE.TYPOGRAPHY')?.severity).toBe('info');
    expect(findingFor(text, 'PRESSURE.FAKE_URGENCY')?.severity).toBe('block');
    expect(findingFor(text, 'PRESSURE.CTA_STACK')?.severity).toBe('warn');
  });

  it('raises a superlative to block for health and finance', () => {
    expect(findingFor('Obat herbal paling ampuh', 'CLAIM.SUPERLATIVE')?.severity).toBe('block');
    expect(findingFor('Kopi paling enak', 'CLAIM.SUPERLATIVE')?.severity).toBe('warn');
  });

  it('keeps urgency with a relative end at warn', () => {
    expect(findingFor('Harga spesial hari ini saja, S&K di bio', 'PRESSURE.FAKE_URGENCY')?.severity).toBe('warn');
  });

  it('turns a quoted cure claim in a post into a testimonial', () => {
    expect(rulesOf('"Anakku sembuh total setelah minum ini" - Bunda Rina')).toEqual(['CLAIM.TESTIMONIAL']);
  });

  it('spans point at the original text even after emoji and stretched letters', () => {
    const draft = '🔥✨ Paliiing ampuhhh!';
    expect(findingFor(draft, 'CLAIM.SUPERLATIVE')?.excerpt).toBe('Paliiing ampuhhh');
  });
});

describe('overlapping findings of one rule', () => {
  it('merge into one finding whose excerpt is the merged span', () => {
    const text = 'Tinggal 3 pcs! Stok terbatas, hampir habis, tinggal sedikit!';
    for (const f of check(text, { kind: 'post' }).findings) expect(f.excerpt).toBe(text.slice(f.start, f.end));
  });
});
