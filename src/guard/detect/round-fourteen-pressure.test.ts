// Round fourteen pressure shapes (detect/fomo-round-fourteen.ts, detect/cta-round-fourteen.ts). Texts written for this
// test, not taken from any corpus split or blind set: flagged drafts, then clean look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.filter((f) => !f.rule.endsWith('.LEARNED')).map((f) => f.rule);

describe('round fourteen FOMO: the reader set against a group', () => {
  it.each([
    // Others gain while the reader waits.
    'Lihat teman seangkatan sudah kerja di luar negeri, sementara kamu masih ragu ambil kursus bahasa.',
    'While everyone else is booking their summer, you are still thinking about it.',
    // Real members, an identity denied.
    'Real coffee people have already found our roastery.',
    'Penikmat batik sejati pasti punya koleksi tulis ini. Kalau belum, yakin masih mau ngaku pecinta batik?',
    'Anak Medan tapi belum pernah makan bika di sini?',
    // Seen and judged by others.
    'Yang masih pakai tas kresek ke pasar siap-siap diliatin ibu-ibu.',
    'Still driving the old hatchback? Your colleagues can tell.',
    // Regret held up, the reader behind.
    'Tetangga saya menyesal menunda. Jangan sampai Bapak juga menyesal seperti dia.',
    'Yang nunggu harga turun biasanya akhirnya menyesal.',
    'Semua sudah upgrade. Mau ketinggalan terus?',
    // Eastern Indonesian Malay.
    'Orang sekampung su pake jaring baru, ko masih pake jaring lama?',
    'Katong semua su daftar, tinggal ale sendiri.',
    'Kalau ale seng datang ke pesta, ale yang rugi.',
    // Parents and children.
    'Bunda yang sayang anak pasti pilih sabun yang lembut.',
    'Smart mums always pick the organic range.',
    'Teman seusianya sudah lancar membaca, si kecil kapan?',
    'Jangan biarkan si kecil tertinggal dari teman-temannya.',
    'Nanti anakmu tanya kenapa teman-temannya punya sepeda dan dia tidak.',
    'Is your child getting left behind in reading?',
    "You'd hate to be the mum who forgot the costume on dress-up day.",
    "Moms who care don't settle for scratchy onesies.",
    'Ibu yang baik tidak akan membiarkan anaknya jajan sembarangan.',
    // The teller as the odd one out, or their mistake held up.
    'I was the only parent at the party without a gift bag. Never again.',
    'Sekarang anak saya paling ketinggalan di kelas. Jangan ulangi kesalahan saya, Bun.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('PRESSURE.FOMO_SHAME');
  });
});

describe('round fourteen FOMO: clean look-alikes', () => {
  it.each([
    'Enjoy a free coffee while you wait for your order.',
    'Real results from real customers, photos shared with permission.',
    'Gamer sejati nggak bakal top up di situs abal-abal, mending di sini yang resmi.',
    'Masih malu senyum karena gigi kuning? Konsultasi gratis di klinik kami.',
    'Varian yang lain sudah habis, masih ada yang merah.',
    'Di usia 6 bulan, bayi sudah bisa mulai MPASI. Konsultasikan dengan dokter anak.',
    'Supaya anak tidak ketinggalan pelajaran, les kami buka kelas sore.',
    'Kalau kamu ketinggalan info promo, cek highlight IG kami.',
    'If you still skip sunscreen, your skin will notice the difference.',
    'Dari sekian banyak toko, hanya kami yang masih membuat sendiri.',
    'At our guesthouse every room has its own hot shower.',
    'Teman-teman sudah pada datang ke pos 2, kami tunggu di sana.',
    'Ibu-ibu sudah pada datang ke bazar kemarin, terima kasih! Bagi Ibu yang belum sempat, bazar berikutnya 14 Desember.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('PRESSURE.FOMO_SHAME');
  });
});

describe('round fourteen CTA_STACK', () => {
  it.each([
    'Monggo pesan lewat WA, transfer, lalu kirim bukti bayarnya.',
    'Daftar turnamennya, gas DM admin, terus ajak teman kamu.',
    'Call our hotline, book online, or walk in at any branch.',
    'Drop a comment, hit the cart, and share this live.',
    'Follow kami ✅ Share ke temanmu ✅ Tag 3 orang',
    'Happy to help! Just order through the app and send us your receipt.',
    'Stream the single, pre-save the album.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('PRESSURE.CTA_STACK');
  });

  it.each([
    'Save Rp500,000 a month with the Kampung Coffee Co-op and watch it grow.',
    'Beli PS5 pakai paylater, bayarnya bulan depan saja.',
    'Gratis e-book doa harian untuk yang sudah checkout buku panduan.',
    'Stiker gratis, ambil saja di booth, nggak perlu follow atau share apa-apa.',
    'Reformer classes suit most beginners; if you are pregnant, check with your doctor first and tell your instructor.',
    'Bisa dicicil pakai paylater, tinggal pilih tenor di checkout.',
    'Anak-anak, ajak orang tuamu ke toko dan pilih mainannya.',
  ])('no stack: %s', (text) => {
    expect(rules(text)).not.toContain('PRESSURE.CTA_STACK');
  });
});
