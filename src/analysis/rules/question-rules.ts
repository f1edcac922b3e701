// What a question asks about. Topic rules fire only on text that reads as a question, so
// "harga naik terus" (a complaint) is not `asks_price`.
import { onNormalized, type Rule, type RuleText } from './rule.js';

const ADDRESS = String.raw`(?: (?:kak|ka|kakak|min|admin|mimin|gan|sis|sist|bro|bang|mas|mba|mbak|bun|om|ya|yah|dong|sih|kah|nih|deh))*`;

// A question mark, an interrogative word, or a yes/no tag at the end ("bisa cod ga kak").
const QUESTION_CUE = new RegExp(
  [
    String.raw`\?`,
    String.raw`^(?:(?:halo|hai|hi|hello|hey|permisi|kak|min|sis|gan|admin|,)\s+)*(?:apa|what(?! the (?:hell|heck|fuck))|what's|when|where|why|how|who|which|is|are|do|does|did|can|could|will|would|any|should|may)\b(?! not\b)`,
    String.raw`\b(?:apakah|bisakah|adakah|bolehkah|berapa|kapan|dimana|bagaimana|kenapa|mengapa|tanya|nanya|bertanya|mau tahu|info (?:dong|lokasi|harga)|sampai mana|kemana|mana ya)\b(?!-)`,
    String.raw`\b(?:tidak|belum|atau tidak|apa tidak|ready|masih ada)${ADDRESS}\s*$`,
  ].join('|'),
);

export function readsAsQuestion(text: RuleText): boolean {
  return QUESTION_CUE.test(text.normalized);
}

export const QUESTION_TOPIC_RULES: readonly Rule[] = [
  onNormalized('asks_price', 'harga price pricelist much biaya tarif cost berapaan berapa', /\b(?:harga|price|pricelist|how much|biaya|tarif|cost|berapaan)\b|\bberapa(?: (?:kak|ka|sis|min|gan|ya))*\s*(?:\?|$)/),
  onNormalized('asks_stock', 'ready stok stock restock available availability sold habis kosong ada in back', /\b(?:ready|stok|stock|restock|available|availability|sold out|habis|kosong|masih ada|ada (?:warna|ukuran|size|varian|tester|stok)|in stock|back)\b/),
  onNormalized('asks_shipping', 'ongkir ongkos kirim dikirim pengiriman ekspedisi kurir cod deliver delivery ship shipping shipped antar diantar gosend grab sampai', /\b(?:ongkir|ongkos kirim|kirim|dikirim|pengiriman|ekspedisi|kurir|cod|deliver|delivery|ship|shipping|shipped|antar|diantar|gosend|grab|sampai)\b/),
  onNormalized('asks_hours', 'buka tutup jam open opening close closing libur tanggal lebaran last', /\b(?:buka|tutup|jam operasional|open|opening hours|close|closing|libur|tanggal merah|lebaran|last order)\b/),
  onNormalized('asks_order_status', 'resi tracking status posisi pesanan paket paketku pesananku my order update', /\b(?:resi|tracking|status|posisi|pesanan (?:saya|aku)|paket (?:saya|aku)|paketku|pesananku|my order|my package|order (?:saya|aku)|update on my)\b/),
  onNormalized('asks_location', 'alamat lokasi cabang outlet dimana where store toko terdekat nearest', /\b(?:alamat|lokasi|cabang|outlet|dimana|where|store|toko|terdekat|nearest)\b/),
  onNormalized('asks_payment', 'bayar pembayaran transfer rekening cicil dicicil payment pay qris shopeepay gopay ovo virtual paylater invoice', /\b(?:bayar|pembayaran|transfer|rekening|cicil|dicicil|payment|pay|qris|shopeepay|gopay|ovo|virtual account|paylater|invoice)\b/),
  onNormalized('asks_promo', 'promo diskon voucher discount sale potongan kode code giveaway', /\b(?:promo|diskon|voucher|discount|sale|potongan|kode (?:voucher|promo|diskon|referral)|promo code|discount code|giveaway)\b/),
  onNormalized('asks_return', 'retur return tukar tuker ganti refund garansi warranty exchange', /\b(?:retur|return|tukar|tuker|ganti ukuran|refund|garansi|warranty|exchange)\b/),
];
