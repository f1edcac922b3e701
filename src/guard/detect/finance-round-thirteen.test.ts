// Round thirteen (issue #11): DISCLOSE.FINANCE_RETURN by structure (detect/finance-round-thirteen.ts) and the
// risk statement that quiets it. Texts written for this test, not taken from any corpus split or blind set.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((r) => !r.endsWith('.LEARNED'));

describe('a return promised by structure', () => {
  it.each([
    // Projections: money in, a later point, what it becomes.
    'Bonus akhir tahun taruh di reksa dana kami, tahun depan bisa buat DP motor.',
    'Sisihin 15 ribu sehari di celengan digital kami, pas wisuda udah jadi 10 juta.',
    'Put Rp100k a week into our gold plan and by 2030 you could cover a family trip to Mecca.',
    'Rp300k a month in our index fund today, Rp90 million by the time your son starts university.',
    'Mulai nabung emas dari 50 ribu, 3 tahun lagi nilainya sudah naik.',
    // Money in against money out.
    'Modal Rp3 juta, balik Rp4 juta dalam 4 bulan.',
    'Put Rp20 million in and take out Rp26 million next year.',
    // Payback and rent.
    'Beli satu kavling durian kami, panen ketiga sudah balik modal.',
    'Unit kos kami, sewa dijamin masuk tiap bulan selama 3 tahun.',
    // A saver of the past held up to copy.
    'Pak Darto nabung di koperasi kami dari hasil bengkel, sekarang udah bisa beli ruko. Bapak juga bisa!',
  ])('%s → FINANCE_RETURN', (text) => {
    expect(rules(text)).toContain('DISCLOSE.FINANCE_RETURN');
  });

  it.each([
    'Dari 120 mitra kemitraan ayam kami, belum ada satu pun yang rugi.',
    'Belum pernah ada anggota koperasi kami yang simpanannya berkurang.',
    'Nobody who joined our cocoa scheme has ever lost a rupiah.',
    'Our members have never had a losing year.',
    'Modal di program kami nggak bakal berkurang, cuma bisa nambah.',
  ])('%s → FINANCE_RETURN and ABSOLUTE_GUARANTEE (a loss said never to happen)', (text) => {
    const found = rules(text);
    expect(found).toContain('DISCLOSE.FINANCE_RETURN');
    expect(found).toContain('CLAIM.ABSOLUTE_GUARANTEE');
  });
});

describe('clean look-alikes stay quiet', () => {
  it.each([
    // The known false alarm: saying the rate may change is the risk statement.
    'Bunga deposito kami 4,25% per tahun dan dapat berubah sewaktu-waktu.',
    'Deposit rate 4% p.a., subject to change. Capital is covered up to the LPS limit.',
    // Yields with the risk said.
    'Return tahun lalu 7%, tapi itu bukan jaminan untuk tahun depan. Baca prospektus.',
    'Crypto is volatile: you can lose money. Only invest what you can afford to lose.',
    'Ilustrasi: nabung 200 ribu per bulan 5 tahun jadi 12 juta pokok; hasil investasi tidak dijamin.',
    // "Bunga" the flower; saving talk with no promise.
    'Bunga mawar segar 35 ribu per ikat, tahun depan kami buka cabang kedua.',
    'Tips nabung buat DP rumah: catat pengeluaran dan pisahkan rekening.',
    'Lagi nabung buat liburan? Ini lima tips packing ringan.',
    // A loss disowned, not promised away; prices, not returns.
    'Nggak ada investasi yang anti rugi, jadi pelajari dulu produknya.',
    'Harga 200 ribu jadi 150 ribu selama promo emas akhir pekan.',
    'Sewa kamar kos 1,5 juta per bulan, sudah termasuk listrik.',
    'Kami tidak bisa menjamin harga emas naik; yang kami jamin kadar sesuai nota.',
  ])('%s → no FINANCE_RETURN', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.FINANCE_RETURN');
  });

  it('a saver\'s condition ("kalau konsisten") is no guarantee', () => {
    expect(rules('Mulai nabung emas dari 20 ribu, setahun bisa dapat 4 gram kalau konsisten.')).not.toContain('CLAIM.ABSOLUTE_GUARANTEE');
  });
});
