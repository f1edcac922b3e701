// Issue 11, round seven (disclosure and pressure shapes of detect/disclosure-round-seven.ts and
// detect/pressure-round-seven.ts). Texts written for this test, not taken from any corpus split,
// with hard negatives and ordinary drafts that must stay quiet beside them.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

// The shapes' own findings, without the learned second opinion's lower-confidence ones.
const rules = (text: string, kind: 'post' | 'reply' = 'post'): RuleId[] =>
  [...new Set(check(text, { kind }).findings.map((f) => f.rule).filter((rule) => !rule.endsWith('.LEARNED')))].sort();
const ofCategory = (text: string, prefix: string, kind: 'post' | 'reply' = 'post'): RuleId[] => rules(text, kind).filter((r) => r.startsWith(prefix));

describe('round seven: disclosure flagged', () => {
  it.each<[string, RuleId]>([
    // A suitability predicate over a universal quantifier and any noun, or scope with no exception.
    ['Bantal ini pas untuk semua gaya tidur.', 'DISCLOSE.LIMITATIONS_RISK'],
    ['Our rowing machine fits every home gym.', 'DISCLOSE.LIMITATIONS_RISK'],
    ['Kelas menggambar ini terbuka buat semua tingkat kemampuan.', 'DISCLOSE.LIMITATIONS_RISK'],
    ['Whatever your budget, this plan is made for you.', 'DISCLOSE.LIMITATIONS_RISK'],
    ['Krim ini tetap nyaman di kulit, sekering apa pun.', 'DISCLOSE.LIMITATIONS_RISK'],
    // Children addressed, a parent or grown-up reminded, shown or borrowed from, something wanted.
    ['Bocil-bocil, ingetin papa buat langganan paket game ini ya.', 'DISCLOSE.CHILD_APPEAL'],
    ['Hey little ones, remind a grown-up that the dinosaur kit makes a great birthday present.', 'DISCLOSE.CHILD_APPEAL'],
    ['Dek, nanti kalau ibu pulang kerja, kasih lihat gambar sepatu ini biar dibeliin.', 'DISCLOSE.CHILD_APPEAL'],
    ['Rayu ibu: aku mau kotak pensil unicorn itu!', 'DISCLOSE.CHILD_APPEAL'],
    // A saving carried to a sum or a horizon.
    ['Sisihkan 50rb tiap minggu di tabungan emas kami, 3 tahun lagi cukup buat modal nikah.', 'DISCLOSE.FINANCE_RETURN'],
    ['Invest $25 a week with our app and you could end up with $40,000 by 2050.', 'DISCLOSE.FINANCE_RETURN'],
    ['Titip 5 juta di koperasi kami, tiap bulan terima 400 ribu.', 'DISCLOSE.FINANCE_RETURN'],
    // Credit sold as light or fast.
    ['Laptop gaming bisa dibawa pulang dengan cicilan ringan.', 'DISCLOSE.TERMS_MISSING'],
    ['Dana tunai langsung cair, ajukan lewat aplikasi.', 'DISCLOSE.TERMS_MISSING'],
    ['Get the sofa for $9 down and small weekly payments.', 'DISCLOSE.TERMS_MISSING'],
    // Given by the brand, untagged, or sent over by a tagged account.
    ['Sepatu lari ini dikirim dari brand-nya minggu lalu, enak dipakai.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['The team at @lumenlamps sent over their new desk light, first thoughts below.', 'DISCLOSE.PAID_PARTNERSHIP'],
  ])('%s → %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('round seven: pressure flagged', () => {
  it.each<[string, RuleId]>([
    ['Stok warna sage yang paling dicari udah menipis.', 'PRESSURE.FAKE_SCARCITY'],
    ['Tickets for the Friday show are running low.', 'PRESSURE.FAKE_SCARCITY'],
    ['Kursi kelas bisnis tersisa sedikit.', 'PRESSURE.FAKE_SCARCITY'],
    ['Kain batik motif ini tidak akan diproduksi lagi.', 'PRESSURE.FAKE_SCARCITY'],
    ['Pendaftaran bisa ditutup kapan saja.', 'PRESSURE.FAKE_URGENCY'],
    ['Harga paket tur ini naik besok.', 'PRESSURE.FAKE_URGENCY'],
    ["Tick tock, the clock's ticking on this bundle.", 'PRESSURE.FAKE_URGENCY'],
    ['Hari gini masih nyuci pakai tangan?', 'PRESSURE.FOMO_SHAME'],
    ['Still cooking on that old stove?', 'PRESSURE.FOMO_SHAME'],
    ['Tetangga kamu sudah pasang panel surya, kamu kapan?', 'PRESSURE.FOMO_SHAME'],
    ['While you scroll, somebody else is booking your dream villa.', 'PRESSURE.FOMO_SHAME'],
    ['Siap-siap gigit jari kalau kelas ini penuh.', 'PRESSURE.FOMO_SHAME'],
    ['Isi data, unggah KTP, lalu aktifkan kartumu.', 'PRESSURE.CTA_STACK'],
    ['Pick a date, book your table and tell your friends.', 'PRESSURE.CTA_STACK'],
  ])('%s → %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('round seven: hard negatives', () => {
  it.each<[string, string]>([
    // Universal words that are no suitability claim, or with the limitation stated.
    ['Kami kirim ke semua kota di Jawa, ongkir dihitung saat checkout.', 'DISCLOSE'],
    ['Cocok untuk semua jenis kulit kecuali kulit luka; hasil bisa berbeda.', 'DISCLOSE'],
    ['Jangan malu sama kami, tanya aja soal ukuran.', 'PRESSURE'],
    // A parent addressed, not a child; advice to parents.
    ['Bunda, ajak si kecil memilih sendiri bekal sehatnya, seru lho.', 'DISCLOSE'],
    // Savings with risk and supervision stated; a saving with no projected sum.
    ['Nabung emas 50rb tiap minggu, 3 tahun lagi nilainya bisa naik atau turun. Terdaftar dan diawasi OJK.', 'DISCLOSE'],
    ['Tabungan pendidikan kami bisa dibuka mulai hari ini di cabang terdekat.', 'DISCLOSE'],
    // Credit with its terms; a stat that is no discount.
    ['Cicilan ringan 12 bulan, bunga 1,5% per bulan, total bayar Rp13,2 juta, S&K berlaku.', 'DISCLOSE'],
    ['Teruji mengurangi ketombe hingga 60% dalam uji 4 minggu (lab internal, 30 orang).', 'DISCLOSE'],
    // Labelled gifts.
    ['Paid ad for @lumenlamps: the desk light they sent over is bright and quiet.', 'DISCLOSE'],
    // Stock answered in a reply; a limit with its number; a concrete close.
    ['Warna navy tinggal sedikit ya kak, ukuran L masih ada.', 'PRESSURE'],
    ['Kelas gratis, tempat terbatas 20 orang, daftar lewat link bio.', 'PRESSURE'],
    ['Pendaftaran ditutup 30 Juni 2027 pukul 23.59 WIB.', 'PRESSURE'],
    // Usage steps are no stacked calls to action.
    ['Oleskan tipis-tipis, diamkan lima menit, lalu bilas dengan air hangat.', 'PRESSURE'],
  ])('%s stays quiet on %s', (text, prefix) => {
    expect(ofCategory(text, prefix, text.endsWith('masih ada.') ? 'reply' : 'post')).toEqual([]);
  });
});

describe('round seven: ordinary drafts stay quiet', () => {
  it.each([
    'Selamat pagi! Roti sobek cokelat baru keluar dari oven, hangat sampai siang.',
    'We restocked the linen shirts in three colours; sizes S to XL.',
    'Terima kasih sudah mampir ke toko kami kemarin, semoga suka dengan pilihannya.',
    'Our team is off on Monday for the holiday; replies resume Tuesday morning.',
    'Kalau ada pertanyaan soal ukuran, kabari kami lewat DM ya.',
    'Tips merawat sepatu kulit: lap dengan kain lembap, keringkan di tempat teduh.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
