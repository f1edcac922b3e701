// The demo brand's FAQ, in Indonesian and English: per product its price and stock and how it
// is used (texture, skin type), and the questions every skincare inbox gets (shipping, late or
// damaged parcels, refunds, skin reactions, payment, authenticity, pregnancy, promos). Each
// entry has a stable key, so the suggestion eval (corpora/suggest) can name the one that answers.
import { formatRupiah, GLOWRIA, type BrandProduct } from '../channels/simulator/brand.js';

export interface DemoFaqEntry {
  /** Stable name: `price:serum:id`, `refund:en`… */
  key: string;
  language: 'id' | 'en';
  question: string;
  answer: string;
}

/** How each product feels and is used: what followers ask once they hold it. */
const USAGE: Readonly<Record<string, { id: [string, string]; en: [string, string] }>> = {
  serum: {
    id: ['Cara pakai serum niacinamide? Teksturnya gimana, cocok untuk kulit apa?', 'Teksturnya cair ringan dan cepat meresap, tidak lengket. Pakai 2–3 tetes setelah cuci muka, malam hari; minggu pertama cukup selang-seling hari. Cocok untuk semua jenis kulit; jangan dipakai bersamaan dengan eksfoliasi AHA/BHA di malam yang sama.'],
    en: ['How do I use the niacinamide serum? What is the texture like and which skin is it for?', 'It is a light, watery serum that sinks in fast and is not sticky. Use 2–3 drops after cleansing at night; every other night in the first week. Suits all skin types; do not layer it with an AHA/BHA exfoliant the same night.'],
  },
  cleanser: {
    id: ['Cara pakai gel cleanser? Busanya banyak nggak, cocok untuk kulit sensitif?', 'Gel bening dengan busa tipis dan pH 5,5, jadi tidak bikin kulit ketarik. Pakai pagi dan malam di wajah basah, pijat 30 detik lalu bilas. Cocok untuk kulit sensitif; untuk makeup waterproof pakai pembersih makeup dulu.'],
    en: ['How do I use the gel cleanser? Does it foam a lot, is it OK for sensitive skin?', 'A clear gel with a light foam at pH 5.5, so skin does not feel tight. Use morning and night on wet skin, massage for 30 seconds and rinse. Fine for sensitive skin; remove waterproof makeup first.'],
  },
  moisturizer: {
    id: ['Tekstur moisturizer barrier gel gimana? Lengket nggak, cocok untuk kulit berminyak?', 'Gel ringan berbahan ceramide yang cepat meresap dan tidak lengket, cocok untuk kulit berminyak dan kombinasi. Pakai pagi dan malam setelah serum. Kulit sangat kering mungkin perlu lapisan tambahan di malam hari.'],
    en: ['What is the barrier gel moisturizer like? Is it sticky, does it suit oily skin?', 'A light ceramide gel that absorbs quickly and is not sticky; good for oily and combination skin. Use morning and night after serum. Very dry skin may need an extra layer at night.'],
  },
  sunscreen: {
    id: ['Sunscreen-nya ada white cast nggak? Cara pakainya gimana, bikin berminyak?', 'Teksturnya krim ringan; white cast tipis hilang dalam semenit dan hasil akhirnya natural, tidak berminyak. Pakai dua ruas jari sebagai langkah terakhir pagi hari, dan aplikasikan ulang tiap 2–3 jam saat di luar ruangan.'],
    en: ['Does the sunscreen leave a white cast? How do I apply it, is it greasy?', 'A light cream: a faint cast fades within a minute to a natural, non-greasy finish. Apply two finger lengths as the last morning step and reapply every 2–3 hours outdoors.'],
  },
  'acne-spot': {
    id: ['Cara pakai acne spot gel? Berapa lama jerawat kempes?', 'Totolkan tipis di jerawat yang meradang 2 kali sehari setelah cuci muka. Biasanya jerawat ringan mereda dalam 2–3 hari. Untuk jerawat batu atau kistik sebaiknya periksa ke dokter kulit.'],
    en: ['How do I use the acne spot gel? How fast does a spot go down?', 'Dab a thin layer on inflamed spots twice a day after cleansing; mild spots usually calm down in 2–3 days. Cystic acne is a job for a dermatologist.'],
  },
  'lip-serum': {
    id: ['Lip serum-nya lengket nggak? Warnanya gimana di bibir?', 'Teksturnya sedikit lengket di menit pertama lalu jadi lembap. Warnanya tint tipis yang bisa berbeda sedikit dari foto tergantung warna bibir asli. Bisa dipakai malam hari sebagai lip mask.'],
    en: ['Is the lip serum sticky? What does the colour look like?', 'Slightly tacky for the first minute, then just moist. The tint is sheer and can look a little different from the photo depending on your natural lip colour. Works as an overnight lip mask too.'],
  },
};

