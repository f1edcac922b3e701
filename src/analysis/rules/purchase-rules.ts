// Signs that a follower wants to buy: an order in so many words, or how to place one.
// Indonesian has no tense, so "aku pesan hitam" may be a past order in a complaint: a bare
// "saya pesan" counts only with a quantity or a pointer ("saya pesan 2", "aku ambil yang ini").
import { onNormalized, type Rule } from './rule.js';

const WANT = String.raw`(?:mau|ingin|want to|would like to|i'd like to|wanna|interested in|akan|bisa|can i|could i|fix|langsung)`;
const INTENSIFIER = String.raw`(?:banget |sekali |juga |dong |deh |lagi )?`;
const BUY = String.raw`(?:(?:repeat |pre )?order|pesan|beli|ambil|checkout|booking|book|langganan|buy|purchase|ikut po|jadi reseller)`;
// "tidak bisa checkout" reports a failure, it does not announce a purchase.
const NOT_NEGATED = String.raw`(?<!\b(?:tidak|belum|not|no) )`;
const QUANTITY = String.raw`(?:\d{1,3}|satu|dua|tiga|yang|ya|paket|semua)`;

export const PURCHASE_RULES: readonly Rule[] = [
  onNormalized(
    'wants_to_buy',
    'order pesan beli ambil checkout booking book langganan buy purchase get po reseller take cart keranjang keep ordering reserve money bayar transfer',
    new RegExp(
      [
        String.raw`${NOT_NEGATED}\b${WANT} ${INTENSIFIER}${BUY}\b`,
        String.raw`\b(?:want|like) to get\b`,
        String.raw`\b(?:mau|ingin|akan|want to) (?:bayar|transfer|pay)\b`,
        // "beli 1 gratis 1" is a promotion, not an order.
        String.raw`\b(?:order|pesan|ambil|beli) \d{1,3}\b(?! gratis)`,
        // An order in the imperative ("pesan paket keluarga 1"), not an order number ("order 48213").
        String.raw`^(?:pesan|order|ambil) (?!#|\d{4,})`,
        String.raw`\b(?:saya|aku) (?:ambil|pesan|order) ${QUANTITY}\b`,
        String.raw`\b(?:i'll|i will) (?:order|take|buy)\b`,
        String.raw`\b(?:take my money|to (?:my )?cart|masuk keranjang|keep (?:1|satu)|ordering|reserve one|checkout (?:sekarang|now))\b`,
      ].join('|'),
    ),
  ),
  onNormalized('asks_how_to_buy', 'cara how', /\b(?:cara|how (?:do|can|to)) (?:i )?(?:order|pesan|beli|membeli|bayar|purchase|buy|place an order|ikut)\b/),
];
