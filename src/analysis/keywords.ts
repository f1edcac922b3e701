// Content words of a message for search and insights: normalised, no function words, no
// address words, in order of appearance. The stop-word list is the team's own.
import { type Token } from './text/normalize.js';

const STOP_WORDS = new Set(
  `yang dan di ke dari ini itu dengan untuk pada adalah ada akan atau juga saja sudah belum tidak bukan jangan sangat
  banget lagi sama saya aku kamu gue dia kami kita mereka nya ya yah dong deh sih kok lho nih tuh kah lah pun mau bisa
  harus masih baru karena kalau tapi tetapi jadi terus biar agar supaya seperti kayak apa berapa kapan dimana bagaimana
  kenapa mengapa siapa mana begitu begini oke sebentar tolong mohon terima kasih halo hai dulu nanti kemarin besok hari
  sekarang tadi udah emang memang cuma hanya semua lebih kurang paling bagi oleh dalam luar atas bawah antara setelah
  sebelum sampai the a an and or but if of to in on at for with from by is are was were be been being am it its this that
  these those there here i me my you your he she we our they them his her do does did done have has had not no yes so too
  very just can could will would should may might what when where why how who which any some all please thanks thank hi
  hello ok okay get got haha`.split(/\s+/),
);
const MAX_KEYWORDS = 8;
// Phone, order and tracking numbers are PII, not topics.
const LONG_NUMBER = /\d{5}|\d{3,}[-. ]\d{3,}/;

export function extractKeywords(tokens: readonly Token[]): string[] {
  const keywords: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 3 || STOP_WORDS.has(token.text) || LONG_NUMBER.test(token.text)) continue;
    if (!keywords.includes(token.text)) keywords.push(token.text);
    if (keywords.length >= MAX_KEYWORDS) break;
  }
  return keywords;
}
