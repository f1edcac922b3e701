// Issue 11, round five: certainty + gain in new words, projections to a fund, credit with no
// terms, partnerships named without "paid", children told what they need. Texts written for
// this test, not taken from any corpus split; hard negatives next to each family.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule);

describe('round five: flagged', () => {
  it.each<[string, RuleId[]]>([
    ['Titip modal di koperasi kami, bagi hasil 2% sebulan tanpa takut rugi.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['Earn 1.5% every month and your deposit is never at risk.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['No downside at all: your savings only grow with us.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['Simpan danamu di sini, nilainya dijamin tidak akan turun.', ['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']],
    ['Nabung 200 ribu seminggu, lima tahun lagi jadi dana kuliah anak.', ['DISCLOSE.FINANCE_RETURN']],
    ['Save $20 a week and you will have over $5,000 by the end.', ['DISCLOSE.FINANCE_RETURN']],
    ['Handphone baru, cicil pakai paylater bunga rendah.', ['DISCLOSE.TERMS_MISSING']],
    ['Angsuran mulai 300 ribuan, bawa pulang motornya hari ini.', ['DISCLOSE.TERMS_MISSING']],
    ['This weekend was hosted by @lakeside.lodge, what a view.', ['DISCLOSE.PAID_PARTNERSHIP']],
    ['Didukung oleh @teh.hijau, cerita pagi ini tentang sarapan.', ['DISCLOSE.PAID_PARTNERSHIP']],
    ['Kids, tell your mum you need the new dino lunchbox.', ['DISCLOSE.CHILD_APPEAL']],
    ['Lembut untuk semua jenis kulit, bahkan kulit bayi.', ['DISCLOSE.LIMITATIONS_RISK']],
  ])('%s → %j', (text, expected) => {
    const found = rules(text);
    for (const rule of expected) expect(found).toContain(rule);
  });
});

describe('round five: hard negatives', () => {
  it.each<[string, RuleId]>([
    ['Bunga pinjaman 1% per bulan, tenor 12 bulan, biaya admin 1%, berizin dan diawasi OJK.', 'DISCLOSE.FINANCE_RETURN'],
    ['Cicilan 0% bunga 6 bulan, berlaku s.d. 31 Januari 2027, S&K di link.', 'DISCLOSE.FINANCE_RETURN'],
    ['Investasi mengandung risiko; nilai bisa turun dan tidak ada jaminan keuntungan.', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Thanks @dina for the kind review, see you again!', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['#iklan In paid partnership with @lakeside.lodge.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['Promo berlaku mulai 1 Juli sampai 7 Juli, S&K di bio.', 'DISCLOSE.TERMS_MISSING'],
    ['Pilihan utama kami minggu ini: roti pisang.', 'CLAIM.SUPERLATIVE'],
    ['Hasil survei 300 pelanggan kami (Juni 2026): 7 dari 10 pesan lagi.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Tips: sisihkan 10% gaji tiap bulan untuk dana darurat.', 'DISCLOSE.FINANCE_RETURN'],
  ])('%s has no %s', (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });
});
