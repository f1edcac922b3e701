// What an inbox message or an FAQ question is about, in words an officer would use: the price,
// how a product feels, a late or damaged parcel, a refund, a skin reaction… Suggestions that
// share the message's topic rank up; one about another topic ranks down, and none at all is
// offered when nothing shares it and the words barely match (an honest "no good match").
// Word lists for everyday Indonesian (slang already expanded) and English.
import { normaliseSearchTerm } from './suggestions.js';

export type Topic =
  | 'price' | 'usage' | 'shipping' | 'hours' | 'registration' | 'order_status' | 'damaged' | 'refund' | 'reaction'
  | 'payment' | 'official' | 'pregnancy' | 'promo' | 'reseller' | 'routine' | 'ordering' | 'thanks' | 'collab'
  | 'address' | 'expiry' | 'men' | 'texture_change' | 'restock';

const TOPIC_WORDS: Readonly<Record<Topic, string>> = {
  price: 'harga harganya berapa berapaan brp price cost much ml ukuran isi stok stock ready tersedia available kosong',
  usage: 'pakai pake dipakai dipake memakai cara tekstur lengket kental cair encer berminyak berat whitecast white cast reapply cocok kulit berminyak kering sensitif jerawat busa foam sticky texture greasy feel apply use using oily dry sensitive makeup waterproof mascara warna color colour often tiap kali sehari daily diulang ulang',
  shipping: 'ongkir pengiriman kirim dikirim kurir ship shipping delivery deliver days hari lama',
  hours: 'jam buka online operasional minggu sunday sundays hours open time',
  registration: 'bpom halal terdaftar registered approved certified registrasi',
  order_status: 'pesanan paket resi order package tracking arrived belum sampai nyampe dateng datang shipped status cek',
  damaged: 'rusak pecah retak bocor tumpah patah penyok salah broken cracked leaking leak crushed damaged wrong tutup',
  refund: 'refund dana cair pengembalian',
  reaction: 'merah perih gatal gatal-gatal iritasi breakout red itchy sting stings burning rash bengkak kering',
  payment: 'cod bayar pembayaran transfer gopay ovo dana kartu kredit credit card pay payment cash',
  official: 'asli ori original palsu kw resmi official toko store shopee tokopedia marketplace seller fake real otp admin',
  pregnancy: 'hamil menyusui pregnant pregnancy breastfeeding',
  promo: 'promo diskon voucher kode gajian discount code payday bundling sale',
  reseller: 'reseller agen distributor',
  routine: 'urutan barengan bareng sebelum sesudah together order before after',
  ordering: 'order pesan pesannya beli checkout buy link',
  thanks: 'makasih terima kasih thanks thank love amazing best cerah kempes',
  collab: 'endorse kerjasama collab collabs collaboration influencer creator creators pr',
  address: 'alamat address typo ganti ubah diubah change',
  expiry: 'expired kedaluwarsa kadaluarsa expiry expiration shelf dibuka opened',
  men: 'cowok pria suami laki men guys man gender',
  texture_change: 'beda berbeda batch baru sekarang biasanya different new thicker runnier last',
  restock: 'restock kapan lagi back',
};

const WORD_TOPICS: ReadonlyMap<string, readonly Topic[]> = (() => {
  const map = new Map<string, Topic[]>();
  for (const [topic, list] of Object.entries(TOPIC_WORDS) as Array<[Topic, string]>) {
    for (const word of list.split(/\s+/)) {
      const topics = map.get(word) ?? [];
      topics.push(topic);
      map.set(word, topics);
    }
  }
  return map;
})();

/** Terms of a text as the search sees them (slang expanded, address words dropped). */
export function searchTerms(text: string): string[] {
  // Two-word names of one thing are one term here, so "sama" or "kasih" alone mean nothing.
  return text.toLowerCase().replace(/\bkerja sama\b/g, 'kerjasama').split(/[^\p{L}\p{N}-]+/u).flatMap((term) => (term === '' ? [] : normaliseSearchTerm(term)));
}

/** How many words of each topic the text holds. */
export function topicCounts(terms: readonly string[]): Map<Topic, number> {
  const counts = new Map<Topic, number>();
  for (const term of terms) for (const topic of WORD_TOPICS.get(term) ?? []) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return counts;
}

/** Topics the analysis establishes from its reasons: a complaint about damage, a health reaction, thanks. */
export function topicsFromReasons(reasons: readonly string[], intents: readonly string[]): Topic[] {
  const topics: Topic[] = [];
  if (reasons.includes('reports_damage') || reasons.includes('wrong_item')) topics.push('damaged');
  if (reasons.includes('reports_delay')) topics.push('order_status');
  if (reasons.includes('refund_issue')) topics.push('refund');
  if (reasons.includes('health_risk')) topics.push('reaction');
  if (reasons.includes('counterfeit_or_scam')) topics.push('official');
  if (intents.includes('praise') && !intents.includes('complaint') && !intents.includes('question')) topics.push('thanks');
  if (intents.includes('purchase_intent')) topics.push('ordering');
  return topics;
}
