// Function words of Indonesian and English (the team's own list), left out of keywords, with the
// everyday chat spellings (yg, utk, gak). Not a general stop-word list such as stopwords-iso's:
// those drop words that carry a complaint here (rasa, masalah, lama, problem).
const STOP_WORDS: ReadonlySet<string> = new Set(
  `yang dan di ke dari ini itu dengan untuk pada adalah ada akan atau juga saja sudah belum tidak bukan jangan sangat
  banget lagi sama saya aku kamu gue dia kami kita mereka nya ya yah dong deh sih kok lho nih tuh kah lah pun mau bisa
  harus masih baru karena kalau tapi tetapi jadi terus biar agar supaya seperti kayak apa berapa kapan dimana bagaimana
  kenapa mengapa siapa mana begitu begini oke sebentar tolong mohon terima kasih halo hai dulu nanti kemarin besok hari
  sekarang tadi udah emang memang cuma hanya semua lebih kurang paling bagi oleh dalam luar atas bawah antara setelah
  sebelum sampai the a an and or but if of to in on at for with from by is are was were be been being am it its this that
  these those there here i me my you your he she we our they them his her do does did done have has had not no yes so too
  very just can could will would should may might what when where why how who which any some all please thanks thank hi
  hello ok okay get got haha
  ingin pengen lalu kemudian jika bila apabila saat ketika sedang pernah telah para tersebut sini situ gimana gmn aja
  yg dgn utk krn gak nggak ga enggak tdk blm sdh udh`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
