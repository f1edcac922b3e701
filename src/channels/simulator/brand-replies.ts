// Replies an officer of the demo brand would have written, for the seeded history: the inbox
// should look worked on the first screen. Slots: {name} {productName} {price} {limitation} {hours}.
import type { BrandProfile } from './brand.js';
import { formatRupiah } from './brand.js';
import type { MessageCategory } from './categories.js';
import type { MessageLanguage } from './followers.js';
import { pick, type RandomSource } from './random.js';

type ReplyTable = Readonly<Partial<Record<MessageCategory, Readonly<Record<MessageLanguage, readonly string[]>>>>>;

const REPLIES: ReplyTable = {
  price_question: {
    id: ['Halo kak {name}! {productName} harganya {price} ya 😊 Bisa order lewat link di bio atau DM kami.', 'Hai kak {name}, {productName} {price} ya. Cek juga promo gajian tanggal 25–27, gratis ongkir 🙌'],
    en: ['Hi {name}! {productName} is {price}. You can order through the link in our bio 😊'],
  },
  stock_question: {
    id: ['Hai kak {name}, {productName} {stock} 🙏'],
    en: ['Hi {name}! {productName} {stockEn} 🙏'],
  },
  shipping_question: {
    id: ['Halo kak {name}! Kami kirim dari Jakarta Barat pakai JNE, J&T atau SiCepat. Ongkir tergantung kota, bisa dicek saat checkout ya 😊', 'Bisa kak {name} 🙌 Pesanan sebelum jam 14.00 WIB dikirim di hari yang sama (Senin–Sabtu).'],
    en: ['Hi {name}! We ship from West Jakarta with JNE, J&T or SiCepat. Shipping cost depends on your city and shows at checkout 😊'],
  },
  hours_question: {
    id: ['Halo kak {name}, CS kami online {hours} ya 🙏 Pesan di luar jam itu kami balas besok pagi.'],
    en: ['Hi {name}, our team is online {hours} 🙏 Messages outside those hours get a reply the next morning.'],
  },
  product_question: {
    id: ['Hai kak {name}! Soal {productName}: {limitation} Kalau ragu, patch test dulu di belakang telinga ya 🤍', 'Halo kak {name}, semua produk kami terdaftar BPOM dan bersertifikat halal 🙏 Nomor BPOM ada di kemasan.'],
    en: ['Hi {name}! About {productName}: {limitation} If in doubt, patch test behind the ear first 🤍'],
  },
  order_status: {
    id: ['Halo kak {name}, maaf menunggu 🙏 Kami sudah cek, pesanannya sudah dikirim. Resi kami kirim lewat DM ya.', 'Hai kak {name}, boleh DM nomor pesanannya? Kami cek langsung ke gudang 🙏'],
    en: ['Hi {name}, sorry for the wait 🙏 Your order has shipped, we\'ve sent the tracking number by DM.'],
  },
  complaint: {
    id: ['Maaf banget kak {name} atas pengalamannya 🙏 Boleh DM nomor pesanan dan fotonya? Kami bantu sampai beres.', 'Kak {name}, maaf ya, ini nggak seharusnya terjadi. Kami ganti barangnya, detailnya kami lanjutkan di DM 🙏'],
    en: ['So sorry about this, {name} 🙏 Could you DM us your order number and a photo? We\'ll make it right.'],
  },
  sarcasm: {
    id: ['Kak {name}, maaf banget, ini memang nggak seharusnya terjadi 🙏 Kami cek sekarang, boleh DM nomor pesanannya?'],
    en: ['{name}, that\'s fair, and we\'re sorry 🙏 Please DM us your order number and we\'ll sort it out today.'],
  },
  praise: {
    id: ['Makasih banyak kak {name}! Seneng banget dengernya 🥰', 'Aaa makasih kak {name} 🤍 Semoga kulitnya makin sehat ya!'],
    en: ['Thank you so much, {name}! Made our day 🥰'],
  },
  purchase_intent: {
    id: ['Siap kak {name}! Bisa checkout lewat link di bio, atau DM kami untuk order langsung 😊'],
    en: ['Great, {name}! You can check out via the link in our bio, or DM us to order directly 😊'],
  },
  urgent: {
    id: ['Kak {name}, maaf sekali 🙏 Kami tanggapi serius. Tim kami sudah menghubungi lewat DM hari ini.'],
    en: ['{name}, we\'re sorry and we take this seriously 🙏 Our team has reached out by DM today.'],
  },
};

/** Where the topic changes what a good answer is (health first; stock depends on the product). */
const TOPIC_REPLIES: Readonly<Record<string, Readonly<Record<MessageLanguage, readonly string[]>>>> = {
  'urgent:allergy': {
    id: ['Kak {name}, tolong hentikan pemakaian dulu dan bilas dengan air bersih. Kalau bengkak atau sesak, segera ke dokter ya. Kami sudah DM untuk tindak lanjut 🙏'],
    en: ['{name}, please stop using it and rinse with clean water. If there is swelling or trouble breathing, see a doctor right away. We\'ve sent you a DM 🙏'],
  },
  'urgent:regulator': {
    id: ['Halo kak {name}, semua produk kami terdaftar BPOM; nomornya ada di kemasan dan bisa dicek di cekbpom.pom.go.id. Kami juga sudah DM untuk bantu soal pesanannya 🙏'],
    en: ['Hi {name}, all our products are BPOM registered; the number is on the pack and can be checked at cekbpom.pom.go.id. We\'ve also sent you a DM about your order 🙏'],
  },
  'complaint:refund': {
    id: ['Kak {name}, maaf prosesnya lama 🙏 Refund kami proses maksimal 3 hari kerja, kami kabari lewat DM begitu dana dikirim.'],
    en: ['{name}, sorry it\'s taking long 🙏 Refunds are processed within 3 working days; we\'ll confirm by DM once it\'s sent.'],
  },
  'complaint:late_parcel': {
    id: ['Maaf banget kak {name} paketnya telat 🙏 Kami sudah cek ke kurir, detailnya kami kirim lewat DM ya.'],
    en: ['So sorry your parcel is late, {name} 🙏 We\'ve checked with the courier and sent the details by DM.'],
  },
};

export interface BrandReplyContext {
  brand: BrandProfile;
  category: MessageCategory;
  language: MessageLanguage;
  topic?: string;
  /** The follower's display name; its first word is used. */
  displayName: string;
  productId?: string;
}

/** A reply the officer would send to a message of this category, or null for ones left alone. */
export function brandReplyText(context: BrandReplyContext, random: RandomSource): string | null {
  const templates = TOPIC_REPLIES[`${context.category}:${context.topic ?? ''}`]?.[context.language] ?? REPLIES[context.category]?.[context.language];
  if (templates === undefined) return null;
  const product = context.brand.products.find((candidate) => candidate.id === context.productId) ?? pick(random, context.brand.products);
  const name = context.displayName.split(/\s+/)[0]?.replace(/[^\p{L}\p{N}]/gu, '') || (context.language === 'id' ? 'kak' : 'there');
  const values: Readonly<Record<string, string>> = {
    name,
    productName: product.name,
    price: formatRupiah(product.priceRupiah),
    limitation: product.limitation[context.language],
    hours: context.brand.serviceHours[context.language],
    stock: product.inStock ? 'ready ya, bisa langsung checkout' : 'lagi kosong, perkiraan restock awal bulan depan. Maaf ya sudah menunggu',
    stockEn: product.inStock ? 'is in stock, you can check out right away' : 'is sold out for now; we expect it back early next month. Sorry for the wait',
  };
  return pick(random, templates).replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}
