// Section A of TRUST-RULES.md: over-promising. Sources are cited as the rules cite them.
import type { RuleMeta } from './meta.js';

export const CLAIM_RULES: readonly RuleMeta[] = [
  {
    id: 'CLAIM.SUPERLATIVE', category: 'claim', defaultSeverity: 'warn',
    source: 'EPI 1.2.2; OJK ad guideline; UK CAP 3.7, 3.33',
    message: { id: 'Klaim superlatif atau "satu-satunya" tanpa dasar yang disebutkan.', en: 'Superlative or "the only" claim with no stated basis.' },
    suggestion: { id: 'Sebutkan dasarnya (sumber, kategori, periode), mis. "terlaris di kategori serum, data Shopee Jan–Mar 2025", atau ganti dengan manfaat yang jujur.', en: 'Name the basis (source, category, period), e.g. "best-selling serum on Shopee, Jan–Mar 2025", or describe the real benefit instead.' },
  },
  {
    id: 'CLAIM.ABSOLUTE_GUARANTEE', category: 'claim', defaultSeverity: 'block',
    source: 'UU 8/1999 (Consumer Protection) art. 9(1)(k), 10; BPOM Reg. 3/2022',
    message: { id: 'Menjanjikan hasil pasti atau tanpa risiko.', en: 'Promises a certain result or no risk.' },
    suggestion: { id: 'Janjikan hanya yang benar-benar dijamin, dengan syaratnya: mis. "garansi tukar 7 hari untuk cacat produksi, S&K di link"; sebut bahwa hasil tiap orang bisa berbeda.', en: 'Promise only what is really guaranteed, with its terms: e.g. "7-day exchange for manufacturing defects, T&C in link"; say results vary.' },
  },
  {
    id: 'CLAIM.PURITY_100', category: 'claim', defaultSeverity: 'warn',
    source: 'EPI 1.2.3',
    message: { id: 'Klaim 100%/murni/asli/halal/alami tanpa bukti.', en: '100% / pure / genuine / halal / natural claim without proof.' },
    suggestion: { id: 'Sertakan buktinya (nomor sertifikat halal, komposisi, nomor BPOM) atau sebut persentase bahan yang sebenarnya.', en: 'Add the proof (halal certificate number, ingredient list, registration number) or state the actual share of natural ingredients.' },
  },
  {
    id: 'CLAIM.SAFETY', category: 'claim', defaultSeverity: 'block',
    source: 'UU 8/1999 art. 9(1)(j); BPOM Reg. 3/2022',
    message: { id: 'Klaim keamanan mutlak (tanpa efek samping, 100% aman).', en: 'Absolute safety claim (no side effects, 100% safe).' },
    suggestion: { id: 'Tulis "sudah terdaftar BPOM (nomor …)" dan sebut siapa yang perlu berhati-hati, mis. "lakukan uji tempel dulu".', en: 'Say what was tested or registered (with the number) and who should be careful, e.g. "patch test first".' },
  },
  {
    id: 'CLAIM.HEALTH_CURE', category: 'claim', defaultSeverity: 'block',
    source: 'BPOM Reg. 3/2022; Kepmenkes 386/1994; PP 69/1999 art. 53; EU UCPD Annex I no. 17',
    message: { id: 'Klaim menyembuhkan atau mengobati untuk produk yang bukan obat.', en: 'Cure or treatment claim for a product that is not a medicine.' },
    suggestion: { id: 'Gunakan klaim yang disetujui, mis. "membantu merawat kulit berjerawat" alih-alih "menghilangkan jerawat"; untuk keluhan medis sarankan konsultasi ke dokter.', en: 'Use the approved indication, e.g. "helps care for acne-prone skin" instead of "cures acne"; for medical complaints suggest seeing a doctor.' },
  },
  {
    id: 'CLAIM.UNSUBSTANTIATED_STAT', category: 'claim', defaultSeverity: 'warn',
    source: 'FTC substantiation policy; UK CAP 3.7',
    message: { id: 'Angka, bukti klinis atau rekomendasi ahli tanpa sumber.', en: 'Numbers, clinical proof or expert recommendation with no source.' },
    suggestion: { id: 'Sebutkan sumber dan periodenya (siapa yang menguji, berapa orang, kapan), atau hapus angkanya.', en: 'Name the source and period (who tested, how many people, when), or drop the number.' },
  },
  {
    id: 'CLAIM.AUTHORITY_ENDORSEMENT', category: 'claim', defaultSeverity: 'block',
    source: 'UU 8/1999 art. 9(1)(c)(d); EU UCPD Annex I no. 4',
    message: { id: 'Mengaku disetujui atau direkomendasikan oleh otoritas.', en: 'Claims approval or endorsement by an authority.' },
    suggestion: { id: 'Tulis fakta yang bisa dicek: "terdaftar di BPOM, nomor NA…" — BPOM mendaftarkan, tidak merekomendasikan.', en: 'State the checkable fact: "registered with BPOM, no. NA…" — a registration is not an endorsement.' },
  },
  {
    id: 'CLAIM.FAKE_FREE', category: 'claim', defaultSeverity: 'block',
    source: 'EPI ("gratis"); FTC 16 CFR 251.1; UK CAP 3.23; UCPD Annex I no. 20',
    message: { id: '"Gratis" padahal ada syarat pembelian atau biaya tersembunyi.', en: '"Free" although a purchase or a hidden cost is required.' },
    suggestion: { id: 'Sebut apa adanya: "bonus … untuk pembelian min. Rp…" dan tulis semua biaya (ongkir, perpanjangan otomatis).', en: 'Call it what it is: "bonus … with a purchase over …", and state every cost (shipping, automatic renewal).' },
  },
  {
    id: 'CLAIM.COMPETITOR_DISPARAGE', category: 'claim', defaultSeverity: 'warn',
    source: 'UU 8/1999 art. 9(1)(i) (unverified); EPI comparison section',
    message: { id: 'Menjelekkan pesaing.', en: 'Runs down competitors.' },
    suggestion: { id: 'Bicarakan kelebihan produk sendiri dengan fakta; untuk produk palsu, arahkan ke toko resmi tanpa menyerang pihak lain.', en: 'Talk about your own product with facts; for counterfeits, point to official stores without attacking others.' },
  },
  {
    id: 'CLAIM.TESTIMONIAL', category: 'claim', defaultSeverity: 'warn',
    source: 'EPI testimony section; FTC 16 CFR 255; UCPD Annex I no. 23b/c',
    message: { id: 'Testimoni yang tidak bisa diverifikasi atau testimoni penyembuhan.', en: 'Unverifiable testimonial or cure testimonial.' },
    suggestion: { id: 'Tampilkan pengalaman nyata dengan nama/izin pelanggan dan tulis "hasil tiap orang bisa berbeda"; jangan pakai testimoni penyembuhan.', en: 'Show real experiences with the customer\'s consent and add "results vary"; do not use cure testimonials.' },
  },
];
