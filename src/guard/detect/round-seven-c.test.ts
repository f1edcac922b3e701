// Issue 11, round seven c (train9 voices: corporate teams, Gen-Z accounts, halal lifestyle, courses,
// wellness): rankings on hearsay, free hanging on a purchase, others run down, children told to get
// a parent to sign them up, sums that become sums, group results and averages, shaming.
// Texts written for this test, not taken from any corpus split; hard negatives beside them.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((rule) => !rule.endsWith('.LEARNED'));

describe('round seven c: flagged', () => {
  it.each<[string, RuleId]>([
    ['Aplikasi kasir kami disebut paling praktis menurut banyak pelanggan.', 'CLAIM.SUPERLATIVE'],
    ['Widely considered as the leading tahfiz camp for teens. Registration opens soon.', 'CLAIM.SUPERLATIVE'],
    ['Honestly the best martabak in Bandung. Kata banyak orang sih.', 'CLAIM.SUPERLATIVE'],
    ['Gratis cek gigi untuk anak! Cukup ambil paket perawatan 3 bulan kami.', 'CLAIM.FAKE_FREE'],
    ['Free yoga mat for you, simply sign up for our annual membership.', 'CLAIM.FAKE_FREE'],
    ['Other skincare brands are mostly water and perfume. Ours is not.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Unlike the shady umrah agencies, our permits are on the wall.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Salon lain banyak yang asal potong, di sini stylist kami berpengalaman.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Hey kids, beg your mom and dad to book our slime workshop!', 'DISCLOSE.CHILD_APPEAL'],
    ["Kids, don't let your parents say no to the new dino backpack.", 'DISCLOSE.CHILD_APPEAL'],
    ['Put it in our gold savings and your Rp10 juta becomes Rp14 juta in two years.', 'DISCLOSE.FINANCE_RETURN'],
    ['Save Rp500k each month with us and in 4 years it will be worth about Rp30 million.', 'DISCLOSE.FINANCE_RETURN'],
    ['Bimbel kami: 90% siswa naik peringkat di semester pertama.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Nilai TOEFL peserta naik rata-rata 80 poin setelah kelas ini.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Still using paper invoices in 2026? couldnt be you.', 'PRESSURE.FOMO_SHAME'],
    ['Jangan sampai jadi pemilik toko yang nyesel karena telat go digital.', 'PRESSURE.FOMO_SHAME'],
  ])('%s → %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('round seven c: hard negatives', () => {
  it.each<[string, RuleId]>([
    ['Harga spesial: dari 300rb jadi 199rb sampai 20 Desember 2026, S&K di bio.', 'DISCLOSE.FINANCE_RETURN'],
    ['Free parking for everyone, no purchase needed.', 'CLAIM.FAKE_FREE'],
    ['Parents, please ask your children to bring a water bottle on Saturday.', 'DISCLOSE.CHILD_APPEAL'],
    ['Menurut banyak pelanggan, pengirimannya rapi. Terima kasih ya!', 'CLAIM.SUPERLATIVE'],
    ['We are not like other brands are mostly said to be? Ask us anything.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Menurut data internal Q3 2026 (n=412), 62% siswa naik satu tingkat; laporan lengkap di situs.', 'CLAIM.UNSUBSTANTIATED_STAT'],
  ])('%s stays clear of %s', (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });
});

describe('round seven c: ordinary drafts stay quiet', () => {
  it.each([
    'Kelas menjahit batch Januari dibuka, kuota 20 orang, info di link bio.',
    'Our team had a lovely time at the halal food fair in Medan this weekend.',
    'Free wifi in every branch. See you there!',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
