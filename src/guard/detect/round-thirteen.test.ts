// Round thirteen (issue #11): COMPETITOR_DISPARAGE by the contrast structure (others-class.ts), and two old false
// alarms fixed at their cause. Texts written for this test, not taken from any corpus split or blind set; each
// shape has clean look-alikes next to it.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

/** Rule findings only: the learned second opinion may add info findings of its own. */
const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((r) => !r.endsWith('.LEARNED'));

describe('CLAIM.COMPETITOR_DISPARAGE: a rival marked by its class, a fault said of it, a stance', () => {
  it.each([
    // Otherness marker alone is enough.
    'Payung merek lain gampang patah kena angin. Payung kami rangkanya fiberglass.',
    'Sepatu toko seberang solnya cepat mengelupas, kata banyak pembeli.',
    // Placed and pointed at, with the brand set against them.
    'Martabak di depan stasiun itu minyaknya sisa kemarin. Punya kami pakai minyak baru tiap sore.',
    'Kerudung yang dijual di pasar pagi itu bahannya cepat melar, Kak. Mending yang jahitannya rapi kayak punya kami.',
    // Priced or hyped, the reader warned.
    'Tas yang lagi viral itu jahitannya asal-asalan, jangan sampai nyesel ya.',
    'Cat tembok yang murah-murah itu biasanya cepat pudar. Coba bandingkan dengan punya kami.',
    // Quantified, with what they do in a relative clause.
    'Banyak bengkel motor yang suka ganti oli pakai oli oplosan. Bengkel kami pakai oli segel.',
    'Ada travel umroh yang jamaahnya terlantar di bandara. Kami dampingi dari berangkat sampai pulang.',
    // A class by its mark; a hedge before the put-down.
    'Bukan mau julid, tapi charger KW di lapak online itu gampang meledak.',
    // English classes, a rival standing alone judged in the next sentence, the brand named after.
    'Some budget laptop sellers swap in refurbished drives and call them new. We list every part.',
    'Other phone repair shops? Fake screens and a smile. Ours come with the original part.',
    'Those cheap gym chains never clean the mats. Come see the difference at Otot Keras Gym.',
    // A rhetorical question the brand answers.
    'Masih beli madu curah yang dicampur gula? Pindah ke madu kami, langsung dari peternak.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('CLAIM.COMPETITOR_DISPARAGE');
  });

  it.each([
    // Honest comparison with a source, and saying others are fine.
    'Uji lab independen Maret 2026: daya tahan baterai kami 9 jam, dua merek lain 8 dan 10 jam. Laporan lengkap di tautan.',
    'Kami nggak bilang toko lain jelek, tiap toko punya cara sendiri.',
    'Produk merek lain juga bagus kok, silakan bandingkan sendiri.',
    // News about other shops, sympathy, welcoming other brands.
    'Toko sebelah kebanjiran semalam dan barangnya rusak, semoga cepat pulih ya, Pak Budi.',
    'Warung sebelah lagi tutup, jadi antrean di kami agak panjang hari ini.',
    'Other brands are welcome at our craft fair this Saturday, 30 local makers.',
    // "Sebelah" as a plain place, our own range, our own old recipe.
    'Parkir motor sekarang di gedung sebelah, masuk dari gerbang kiri.',
    'Warna lain sedang kosong, stok baru datang minggu depan.',
    'Resep lama kami memang kurang pedas, sekarang pakai cabai segar. Makasih masukannya.',
    // A fault said of the brand's own side, and an impersonation warning.
    'Hati-hati dengan akun palsu yang mengatasnamakan toko kami; akun resmi hanya satu.',
    'The shop across the road lent us a jack when ours broke. Thank you, neighbours!',
    // A denied rival, a genuine question, mixed reviews of us.
    'Sejak 2015 belum pernah ada mitra yang pulang dengan uang kurang dari setorannya.',
    'Ulasan di Google Maps ada yang bagus ada yang jelek, semuanya kami baca.',
    'Apakah toko lain juga jual payung lipat yang ringan? Kami belum tahu.',
  ])('%s → no COMPETITOR_DISPARAGE', (text) => {
    expect(rules(text)).not.toContain('CLAIM.COMPETITOR_DISPARAGE');
  });
});