function productEntries(product: BrandProduct): DemoFaqEntry[] {
  const price = formatRupiah(product.priceRupiah);
  const stock = product.inStock ? { id: 'Stok tersedia.', en: 'In stock.' } : { id: 'Stok sedang kosong, kami kabari saat tersedia lagi.', en: 'Out of stock right now; we will announce the restock.' };
  const entries: DemoFaqEntry[] = [
    { key: `price:${product.id}:id`, language: 'id', question: `Berapa harga ${product.name}? Masih ready stok?`, answer: `${product.name} (${product.size}) harganya ${price}. ${stock.id} Catatan: ${product.limitation.id}` },
    { key: `price:${product.id}:en`, language: 'en', question: `How much is ${product.name}? Is it in stock?`, answer: `${product.name} (${product.size}) is ${price}. ${stock.en} Note: ${product.limitation.en}` },
  ];
  const usage = USAGE[product.id];
  if (usage !== undefined) {
    entries.push({ key: `usage:${product.id}:id`, language: 'id', question: `${product.name}: ${usage.id[0]}`, answer: usage.id[1] });
    entries.push({ key: `usage:${product.id}:en`, language: 'en', question: `${product.name}: ${usage.en[0]}`, answer: usage.en[1] });
  }
  return entries;
}

/** Questions about the shop rather than one product: [key, id question, id answer, en question, en answer]. */
const GENERAL: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['shipping', 'Berapa lama pengiriman dan ongkirnya?', `Pesanan dikirim dari ${GLOWRIA.shipsFrom} di hari kerja yang sama bila masuk sebelum 14.00 WIB. Estimasi Jawa 2–3 hari, luar Jawa 3–7 hari kerja; ongkir sesuai kurir yang dipilih di checkout.`,
    'How long does shipping take and how much does it cost?', `Orders ship from ${GLOWRIA.shipsFrom} the same working day if placed before 2pm WIB. Java 2–3 days, outside Java 3–7 working days; the shipping fee depends on the courier you pick at checkout.`],
  ['hours', 'Jam berapa admin online? Jam operasional?', `Admin online ${GLOWRIA.serviceHours.id}. Pesan di luar jam itu kami balas di jam kerja berikutnya.`,
    'What are your opening hours? When is the admin online?', `We answer ${GLOWRIA.serviceHours.en}. Messages outside those hours get a reply the next working morning.`],
  ['bpom', 'Apakah produk sudah BPOM dan halal?', 'Semua produk terdaftar di BPOM dan bersertifikat halal; nomor notifikasinya tercantum di kemasan dan bisa dicek di cekbpom.pom.go.id.',
    'Are your products BPOM registered and halal?', 'All our products are BPOM registered and halal certified; the notification number is on the pack and can be checked at cekbpom.pom.go.id.'],
  ['order-status', 'Pesanan saya belum sampai, bagaimana cek statusnya?', 'Mohon maaf menunggu. Boleh DM nomor pesanannya? Kami cek langsung ke kurir dan kabari hari ini. Resi juga bisa dicek di halaman pesanan.',
    'My order has not arrived yet. How can I check its status?', 'Sorry for the wait. Please DM us your order number and we will check with the courier and update you today. The tracking number is also on your order page.'],
  ['damaged', 'Barang datang rusak, bocor atau salah kirim, bisa ditukar?', 'Maaf atas kejadiannya. Kirim foto atau video unboxing dan nomor pesanan lewat DM paling lambat 2×24 jam setelah paket diterima; kami kirim pengganti tanpa biaya.',
    'My item arrived damaged, leaking or wrong. Can I exchange it?', 'Sorry about that. DM us a photo or unboxing video and your order number within 48 hours of delivery and we will send a replacement free of charge.'],
  ['refund', 'Berapa lama proses refund? Refund saya belum masuk.', 'Refund kami proses paling lambat 3 hari kerja setelah pengajuan disetujui, ke metode pembayaran semula. Kalau sudah lewat, DM nomor pesanannya, kami cek hari ini.',
    'How long does a refund take? My refund has not arrived.', 'Refunds are processed within 3 working days of approval, to the original payment method. If it has been longer, DM us your order number and we will check today.'],
  ['reaction', 'Kulit merah, gatal atau perih setelah pakai produk, harus bagaimana?', 'Mohon hentikan pemakaian dulu dan bilas dengan air bersih. Kalau kemerahan, gatal atau bengkak berlanjut, segera periksa ke dokter. DM nomor pesanan dan fotonya supaya kami bantu tindak lanjutnya.',
    'My skin got red, itchy or stings after using a product. What should I do?', 'Please stop using it and rinse with clean water. If redness, itching or swelling continues, see a doctor. DM us your order number and a photo so we can follow up.'],
  ['payment', 'Bisa COD? Metode pembayarannya apa saja?', 'Bisa bayar lewat transfer bank, e-wallet (GoPay, OVO, DANA), kartu kredit, dan COD untuk alamat yang dijangkau kurir COD.',
    'Can I pay cash on delivery? Which payment methods do you accept?', 'You can pay by bank transfer, e-wallet (GoPay, OVO, DANA), credit card, and cash on delivery where the courier offers it.'],
  ['official', 'Beli yang asli di mana? Toko resminya apa saja?', 'Produk asli hanya dari website glowria.id dan toko resmi Glowria di Shopee dan Tokopedia (bercentang resmi). Kami tidak pernah meminta transfer lewat DM atau kode OTP.',
    'Where can I buy the original? Which stores are official?', 'Originals are sold only on glowria.id and the official Glowria stores on Shopee and Tokopedia (with the official badge). We never ask for a transfer by DM or for an OTP code.'],
  ['pregnancy', 'Apakah aman untuk ibu hamil dan menyusui?', 'Produk kami tanpa retinol dan tanpa merkuri, tetapi untuk ibu hamil dan menyusui sebaiknya konsultasikan dulu dengan dokter kandungan sebelum memakai produk baru.',
    'Is it safe during pregnancy and breastfeeding?', 'Our products contain no retinol and no mercury, but if you are pregnant or breastfeeding please check with your doctor before starting a new product.'],
  ['promo', 'Ada promo atau kode diskon bulan ini?', 'Promo gajian tiap tanggal 25–27: gratis ongkir dan diskon bundling. Kode voucher diumumkan di Instagram kami; satu kode untuk satu pesanan.',
    'Any promo or discount code this month?', 'Payday promo every 25th–27th: free shipping and bundle discounts. Voucher codes are announced on our Instagram; one code per order.'],
  ['reseller', 'Bagaimana cara jadi reseller Glowria?', 'Pendaftaran reseller lewat formulir di link bio; minimal order 12 pcs campur dengan diskon 20%. Tim kami menghubungi dalam 3 hari kerja.',
    'How do I become a Glowria reseller?', 'Sign up through the form in our bio link; minimum order 12 mixed pieces at 20% off. Our team gets back to you within 3 working days.'],
  ['routine', 'Urutan pakai skincare Glowria gimana? Boleh dipakai bareng?', 'Urutan pagi: cleanser, serum, moisturizer, sunscreen. Malam: cleanser, serum, moisturizer, lalu acne spot gel di jerawat saja. Semua bisa dipakai bersama.',
    'What order do I use Glowria products in? Can I use them together?', 'Morning: cleanser, serum, moisturizer, sunscreen. Night: cleanser, serum, moisturizer, then acne spot gel on spots only. They all work together.'],
  ['how-to-order', 'Cara order gimana? Mau beli', 'Bisa checkout lewat link di bio (website atau toko resmi kami), atau DM kami nama, alamat dan produknya untuk order langsung.',
    'How do I order? I want to buy', 'You can check out through the link in our bio (our website or official stores), or DM us your name, address and the products to order directly.'],
];

export function demoFaq(): DemoFaqEntry[] {
  const entries = GLOWRIA.products.flatMap(productEntries);
  for (const [key, idQuestion, idAnswer, enQuestion, enAnswer] of GENERAL) {
    entries.push({ key: `${key}:id`, language: 'id', question: idQuestion, answer: idAnswer });
    entries.push({ key: `${key}:en`, language: 'en', question: enQuestion, answer: enAnswer });
  }
  return entries;
}
