// Round fourteen (issue #11): DISCLOSE.CHILD_APPEAL by roles (detect/child-round-fourteen.ts) and
// DISCLOSE.TERMS_MISSING for credit sold without its cost (detect/credit-round-fourteen.ts), and
// DISCLOSE.PAID_PARTNERSHIP with the giver named in words (detect/paid-round-fourteen.ts). Texts written for
// this test, not taken from any corpus split or blind set; clean look-alikes beside each shape.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { buildDoc } from '../context/doc.js';
import { detectChildRoundFourteen } from './child-round-fourteen.js';
import { detectCreditRoundFourteen } from './credit-round-fourteen.js';
import { detectFinanceRoundFourteen } from './finance-round-fourteen.js';
import { detectPaidRoundFourteen } from './paid-round-fourteen.js';

const has = (text: string, rule: string): boolean => check(text, { kind: 'post' }).findings.some((f) => f.rule === rule);
// Look-alikes are checked against the new detectors alone: older detectors answer for their own findings.
const childHit = (text: string): boolean => detectChildRoundFourteen(buildDoc(text, { kind: 'post' })).length > 0;
const creditHit = (text: string): boolean => detectCreditRoundFourteen(buildDoc(text, { kind: 'post' })).length > 0;

describe('CHILD_APPEAL: the reader is a child and works on a grown-up', () => {
  it.each([
    'Untuk sahabat cilik kami: minta Mama beliin tas robot ini buat tahun ajaran baru, ya.',
    'Sobat kecil, janjiin nilai bagus ke Papa biar dibeliin sepeda lipat kami.',
    'Young builders, convince your grandpa that the crane kit is educational.',
    'Ade-ade yang suka bola, kalau Bapa ke pasar, titip sepatu futsal kami di daftar belanjanya.',
    'Stiker gratis buat dedek-dedek, asal Bunda beli dua kotak susu kami.',
    'Mini chefs, if your dad orders the family pizza, you get a free apron.',
    'Kemarin ada bocah yang merengek di toko sampai ayahnya beli robot kami. Kalian juga bisa coba cara yang sama!',
    'Halo jagoan! Papa kamu pasti belum lihat helm sepeda baru kami. Kasih tahu, ya.',
    "Young skaters, don't let your dad forget the board shop on the way home.",
    'Kakak yang baru punya adik bayi, minta Mama beliin kaos kembar kakak-adik kami.',
    'Mau skin baru? Minta dibeliin sama Papa aja, top up di toko kami.',
    'Buat kalian yang baru masuk SD: bilang ke Papa, seragam kami sudah ada.',
  ])('%s → CHILD_APPEAL', (text) => {
    expect(has(text, 'DISCLOSE.CHILD_APPEAL')).toBe(true);
  });

  it.each([
    'Bunda, minta Ayah beliin stroller ini buat si kecil sebelum mudik.',
    'Moms, your little ones will love the new snack box. Ask Dad to pick one up on the way home.',
    'Kids under 10 need a parent to sign the class form; ask your mom for permission first.',
    'Grab one for grandma too, she deserves it.',
    'Order now and share with your mum friends.',
    'Ada anak kecil yang tanya ke kasir soal es krim, lalu kami bilang ke ibunya harga lengkapnya.',
    "Kids, don't let Grandma forget her medicine after lunch.",
    'Halo kak, minta suami beliin aja biar hemat ongkir.',
    'Young parents, ask Grandma to babysit and treat yourselves to our date-night menu.',
    'Hari Ibu sebentar lagi! Kasih tahu ibumu kalau kamu sayang, kirim hampers kami.',
    'Surprise your mom this Sunday: tell her breakfast is on you with our brunch box.',
    'Para bunda, minta Ayah beliin mainan edukasi ini buat si kecil.',
    'Buat Mama yang anaknya baru masuk SD: bilang ke Papa, seragam kami sudah ada.',
  ])('%s → no CHILD_APPEAL', (text) => {
    expect(childHit(text)).toBe(false);
  });
});

