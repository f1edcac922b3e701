// "Free" with strings attached, and running down competitors (section A).
import type { GuardDoc } from '../context/doc.js';
import { isNegated, inQuestion } from '../context/guards.js';
import { rangeContaining } from '../context/structure.js';
import { allMatches, loosePhrases, matchesAnywhere, phrases } from '../text/pattern.js';
import { scan, type Hit } from './scan.js';

// Free shipping or a free consultation is an ordinary promotion (terms apply), not a fake "free".
const FREE = phrases([
  '(?<!-)(?:gratis|free|cuma-cuma|gratisan|freebies?)(?! (?:ongkir|shipping|delivery|pengiriman|of|from|to (?:ask|reach|contact|dm|chat))|-)',
]);
const COMMITMENT = '(?:pembelian|purchase|purchasing|order|pesanan|beli|transaksi|belanja|checkout|contract|kontrak|plan|langganan|subscription|top-? ?up|deposit)';
const FEE = '(?:biaya|fees?|ongkos|ongkir|shipping|delivery|handling|postage|admin)';
const FEEL_FREE = phrases(['feel free', 'bebas']);
const STRINGS = loosePhrases([
  '(?:dengan|with|untuk|for|tiap|setiap|every|each|on) (?:setiap |every |each |any |minimal |min )?(?:pembelian|purchase|order|pesanan|beli|transaksi|belanja|checkout)',
  'min(?:imal|imum)?\\.? ?(?:belanja|pembelian|order|purchase|spend|beli|transaksi|\\d|rp)', 'bayar ongkir', '(?:cukup|hanya|tinggal|just|only) (?:bayar|pay)',
  'pay (?:for )?(?:shipping|postage|delivery|ongkir|handling)', '(?:beli|buy) \\d', 'auto-? ?renew', 'renews?', 'diperpanjang otomatis', 'perpanjangan otomatis', 'berlangganan', 'subscription', 'langganan',
  'setelah (?:trial|masa (?:trial|percobaan|gratis))', 'after (?:the )?(?:trial|free period|first month)', '(?:then|lalu|kemudian|selanjutnya|thereafter) (?:rp|\\$|\\d)', 'biaya (?:admin|layanan|pengiriman|aktivasi|pendaftaran)',
  '(?:admin|handling|activation|registration) fee', 'ongkir (?:ditanggung|dibayar) (?:pembeli|kamu|customer)',
  // The condition is a purchase or a commitment, whatever word introduces it:
  // "(khusus pembelian 2 botol)", "wajib beli full set", "with every two-year contract".
  `(?:khusus|wajib|harus|asal|asalkan|syarat|requires?|required|requiring|when you|if you|kalau|jika|with|dengan|any|every|setiap|tiap) (?:[a-z0-9]+ ){0,3}${COMMITMENT}`,
  // A fee the reader still pays: "you only cover the $12 delivery fee", "ongkos kirim ditanggung pembeli".
  `(?:cover|bayar|pay|tanggung|plus)(?: [a-z0-9$.,]+){0,3} ${FEE}`, `${FEE}(?: [a-z0-9$.,]+){0,2} (?:applies|apply|berlaku|ditanggung)`, '(?:ditagih|charged|billed|tagihan)',
]);

function detectFakeFree(doc: GuardDoc): Hit[] {
  const hits: Hit[] = [];
  for (const { start, end } of allMatches(FREE, doc.text)) {
    if (isNegated(doc, start) || inQuestion(doc, start, end)) continue;
    const before = doc.text.slice(Math.max(0, start - 5), start);
    if (matchesAnywhere(FEEL_FREE, before + doc.text.slice(start, end))) continue;
    // A star right after "gratis*" hides a condition somewhere; otherwise look in the sentence.
    const starred = doc.text[end] === '*';
    const sentence = rangeContaining(doc.sentences, start, end);
    const scope = sentence === undefined ? doc.text : doc.text.slice(sentence.start, Math.min(doc.text.length, sentence.end + 80));
    if (starred || matchesAnywhere(STRINGS, scope)) hits.push({ rule: 'CLAIM.FAKE_FREE', start, end: starred ? end + 1 : end });
  }
  return hits;
}

