// Round fourteen (issue #11), CLAIM.FAKE_FREE by its cause: "free" is fake when the reader pays for it
// anyway. The older shape (claim-cause.ts) needs the condition in the free thing's own sentence and in a
// few forms ("who buy", "as long as you pay"); new writers put the cost anywhere near: in a parenthesis,
// after a dash, in the next sentence ("Gratis cetak emas fisik — biaya handling Rp95rb ditanggung nasabah",
// "Free pillow with every mattress. Pillow shipping Rp75.000, paid by the buyer."). Two forms of cost:
//  - a sum the reader is charged: an amount next to a word of charging (a fee, a cost, a premium, a
//    deposit, "applies", "dibayar", "ditanggung pembeli", "per bulan", "auto-debit");
//  - a purchase or a commitment the free thing hangs on: "with any … at the regular price", "saat
//    membeli … harga normal", "cukup beli/isi/perpanjang …", "just subscribe", "selama kamu member …",
//    "then it renews", "setelah itu premi otomatis …".
// Within the free thing's sentence and the next. Not a catch: a waived or denied cost ("tanpa syarat",
// "no card needed", "tidak ditagih", "nothing is charged") anywhere in that window.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { allMatches, collapseLetters, lazyPhrases, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

const FREE = phrases(['gratis', 'free', 'complimentary', 'cuma-cuma', 'on us', 'on the house', 'yang traktir', 'kami traktir', 'gratisan']);
// "sugar-free", "feel free", "free of parabens", "free plan": no offer there.
const NOT_AN_OFFER_BEFORE = new RegExp(collapseLetters(String.raw`(?:-|(?:^|[^a-z])(?:feel|gluten|sugar|cruelty|hands|stress|risk|worry|hassle|alcohol|paraben|fragrance|duty|tax|toll|fat|scent|care|bpa|bebas|bisa) )$`));
const NOT_AN_OFFER_AFTER = /^(?: of| from| plan| tier| version| fire| trial that)(?![a-z])/;

const AMOUNT = String.raw`(?:(?:rp|idr|usd|\$|s\$|rm) ?\d[0-9.,]*(?: ?(?:k|rb|ribu|jt|juta|million|thousand))?|\d[0-9.,]* ?(?:k|rb|ribu|ribuan|jt|juta|million))`;
const CHARGE = String.raw`(?:biaya|ongkos|ongkir|fee|fees|surcharge|charge|charged|premi|premium|iuran|setoran|simpanan|uang pangkal|formulir|tambah|nambah|bayar|dibayar|membayar|paid|payable|pay|ditanggung|dikenakan|applies|apply|added|auto-?debit|didebet|otomatis|automatically|per bulan|/bulan|/month|a month|per month|per orang|per person|per huruf|per sablon|wajib|required|musti|harus|beli|membeli|buy)`;
/** What the reader pays, in the free thing's window (lazy: read only after a free offer). */
const COST = lazyPhrases([
  `${CHARGE}(?: [a-z&-]+){0,5} ${AMOUNT}`, `${AMOUNT}(?: [a-z&(),/-]+){0,5}? ${CHARGE}`, `${AMOUNT} ?/ ?(?:bulan|bln|month|mo)`,
  // A fee or cost named, borne by the buyer: "ditanggung pembeli", "paid by the buyer", "tetap ditanggung".
  '(?:ditanggung|dibayar|dibebankan ke|paid by|borne by|charged to) (?:pembeli|nasabah|pelanggan|konsumen|peserta|penyewa|pemesan|the buyer|the customer|the guest|you)', 'tetap (?:ditanggung|dibayar|bayar)',
  '(?:joining|admin|handling|registration|materials?|certificate|booking|platform|service|processing|membership) (?:fee|charge)', 'fee (?:survey|survei|pendaftaran|admin)', '(?:biaya|ongkos) (?:[a-z]+ ){0,2}(?:ditanggung|dibayar|dikenakan|tetap)',
  // A purchase at full price, or a commitment: "with any 20-class package at the regular price", "harga normal".
  '(?:at|with) (?:the )?(?:full|regular|standard|normal) (?:[a-z-]+ )?(?:price|rate|fare)', '(?:full|regular)-? ?(?:price|fare|otr)', 'harga (?:penuh|normal|biasa)', 'full price',
  'with (?:any|every|each|the purchase of|purchase of|a minimum|an annual|a paid|add-on)', '(?:dengan|saat|ketika|untuk|buat) (?:membeli|beli|pembelian|minimal|min\\.?|upgrade)', 'when you (?:buy|take out|trade in|subscribe|sign|book)',
  '(?:cukup|hanya perlu|tinggal|asal|asalkan|asal kamu) (?:[a-z]+ )?(?:beli|isi|perpanjang|ganti|setujui|tanda ?tangan|setor|menyetor|bayar|daftar paket|ikut)', '(?:just|only) (?:subscribe|buy|book|sign up for|pay)',
  'selama (?:kamu|anda|kakak) (?:jadi )?member', '(?:buat|untuk) yang (?:perpanjang|beli|upgrade|langganan)', 'requires? (?:a )?(?:paid|purchase|subscription|upgrade)', 'must (?:sign|buy|subscribe|pay)',
  '(?:setelah itu|after that|then|lalu|abis itu|habis itu) (?:[a-z]+ ){0,3}(?:otomatis|auto|rp|idr|premi|bayar|it\'s|renews?|berbayar)', '(?:auto-?renews?|diperpanjang otomatis|perpanjang (?:[a-z]+ ){0,3}otomatis)',
  'payment card', 'add a (?:card|payment)', 'kecuali', 'except',
]);
// A cost waived or denied in the window: "tanpa syarat", "no card needed", "tidak ditagih", "nothing is charged".
const WAIVED = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:tanpa (?:syarat|biaya|minimal|kartu|wajib|deposit)|no (?:card|deposit|purchase|strings|catch|minimum|hidden|commitment|fee)|tidak (?:ditagih|dipungut|perlu (?:bayar|beli|daftar|jadi))|nothing (?:is )?charged|not charged|free of charge|no charge|we (?:cover|pay)|kami (?:tanggung|yang tanggung|bayar)|ditanggung (?:kami|penuh oleh kami))(?![a-z])`));

function windowOf(doc: GuardDoc, at: number): { start: number; end: number } | undefined {
  const i = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  const s = doc.sentences[i];
  if (s === undefined) return undefined;
  return { start: s.start, end: doc.sentences[i + 1]?.end ?? s.end };
}

export function detectFakeFreeRoundFourteen(doc: GuardDoc): Hit[] {
  if (!matchesAnywhere(FREE, doc.text)) return [];
  const text = doc.text;
  for (const free of allMatches(FREE, text)) {
    if (NOT_AN_OFFER_BEFORE.test(text.slice(Math.max(0, free.start - 12), free.start)) || NOT_AN_OFFER_AFTER.test(text.slice(free.end, free.end + 12))) continue;
    if (isNegated(doc, free.start)) continue;
    const w = windowOf(doc, free.start);
    if (w === undefined || WAIVED.test(text.slice(w.start, w.end))) continue;
    const cost = allMatches(COST, text).find((c) => c.start >= w.start && c.end <= w.end && c.start !== free.start && !isNegated(doc, c.start));
    if (cost !== undefined) return [{ rule: 'CLAIM.FAKE_FREE', start: Math.min(free.start, cost.start), end: Math.max(free.end, cost.end) }];
  }
  return [];
}