describe('TERMS_MISSING: credit offered without its cost', () => {
  it.each([
    'Toko buka Senin–Sabtu 09.00–17.00. Semua kulkas bisa dicicil tanpa bunga.',
    'Sepeda listrik DP mulai 1 juta, langsung bawa pulang.',
    'Pinjaman modal usaha cair hari ini, bunga bersahabat.',
    'Study now, pay nothing until your first salary.',
    'Every sofa in the showroom comes with easy monthly payments and zero down.',
    'Limit kredit sampai Rp15 juta buat belanja bahan bangunan.',
  ])('%s → TERMS_MISSING', (text) => {
    expect(has(text, 'DISCLOSE.TERMS_MISSING')).toBe(true);
  });

  it.each([
    'Kulkas bisa dicicil 6 bulan 0% dengan kartu kredit bank mitra, tanpa biaya tambahan.',
    'Cicilan Rp850 ribu per bulan selama 12 bulan, bunga 1,5% per bulan, total bayar Rp10,2 juta. Berizin dan diawasi OJK.',
    'Jangan pinjam di pinjol ilegal: bunganya mencekik.',
    'Our lab checked the stroller: please follow the weight limit of 15 kg.',
    'Syarat promo: uang muka 50% untuk pemesanan kain, berlaku sampai 28 Februari 2027.',
  ])('%s → no TERMS_MISSING', (text) => {
    expect(creditHit(text)).toBe(false);
  });
});

describe('PAID_PARTNERSHIP: a giver named in words, no label', () => {
  const paidHit = (text: string): boolean => detectPaidRoundFourteen(buildDoc(text, { kind: 'post' })).length > 0;
  it.each([
    'Dikasih sama tim Kopi Lereng Merapi dua kilo biji kopi, ini review jujurku.',
    'Makasih Butik Sekar Arum yang udah minjemin kebaya ini buat kondangan.',
    'Our night at the Teluk Biru cottages was courtesy of the owners. Sunset from the deck was unreal.',
    'Kolab bareng Sambal Mak Ijah bulan ini, link beli di bio ya.',
    'Endorse minggu ini dari toko helm langganan, adem banget dipakai.',
  ])('%s → PAID_PARTNERSHIP', (text) => {
    expect(has(text, 'DISCLOSE.PAID_PARTNERSHIP')).toBe(true);
  });

  it.each([
    '#iklan Dikasih sama tim Kopi Lereng Merapi dua kilo biji kopi, ini review jujurku.',
    'Kami sekarang kolaborasi dengan mitra pembiayaan, jadi kulkas bisa dicicil.',
    'Collab with our own design team: the colours of this month.',
    'Beli sendiri ya, bukan endorse: dikasih diskon sama kasir Toko Makmur karena pelanggan lama.',
    'Bahan baku kami dikirim dari petani di Garut tiap Senin.',
  ])('%s → no PAID_PARTNERSHIP from the new detector', (text) => {
    expect(paidHit(text)).toBe(false);
  });
});

describe('FINANCE_RETURN: an asset and its gain, no risk stated', () => {
  const financeHit = (text: string): boolean => detectFinanceRoundFourteen(buildDoc(text, { kind: 'post' })).length > 0;
  it.each([
    'Vintage watches appreciate 15% a year. Start your collection with us.',
    'Taruh uang di kebun durian kami, tahun kelima tiap pohon menghasilkan Rp400.000.',
    'Simpan di tabungan emas kami. Dua tahun lagi nilainya pasti naik dua kali lipat.',
    'Stake your coins in our app and earn 9% APY.',
    'Dulu nabung receh di koperasi kami, sekarang Pak Joko udah bisa beli motor dari bunganya.',
  ])('%s → FINANCE_RETURN', (text) => {
    expect(has(text, 'DISCLOSE.FINANCE_RETURN')).toBe(true);
  });

  it.each([
    'Menurut laporan BPS, harga rumah di kota ini naik 2% setahun.',
    'Nilai ujian anak-anak naik 2 kali lipat setelah ikut kelas kami.',
    'Tabungan emas kami: nilainya bisa naik atau turun mengikuti harga pasar.',
    'Sekarang belum punya emas? Mampir ke toko kami.',
  ])('%s → no FINANCE_RETURN from the new detector', (text) => {
    expect(financeHit(text)).toBe(false);
  });
});
