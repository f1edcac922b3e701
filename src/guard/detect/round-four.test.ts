// Issue 11, round four: families closed by sentence shape (a claim stated before a separate
// question, others run down by a put-down or a fault set against us, a certain return in any
// words, safety said of everyone or of vulnerable readers, a harm declared absent). Texts
// written for this test, not taken from any corpus split; hard negatives next to each family.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule);

describe('round four: flagged', () => {
  it.each<[string, RuleId[]]>([
    ['Mie ayam terkenyal se-Sleman, berani adu?', ['CLAIM.SUPERLATIVE']],
    ['The comfiest pillow in the country, want one?', ['CLAIM.SUPERLATIVE']],
    ['Kedai lain cuma modal dekorasi, rasanya biasa.', ['CLAIM.COMPETITOR_DISPARAGE']],
    ['Most gyms nearby are overpriced and crowded.', ['CLAIM.COMPETITOR_DISPARAGE']],
    ['Bengkel sebelah suka bikin mesin rusak, mending ke kami.', ['CLAIM.COMPETITOR_DISPARAGE']],
    ['Dana kamu pasti berkembang tiap bulan di sini.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['Your payout is certain every single week.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['Koin ini harganya selalu naik, jangan sampai telat.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['Aman dipakai balita setiap hari.', ['CLAIM.SAFETY']],
    ['Pregnant mums can use it safely.', ['CLAIM.SAFETY']],
    ['Dijamin tidak akan bikin wajah kemerahan.', ['CLAIM.SAFETY']],
    ['Bebas zat berbahaya, cocok untuk camilan.', ['CLAIM.SAFETY']],
  ])('%s → %j', (text, expected) => {
    const found = rules(text);
    for (const rule of expected) expect(found).toContain(rule);
  });
});

describe('round four: hard negatives', () => {
  it.each<[string, RuleId]>([
    ['Apakah serum ini dijamin berhasil, kak?', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Is this really the best serum, or not?', 'CLAIM.SUPERLATIVE'],
    ['Produk lain juga bagus, pilih yang cocok buat kamu.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Warna yang lain sudah habis, maaf ya.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Harga emas naik, tapi harga produk kami tetap.', 'DISCLOSE.FINANCE_RETURN'],
    ['Uang kamu pasti kembali kalau barangnya rusak.', 'DISCLOSE.FINANCE_RETURN'],
    ['Imbal hasil tidak dijamin; nilai investasi bisa turun.', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Simpan di tempat aman, jauh dari jangkauan anak-anak.', 'CLAIM.SAFETY'],
    ['Belanja aman dan nyaman, bisa COD.', 'CLAIM.SAFETY'],
  ])('%s has no %s', (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });
});