describe('PRESSURE.FOMO_SHAME: a plain upgrade question is not shaming', () => {
  it.each([
    "Still using the old model? Here's how to update it in two minutes.",
    'Are you still using the old app? The new version is in the store.',
    'Still paying by transfer? You can now pay by QRIS at the counter too.',
  ])('%s → no FOMO_SHAME', (text) => {
    expect(rules(text)).not.toContain('PRESSURE.FOMO_SHAME');
  });

  it.each([
    'Still using the old model? Your friends upgraded months ago.',
    'Still wearing those old sneakers? Kinda embarrassing ngl.',
    'Why are you still not saving?',
    'Still driving that old scooter? Everyone in your office already switched.',
  ])('%s → FOMO_SHAME (others ahead or a jibe)', (text) => {
    expect(rules(text)).toContain('PRESSURE.FOMO_SHAME');
  });
});

describe('DISCLOSE.FINANCE_RETURN: a rate said to vary states its risk', () => {
  it.each([
    'Bunga deposito 4,5% p.a. dan dapat berubah sewaktu-waktu.',
    'Bunga deposito kami 5% per tahun, bisa berubah mengikuti kebijakan bank.',
    'Deposito 12 bulan, bunga 4% per tahun (variable).',
  ])('%s → no FINANCE_RETURN', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.FINANCE_RETURN');
  });

  it.each([
    'Bunga deposito 6% setahun, tidak dapat berubah.',
    'Deposito kami: bunga dijamin 8% per bulan, dapat berubah.',
    'Investasi emas digital, return 12% per tahun!',
  ])('%s → FINANCE_RETURN (fixed, promised or no variability said)', (text) => {
    expect(rules(text)).toContain('DISCLOSE.FINANCE_RETURN');
  });
});

describe('PRESSURE.FOMO_SHAME: peers of any kind ahead, the reader behind', () => {
  it.each([
    'Satu kantor udah pakai aplikasi absen kami, divisi kamu kapan?',
    'Sekompleks sudah pasang panel surya. Rumah Bapak masih pakai listrik penuh?',
    'Ibu-ibu arisan udah pada ikut kelas merajut. Ibu masih mikir-mikir?',
    'The rest of the team already switched to our planner. Still the one asking for the spreadsheet?',
    'Your classmates already booked the science camp. Don\'t let your child be left out.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('PRESSURE.FOMO_SHAME');
  });

  it.each([
    'Semua pesanan sudah kami kirim. Kalau kakak belum terima resinya, chat kami ya.',
    'Semua orang sudah kami hubungi; yang belum dapat undangan bisa daftar di tautan.',
    'Teman-teman sudah banyak yang tanya soal stok. Kami kabari lagi minggu depan ya.',
    'Satu kelas sudah dapat jadwal ujian dari wali kelas; kalau kamu belum terima, tanya ke ketua kelas.',
  ])('%s → no FOMO_SHAME', (text) => {
    expect(rules(text)).not.toContain('PRESSURE.FOMO_SHAME');
  });
});

describe('DISCLOSE.CHILD_APPEAL: a child reader sent to nudge a grown-up', () => {
  it.each([
    'Yang masih SD, coba kode-kodein Ayah pas makan malam: sepeda lipat biru ada di etalase kami.',
    'Halo Dik! Tarik tangan Mama ke toko kami ya, es krim pelangi baru datang.',
    'Calling all 9-to-12-year-olds: remind your dad that our robot kit is on the shelf again.',
    'Kids, leave this page open on the tablet so Mum sees it tonight.',
    'Little builders, you know who to ask for the castle set this weekend.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('DISCLOSE.CHILD_APPEAL');
  });

  it.each([
    'Ayah Bunda, katalog seragam sekolah sudah bisa dilihat di tautan.',
    'Ask your parents before buying anything online, kids. Stay safe.',
    'Adik-adik yang ikut lomba mewarnai, minta izin Mama untuk ikut ke panggung ya.',
    'Kemarin anak-anak TK berkunjung ke dapur kami, dan kami bilang ke gurunya terima kasih.',
  ])('%s → no CHILD_APPEAL', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.CHILD_APPEAL');
  });
});