const OTHERS = '(?:brand|merek|merk|produk|toko|olshop|seller|lapak|jualan|tempat|barang|shop|store|aplikasi|app|provider|operator|vendor|klinik|salon|resto|warung|kedai)';
// Running others down by how fast their goods fail: "merek lain cepet kembung".
const FAILS_FAST = '(?:cepat|gampang|mudah|sering) (?:rusak|kembung|panas|luntur|pecah|sobek|robek|bocor|soak|drop|mati|error|hang|pudar|melar|berjamur|basi|bau|lepas|copot)';
const OTHERS_EN = '(?:brands?|sellers?|shops?|stores?|companies|products?|merchants?|vendors?|labels?|apps?|chains?|cafes?|clinics?)';
// Unnamed others: "produk sebelah", "kompetitor kita", "those other coffee chains", "most brands out there".
const OTHERS_REF = `(?:${OTHERS} (?:lain|sebelah|tetangga)|kompetitor|pesaing|competitors?|competition|(?:those |the )?other (?:[a-z]+ )?${OTHERS_EN}|(?:most|many|those) (?:[a-z]+ )?${OTHERS_EN})`;
const PUT_DOWN = '(?:scams?|fake|burnt|junk|gimmicks?|gimik|hype|overpriced|overclaim|knock-?offs?|lies|liars|fillers|rip-?offs?|toxic|trash|garbage|useless|watered|tipu(?:-tipu)?|penipu|nipu|bohong|palsu|abal|kw|murahan|zonk|jelek|ecek|racun|berbahaya|asal-asalan|ngibul)';
const COMPETITOR = phrases([
  `${OTHERS} (?:sebelah|tetangga)`, `${OTHERS} lain (?:lewat|kalah|minggir|tidak ada apa-apanya|bukan apa-apa|bukan level)`, 'abal-abal', 'abal', 'ecek-ecek', 'oplosan', 'murahan', '(?:yang|barang|produk|beli|versi|pakai|palsu|tiruan) kw(?: super| \\d)?', 'kw (?:super|\\d|an)',
  `${OTHERS} (?:lain|kompetitor|pesaing|competitor|competitors)(?: [a-z]+){0,3} (?:palsu|abal|berbahaya|bahaya|jelek|tipu|bohong|kalah|tidak ada apa-apanya|zonk|ecek|murahan|rusak|merusak|kw|racun|beracun|oplosan|luntur|melar|bocor|soak|kembung|${FAILS_FAST})`,
  `(?:tidak|beda|bukan) (?:kayak|seperti|kaya|sama kayak) ${OTHERS}? ?(?:lain|sebelah|lainnya|yang lain|di luar sana|kebanyakan)`,
  `jangan (?:tertipu|ketipu|beli|percaya|mau) (?:sama |dengan |di )?(?:${OTHERS}|yang) (?:lain|sebelah|murah|kw|palsu|abal)`,
  `lebih (?:bagus|baik|ampuh|murah|aman|enak|hebat) (?:dari|daripada|dibanding) (?:${OTHERS}|yang) (?:lain|sebelah|x|kompetitor)`,
  "unlike (?:other|those|cheap|the other|most|competitors?|[a-z]+'s|brand x)", 'others are (?:fake|cheap|scams?|knock-?offs|useless|toxic|junk|overpriced)',
  'other brands (?:are|use|contain|just|only|cut|lie|fake)',
  `other ${OTHERS_EN}'?(?: [a-z']+){0,4} (?:fake|cheap|junk|scams?|knock-?offs?|toxic|overpriced|inferior|low[- ]quality|watered[- ]down|fillers|lie|lies|break|breaks)`,
  'knock-?offs?', 'cheap (?:imitations?|copies|knock-?offs|dupes)', "(?:don't|never) (?:buy|trust|fall for) (?:fake|knock|cheap|other)",
  'competitors? (?:are|use|sell|lie|cut)', 'fake (?:brands|sellers|stores)', 'better than (?:brand x|other brands|the rest|competitors|theirs)',
  // Any reference to unnamed others, then a put-down within the clause.
  `${OTHERS_REF}(?: [a-z']+){0,6} ${PUT_DOWN}`,
]);

export function detectCommercial(doc: GuardDoc): Hit[] {
  return [
    ...detectFakeFree(doc),
    // "jangan beli yang KW" is itself the disparagement, so negation does not excuse it.
    ...scan(doc, 'CLAIM.COMPETITOR_DISPARAGE', COMPETITOR, { negation: false, question: true }),
  ];
}
