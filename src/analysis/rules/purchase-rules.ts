// Signs that a follower wants to buy: an order in so many words, or how to place one.
import { onNormalized, type Rule } from './rule.js';

export const PURCHASE_RULES: readonly Rule[] = [
  onNormalized('wants_to_buy', "mau ingin want would like wanna interested akan bisa order pesan ambil beli saya aku i'll will checkout take cart keranjang keep ordering fix langsung reserve", /\b(?:mau|ingin|want to|would like to|i'd like to|wanna|interested in|akan|bisa)\s+(?:(?:repeat|pre)\s+)?(?:order|pesan|beli|ambil|checkout|booking|book|langganan|buy|purchase|get|ikut po|jadi reseller)\b|\b(?:order|pesan|ambil|beli) \d{1,3}\b|\b(?:saya|aku|i'll|i will) (?:ambil|pesan|order|take)\b|\b(?:checkout|take my money|to (?:my )?cart|masuk keranjang|keep (?:1|satu)|ordering|fix beli|langsung beli|reserve one)\b/),
  onNormalized('asks_how_to_buy', 'cara how', /\b(?:cara|how (?:do|can|to)) (?:i )?(?:order|pesan|beli|membeli|bayar|purchase|buy|place an order|ikut)\b/),
];
