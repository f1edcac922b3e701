// The brand's own posts: the roots that comments hang under. Written in the soft-selling, honest
// voice the trust pillar asks for (limitations said plainly), and short enough for X and Bluesky.
import type { MessageLanguage } from './followers.js';

export interface BrandPostTemplate {
  language: MessageLanguage;
  text: string;
}

export const BRAND_POSTS: readonly BrandPostTemplate[] = [
  { language: 'id', text: 'Kulit berminyak tetap butuh pelembab, lho 💧 Barrier Moisture Gel teksturnya ringan dan cepat meresap. Catatan jujur: untuk kulit sangat kering, mungkin perlu lapisan kedua di malam hari.' },
  { language: 'id', text: 'Niacinamide bukan sulap ✨ Bright Serum membantu memudarkan bekas jerawat bertahap, biasanya 4–8 minggu pemakaian rutin. Ada yang sudah pakai sebulan? Cerita di komentar ya!' },
  { language: 'id', text: 'Sunscreen bukan cuma buat ke pantai ☀️ Pakai tiap pagi, ulangi tiap 2–3 jam kalau di luar ruangan. Daily Sunscreen SPF 50 kami tanpa whitecast, tapi tetap perlu diulang ya.' },
  { language: 'id', text: 'Update restock: Tinted Lip Serum masih kosong 🙏 Kami lagi menunggu bahan baku, perkiraan awal bulan depan. Maaf banget buat yang sudah nunggu lama.' },
  { language: 'id', text: 'Q&A hari Jumat! Tanya apa aja soal urutan skincare, kandungan, atau cocok-tidaknya produk kami di kulitmu. Tim kami jawab satu-satu 💬' },
  { language: 'id', text: 'Acne Spot Gel kami untuk jerawat meradang ringan. Kalau jerawatmu besar, keras dan nyeri, lebih baik konsultasi ke dokter kulit dulu ya 🤍' },
  { language: 'id', text: 'Di balik layar: tiap botol dicek segelnya sebelum dikirim dari gudang Jakarta Barat 📦 Kalau segelmu rusak saat diterima, kabari kami lewat DM, kami ganti.' },
  { language: 'id', text: 'Gentle Gel Cleanser: pH seimbang, tanpa pewangi. Tapi jujur, dia nggak kuat angkat waterproof makeup, jadi double cleansing dulu ya 🫧' },
  { language: 'id', text: 'Promo gajian 🎉 Gratis ongkir se-Indonesia untuk belanja minimal Rp150.000, 25–27 November. Tanpa kode, langsung di checkout.' },
  { language: 'id', text: 'Terima kasih 10 ribu followers! 🥹 Kalian yang bikin Glowria sampai di sini. Ceritain produk Glowria favoritmu di komentar ya.' },
  { language: 'en', text: 'New to skincare? Start simple: cleanser, moisturizer, sunscreen. That\'s it. Add a serum later, once your skin is happy 🌿' },
  { language: 'en', text: 'Honest note: our Bright Serum fades dark spots gradually, usually over 4–8 weeks. It won\'t erase them overnight, and that\'s okay.' },
];
