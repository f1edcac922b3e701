// Issue 11, round seven b (train8 voices: marketplace sellers, micro-influencers, regional writers):
// shares with an outcome verb, a change since, a count tested; "pasti" before an outcome, "no fail";
// remedies for every illness and regional causatives of "sembuh"; others placed by a landmark; a sum
// got back, a value multiplied at a horizon, savings per period turned into a sum; credit sold by its
// approval speed; child asks and wants; messaging CTAs; FOMO and urgency variants; and the narrowing.
// Texts written for this test, not taken from any corpus split; hard negatives beside them.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((rule) => !rule.endsWith('.LEARNED'));

describe('round seven b: flagged', () => {
  it.each<[string, RuleId]>([
    ['Kelas menjahit kami, 88% peserta berhasil buka usaha sendiri.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Omzet warung langganan kami naik 150% sejak pakai aplikasi kasir ini.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Our reading programme improved pupils’ scores by 3 points on average.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Sabun kuda ini sudah dites sama 800 peternak se-Jawa Tengah.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Ikut bootcamp coding kami, pasti langsung diterima kerja di startup.', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Our TikTok ads service gets you viral, no fail.', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Minyak kutus ini obat segala macam penyakit, dari pegal sampai asam urat.', 'CLAIM.HEALTH_CURE'],
    ['Wedang iki wis nyembuhno asam urat bapakku.', 'CLAIM.HEALTH_CURE'],
    ['Bakso di ujung gang itu kuahnya hambar, mending mampir ke kedai kami.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Invest RM5k in our durian orchard and you are sure to get it back in a year, zero risk.', 'DISCLOSE.FINANCE_RETURN'],
    ['Beli tanah kavling sekarang, lima tahun lagi nilainya naik 3 kali lipat.', 'DISCLOSE.FINANCE_RETURN'],
    ['Sisihkan uang jajan, sebulan bisa jadi tabungan 300rb.', 'DISCLOSE.FINANCE_RETURN'],
    ['Laptop gaming bisa kredit, approval cepat tanpa ribet.', 'DISCLOSE.TERMS_MISSING'],
    ['New fridge with easy ansuran, RM80 a month only.', 'DISCLOSE.TERMS_MISSING'],
    ['Hi little ones, ask your parents to book our magic show for your party.', 'DISCLOSE.CHILD_APPEAL'],
    ['Adik-adik, bujuk papa biar daftar les robotik kami ya.', 'DISCLOSE.CHILD_APPEAL'],
    ['Makan malam di resto @dapurpesisir, dimanjain banget sama chef-nya.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['DM us, buy it, and leave a review after.', 'PRESSURE.CTA_STACK'],
    ['Tetangga sudah pada pasang kanopi ini, masa bapak sendiri yang belum?', 'PRESSURE.FOMO_SHAME'],
    ['Jangan sampai jadi satu-satunya yang belum punya jaket angkatan ini.', 'PRESSURE.FOMO_SHAME'],
    ['Ambil sekarang kak, sebelum harganya naik.', 'PRESSURE.FAKE_URGENCY'],
  ])('%s → %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('round seven b: hard negatives', () => {
  it.each<[string, RuleId]>([
    ['Aplikasi belajar ini 100% aman dan cocok buat anak, dicek oleh tim kami.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Harga gabah naik 10% sejak Juli, jadi harga nasi kotak ikut menyesuaikan.', 'CLAIM.UNSUBSTANTIATED_STAT'],
    ['Aku pasti masuk kerja lagi Senin, jadi pesanan dikirim Selasa.', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Free trial, auto-renews at $5/month after, cancel any time before 1 June 2027.', 'CLAIM.ABSOLUTE_GUARANTEE'],
    ['Jangan sampai jadi satu-satunya yang belum punya jaket angkatan ini.', 'CLAIM.SUPERLATIVE'],
    ['Meet us at Gate #1 for the Sunday car boot sale.', 'CLAIM.SUPERLATIVE'],
    ['Terima kasih @pasarsenggol sudah mengundang kami jadi pengisi acara tahun ini.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['Nabung itu yang penting rutin, sekecil apa pun jumlahnya.', 'DISCLOSE.LIMITATIONS_RISK'],
    ['Kue lapis legit tinggal 7 dari 40 loyang produksi minggu ini; produksi berikutnya Kamis, 10 Juni 2027.', 'PRESSURE.FAKE_SCARCITY'],
    ['Lebaran kemarin dijamu sama keluarga besar di Solo, senang banget.', 'DISCLOSE.PAID_PARTNERSHIP'],
  ])('%s does not raise %s', (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });
});

describe('round seven b: ordinary drafts stay quiet', () => {
  it.each([
    'Warung kami buka lagi mulai Senin, 4 Januari 2027, jam 08.00–20.00.',
    'Our stall is at the end of the road, next to the bus stop. See you Saturday!',
    'Kelas bahasa Jepang level dasar, 8 pertemuan, materi dan jadwal lengkap di link bio.',
    'Thank you for 500 followers! We will keep sharing recipes every Friday.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
