// The hard negatives of TRUST-RULES.md must pass clean.
import { describe, expect, it } from 'vitest';
import { rulesOf } from './test/fixtures.js';
import type { ContentKind } from './types.js';

const CLEAN: { text: string; kind?: ContentKind; why: string }[] = [
  { text: 'Kami tidak menjamin hasil yang sama untuk setiap orang.', why: 'negation' },
  { text: 'Produk ini bukan obat dan tidak untuk menyembuhkan penyakit.', why: 'negation' },
  { text: "We can't promise overnight results.", why: 'negation (EN)' },
  { text: 'Kak, soal "katanya dijamin sembuh" itu bukan dari kami ya.', kind: 'reply', why: 'customer quoted in a reply' },
  { text: 'Terima kasih! "Ini serum terbaik yang pernah aku pakai" bikin kami senyum.', kind: 'reply', why: 'customer quoted in a reply' },
  { text: 'Semoga yang terbaik untuk kulit kakak ya.', kind: 'reply', why: 'wish' },
  { text: 'Wishing you all the best for the new year.', why: 'wish (EN)' },
  { text: 'Terima kasih, pesanan kakak sudah tersedia.', kind: 'reply', why: 'ter- that is not a superlative' },
  { text: 'Maaf terlambat kak, ini terjadi karena cuaca. Harga sudah termasuk PPN.', kind: 'reply', why: 'ter- that is not a superlative' },
  { text: 'Diskon 20% untuk semua serum, berlaku s.d. 30 Juni 2025, 23.59 WIB. S&K di link bio.', why: 'urgency with a concrete end' },
  { text: 'Buruan, promo berakhir 30 Juni 2025 pukul 23.59 WIB. S&K di bio.', why: 'urgency with a concrete end' },
  { text: 'Terlaris di kategori serum, data Shopee Jan–Mar 2025.', why: 'claim with its source' },
  { text: 'Disukai 87% dari 120 responden dalam survei internal Mei 2025 (n=120).', why: 'statistic with its source' },
  { text: 'Sudah bersertifikat halal MUI, nomor ID00410000123450422.', why: 'halal with its certificate' },
  { text: 'Kami berusaha memberikan yang terbaik untuk setiap pesanan.', why: 'effort, not a claim' },
  { text: 'Apakah serum ini menghilangkan jerawat? Jujur, tidak.', why: 'question + negation' },
  { text: 'Paling lambat 2 hari kerja paket sampai ya kak.', kind: 'reply', why: '"paling lambat" is not a superlative' },
  { text: 'Halo kak, stoknya masih ada, tidak perlu buru-buru.', kind: 'reply', why: 'negated urgency' },
  { text: 'Stoknya tinggal 2 pcs untuk ukuran M ya kak.', kind: 'reply', why: 'stock answer in a reply' },
  { text: 'Garansi tukar 7 hari untuk cacat produksi, S&K di link.', why: 'honest guarantee' },
  { text: 'Kalau cocok, detailnya ada di link bio ya.', why: 'gentle invitation' },
  { text: 'Tidak disarankan untuk kulit yang sedang luka. Hasil bisa berbeda pada tiap orang.', why: 'limitations stated' },
  { text: 'Feel free to DM us if you have questions.', why: '"free" that is not an offer' },
  { text: 'Ayah Bunda, info ukuran seragam ada di link bio.', why: 'addresses parents, not children' },
  { text: 'Tabungan dengan bunga hingga 5% p.a. PT Dana Rakyat berizin dan diawasi OJK.', why: 'a rate is not a discount' },
  { text: 'Investing involves risk. Expected returns of 6% a year are not guaranteed; licensed and supervised by OJK.', why: '"returns of 6%" is not "off 6%"' },
  { text: 'Rated the best budget phone of 2025 by GadgetIn (review, March 2025).', why: 'ranking with its ranker' },
  { text: 'Terima kasih untuk 10 tahun bersama, kalian terbaik!', why: 'praise for the readers, not a product claim' },
];

describe('hard negatives are not flagged', () => {
  for (const { text, kind, why } of CLEAN) {
    it(`${why}: ${text}`, () => {
      expect(rulesOf(text, { kind: kind ?? 'post' })).toEqual([]);
    });
  }
});
