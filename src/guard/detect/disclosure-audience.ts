// Finance returns, paid partnerships and appeals to children (section B).
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { allMatches, collapseLetters, lazyPhrases, phrases } from '../text/pattern.js';
import { statesReturnRisk } from './finance-round-thirteen.js';
import { RATE_VARIES } from './return-rate.js';
import { scan, type Hit } from './scan.js';

// -nya attaches to the gain mid-phrase too: "bunganya pasti 8%" (after an n it reads "cuanya").
const GAIN = '(?:cuan|untung|profit|return|returns|balik modal|bunga|passive income|penghasilan|income|gain|gains|keuntungan|imbal hasil|dividen|yield|hasil investasi)(?:n?ya)?';
const PROMISED_RETURN = phrases([
  `(?:pasti|dijamin|guaranteed|assured|sure|jaminan|100%) ${GAIN}`, `(?:pasti|dijamin|guaranteed|assured|jaminan) \\d+(?:[.,]\\d+)?%(?: [a-z]+)? ${GAIN}`, `${GAIN}(?: (?!tidak|tak|bukan|belum|not|never)[a-z]+)? (?:pasti|dijamin|guaranteed|tetap|fixed|konsisten|stabil|tanpa risiko)`,
  `${GAIN} \\d+(?:[.,]\\d+)?%? ?(?:per|/|tiap|setiap|a|each) ?(?:bulan|hari|minggu|month|day|week)`, `\\d+(?:[.,]\\d+)?% ?(?:per|/|tiap|setiap|a|each) ?(?:bulan|hari|minggu|month|day|week)(?: dijamin| pasti| guaranteed)?`,
  `${GAIN} (?:harian|bulanan|mingguan|daily|monthly|weekly) \\d+(?:[.,]\\d+)?%`, `${GAIN} (?:tiap|setiap|per) (?:hari|minggu|bulan)`,
  // A sum earned per period: "passive income 3 juta per bulan", "profit Rp500 ribu seminggu".
  // A bare count before a period is a tenor ("bunga 6 bulan"), not a sum: the sum needs a currency, a unit or a per-marker.
  `${GAIN} (?:(?:rp ?|\\$ ?)\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k|million|miliar)?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k|million|miliar)) ?(?:per |/ ?|tiap |setiap |a |each )?(?:bulan|hari|minggu|month|day|week|sebulan|sehari|seminggu)`,
  `${GAIN} \\d[\\d.,]* ?(?:per |/ ?|tiap |setiap |a |each )(?:bulan|hari|minggu|month|day|week)`,
  '(?:earn|dapat|dapatkan|raih|nikmati|get|make) \\d+(?:[.,]\\d+)?% (?:[a-z]+ )?(?:monthly|daily|weekly|per (?:month|day|week)|a (?:month|day|week)|per bulan|sebulan|per hari|sehari|harian|bulanan|tiap (?:hari|bulan|minggu))',
  'modal aman', 'anti rugi', 'tidak (?:mungkin|bakal|akan) boncos', 'anti boncos', 'tanpa rugi', 'tidak (?:mungkin|bakal|akan) rugi', 'no loss', "can't lose", 'tanpa risiko (?:rugi|kerugian)', 'risk-?free (?:invest[a-z]*|returns?|profit)',
  'double your money', 'gandakan (?:uang|modal)', 'modal (?:kembali|balik)', 'cepat kaya', 'kaya mendadak', 'get rich', 'cuan (?:tiap|setiap) hari', 'profit konsisten', 'pasti profit', 'pasti cuan',
]);
// A rate in an investment or lending context must name its supervisor.
const RATE = phrases([`${GAIN}(?: [a-z]+){0,2} (?:hingga |sampai |up to |s\\/d )?\\d+(?:[.,]\\d+)?%`, '\\d+(?:[.,]\\d+)?% ?(?:per|/|tiap|setiap|p\\.?a|a) ?(?:tahun|year|annum)?']);
const FINANCE_PRODUCT = phrases(['investasi', 'invest[a-z]*', 'saham', 'reksa ?dana', 'kripto', 'crypto', 'trading', 'forex', 'pinjaman', 'pinjol', 'loans?', 'deposito', 'obligasi', 'sukuk', 'p2p', 'asuransi', 'tabungan emas', 'emas digital', 'robot trading']);

// Borrowing: a rate here is what the reader pays ("bunga pinjaman 1,5% per bulan"), not a return,
// unless the sentence also speaks of a gain. Read only after a rate matched.
const BORROWING = lazyPhrases(['pinjaman', 'pinjol', 'loans?', 'kredit', 'credit', 'cicilan', 'angsuran', 'tenor', 'kpr', 'paylater', 'pay later', 'dicicil', 'instal+ments?', 'borrow[a-z]*', 'apr', 'financing']);
const GAIN_WORD = lazyPhrases(['cuan', 'untung', 'keuntungan', 'profit', 'imbal hasil', 'passive income', 'dividen', 'yield', 'returns?', 'hasil investasi']);

export function inBorrowingSentence(doc: GuardDoc, hit: { start: number }): boolean {
  const sentence = doc.sentences.find((x) => x.start <= hit.start && hit.start < x.end);
  if (sentence === undefined) return false;
  const inside = (m: { start: number }): boolean => m.start >= sentence.start && m.start < sentence.end;
  return allMatches(BORROWING, doc.text).some(inside) && !allMatches(GAIN_WORD, doc.text).some(inside);
}

// A cut or a charge the rate is part of: the reader pays or saves it, no money earns it (cashback on savings stays a return).
const PRICE_CUT_BEFORE = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:potongan|diskon|disc|discount|denda|late fee|biaya|fee|fees|harga|price|ongkir|pajak|tax|komisi|sewa|rent|rental)(?: [a-z]+){0,2} $`));

function priceRate(doc: GuardDoc, h: Hit): boolean {
  return /^\d/.test(doc.text.slice(h.start, h.start + 1)) && PRICE_CUT_BEFORE.test(doc.text.slice(Math.max(0, h.start - 30), h.start));
}

export function detectFinanceReturn(doc: GuardDoc): Hit[] {
  // Round fourteen: a bare rate after a price cut or a fee ("potongan sewa 10% per hari") is a price, not a return.
  const hits = scan(doc, 'DISCLOSE.FINANCE_RETURN', PROMISED_RETURN, { question: true }).filter((h) => !inBorrowingSentence(doc, h) && !priceRate(doc, h));
  if (hits.length > 0 || doc.signals.ojkStated || allMatches(FINANCE_PRODUCT, doc.text).length === 0) return hits;
  // Round thirteen: a risk statement ("bukan jaminan") or a rate said to vary ("Bunga deposito 4% p.a., dapat berubah
  // sewaktu-waktu") states the risk of the rate the draft quotes: no missing disclosure.
  if (statesReturnRisk(doc) || RATE_VARIES.test(doc.text)) return [];
  // A draft about borrowing with no gain word anywhere quotes what the reader pays, even where "p.a." ends a sentence.
  if (allMatches(BORROWING, doc.text).length > 0 && allMatches(GAIN_WORD, doc.text).length === 0) return [];
  return scan(doc, 'DISCLOSE.FINANCE_RETURN', RATE, { question: true }).filter((h) => !/^0%/.test(doc.text.slice(h.start, h.end))).slice(0, 1);
}

export const CLEAR_LABEL = phrases([
  'iklan', '#iklan', '#ad', '#ads', 'advertisement', 'advertising', 'sponsored', '#sponsored', 'sponsored by', 'paidpartnership', '#paidpartnership', 'paid partnership',
  'paidpromotion', '#paidpromotion', 'paid promotion', 'paid post', 'paid (?:ad|ads|advert|advertisement|content|collab|collaboration)',
  'kerja ?sama berbayar', 'kolaborasi berbayar', 'konten berbayar', 'postingan berbayar', 'disponsori', 'dibayar oleh', 'in paid partnership with', 'promosi berbayar', '#promosi berbayar',
]);
const VAGUE_TAG = phrases(['#(?:sp|spon|sponsor|colab|collab|partner|partnership|thanks|thx|gifted|pr|prpackage|endorse|endorsement|kolab|kolaborasi|ambassador|brandambassador|affiliate|afiliasi)']);
const THANKS = '(?:thanks?|thank you|terima kasih|makasih|trims|thx)';
// Thanks for what the account did for the writer that is no gift: following, reviewing, visiting.
const NOT_A_GIFT = 'following|reviewing|visiting|coming|joining|reading|watching|sharing|tagging|mentioning|choosing|trusting|supporting|shopping|ordering|waiting|asking|helping';
const GIFT_SIGNAL = phrases([
  'dikirimi(?:n)? (?:oleh|sama|dari)', 'dapat kiriman(?: dari)?', 'kiriman dari @', 'dikasih (?:sama|oleh|dari) @', 'gifted (?:by|from)', 'pr package', 'sent (?:me|us) (?:this|these)',
  // Thanks for a gift or a stay, not for a review or a visit: "thanks @x for the lovely review" is no relation.
  'thanks? (?:to )?@[a-z0-9_.]+ for (?:sending|gifting|the (?:[a-z]+ )?(?:gift|gifts|package|box|kit|unit|stay|trip|samples?|products?|goodies|treats?|pr))',
  // Thanks for something given free or sent, whatever it is: "thanks to @x for the free serum set",
  // "terima kasih @x atas hampers gratisnya", "big thank you to @x for spoiling me".
  `${THANKS}(?: [a-z]+){0,2} (?:to |buat |untuk |kepada |ke )?@[a-z0-9_.]+ (?:for|atas|untuk|buat|sudah|telah)(?: [a-z]+){0,3} (?:free|complimentary|gratis|gratisan|hadiah|kado|hampers|bingkisan|parsel|paket|kiriman)`,
  `${THANKS}(?: [a-z]+){0,2} (?:to )?@[a-z0-9_.]+ for (?!(?:${NOT_A_GIFT})(?![a-z]))[a-z]+ing (?:me|us)`,
  // Goods named as a gift from a tagged account: "pemberian @x", "kado ulang tahun dari @x", "a gift from @x".
  'pemberian @[a-z0-9_.]+', '(?:pemberian|hadiah|kado|bingkisan|hampers|parsel|a gift|gifts?|a present)(?: [a-z]+){0,2} (?:dari|from|by|sama) @[a-z0-9_.]+',
]);

// A relation with a tagged account: a collaboration, a sponsor, a gift. Read only in a
// sentence that tags someone, so "kerja sama tim kami" alone is nothing.
const RELATION = lazyPhrases([
  'kerja bareng', 'project bareng', 'proyek bareng', 'kolaborasi', 'kolab', 'collab(?:oration|orating)?', 'partnering', 'teaming up', 'teamed up', 'team up',
  // Partnership and support named without "paid": "in partnership with @x", "hosted by @x", "didukung oleh @x".
  'in partnership with', 'partnered with', 'partnership with', '(?:be)?kerja ?sama dengan', '(?:hosted|supported|powered|funded|provided|brought to you|presented|sent|gifted|arranged|organi[sz]ed|paid for|covered|booked) by',
  '(?:didukung|disediakan|dibiayai|difasilitasi|dipersembahkan|dihadirkan|dikirim) (?:oleh|sama|dari)',
  // The same passive with the account right after it: "disediakan @dapurnenek".
  '(?:didukung|disediakan|dibiayai|difasilitasi|dipersembahkan|dihadirkan|dikirim|dikirimi) @[a-z0-9_.]+',
  // The account as the one who sent or gave: "they sent three big boxes", "mereka yang kirim semuanya".
  '(?:they|mereka)(?: yang)? (?:sent|gave|shipped|dropped off|kirim|ngirim|ngirimin|mengirim|kasih|ngasih|memberi)',
  'di-?endorse', 'endorse', 'sponsoring', 'sponsor(?:i|in)?', 'courtesy of', 'made possible by', 'covered (?:my|our|the)', 'hosting (?:me|us)', 'hosted (?:me|us|my|our)',
  'dikirimi(?:n)?', 'dikirimkan', 'dikasih', 'nerima (?:paket|kiriman|hadiah|pr)', 'menerima (?:paket|kiriman|hadiah|pr)', 'paket pr', 'pr (?:package|box|kit)', 'kiriman',
  'gifted', 'sent (?:me|us)', 'for free', 'free of charge', 'secara gratis', 'gratis (?:dari|sama|oleh)',
  // Something sent or given to the writer by the tagged account, but not words ("ngirimin review"):
  // "makasih @x udah ngirimin kemeja ini".
  '(?:ngirimin|ngirim|ngirimi|mengirim(?:kan|i)?|kirimin|ngasih|ngasi|memberi(?:kan)?|ngado(?:in)?|hadiahin)(?: (?!ulasan|review|foto|testi[a-z]*|masukan|feedback|pesan|komentar|kabar|doa|semangat|dukungan|tau|tahu|info|informasi|saran|ide|tips|kesempatan|waktu)[a-z]+){0,3} (?:ini|itu)',
  // Paid for or treated by the account, or given on the house: "dibayarin @x buat nyobain", "a stay on the house at @x".
  'dibayarin', 'dibayari', 'ditraktir', 'on the house (?:at|from|by|courtesy of) @[a-z0-9_.]+', 'complimentary(?: [a-z]+){0,2} (?:from|by|at|courtesy of) @[a-z0-9_.]+', 'comped by @[a-z0-9_.]+',
  // Lent to try: "dipinjamkan @x untuk dicoba", "on loan from @x".
  'dipinjam(?:kan|in|i)', 'on loan from', '(?:loaned|lent) (?:to (?:me|us) )?by',
  'having (?:me|us)', 'inviting (?:me|us)', 'invited (?:me|us)', // Invited to perform or speak is work asked of the writer, not a gift: "mengundang kami jadi pengisi acara".
  '(?:ngundang|diundang|mengundang)(?! (?:kami|kita|saya|aku) (?:jadi|sebagai|untuk jadi|untuk menjadi|menjadi) (?:pengisi|pembicara|narasumber|penampil|juri|moderator))', 'undangan', 'working with', 'worked with', 'work with', 'for the stay', 'the stay',
  // Goods credited to a tagged brand: "semua outfit di video ini dari @brand".
  '(?:outfit|outfits|baju|dress|produk|product|products|skincare|makeup|barang|items?|clothes|look|sepatu|shoes|tas|bag)(?: [a-z]+){0,4} (?:dari|from|by) @[a-z0-9_.]+',
]);

// The brand itself as the sponsor ("kami bangga menjadi sponsor lomba @x", "we're the official
// sponsor of @x"): it pays others, so no paid relation of its own needs a label. Words are
// written as normalised text spells them, repeated letters collapsed ("bangga" → "banga").
const WE_ARE_THE_SPONSOR = /(?:kami|kita|we|we're|we are)(?: (?:banga|senang|resmi|proud|hapy|glad|to|be|are|oficialy|again|lagi))* (?:menjadi |jadi |sebagai |as |be |are )?(?:a |an |the |salah satu |one of the )?(?:oficial |resmi |main |utama )?$/;

// "Booked by our own team", "disediakan oleh kami": the writer did it, no account paid for it
// (only after "by"/"oleh": "they shipped us two tents" is a gift).
const BY_OURSELVES = /^ (?:our|us|ourselves|me|myself|my|kami|kita|saya|aku)(?![a-z])/;

function writerIsTheSource(doc: GuardDoc, r: { start: number; end: number }, sentenceStart: number): boolean {
  if (/(?:by|oleh)$/.test(doc.text.slice(r.start, r.end)) && BY_OURSELVES.test(doc.text.slice(r.end, r.end + 12))) return true;
  return doc.text.startsWith('sponsor', r.start) && WE_ARE_THE_SPONSOR.test(doc.text.slice(Math.max(sentenceStart, r.start - 50), r.start));
}

/** The first relation phrase in a sentence that also tags an account. */
function taggedRelation(doc: GuardDoc): { start: number; end: number } | undefined {
  if (!doc.text.includes('@')) return undefined;
  const relations = allMatches(RELATION, doc.text);
  for (const r of relations) {
    const sentence = doc.sentences.find((x) => x.start <= r.start && r.start < x.end);
    if (sentence === undefined || writerIsTheSource(doc, r, sentence.start)) continue;
    if (doc.text.slice(sentence.start, sentence.end).includes('@') && !isNegated(doc, r.start)) return r;
  }
  return undefined;
}

export function detectPaidPartnership(doc: GuardDoc): Hit[] {
  // "bukan iklan" (not an ad) is no label: it is the opposite of one.
  if (allMatches(CLEAR_LABEL, doc.text).some((m) => !isNegated(doc, m.start))) return [];
  const vague = [...allMatches(VAGUE_TAG, doc.text), ...allMatches(GIFT_SIGNAL, doc.text)];
  const relation = vague.length === 0 ? taggedRelation(doc) : undefined;
  if (relation !== undefined) vague.push(relation);
  if (doc.paid) {
    const first = vague[0] ?? doc.sentences[0] ?? { start: 0, end: doc.text.length };
    return doc.text.length === 0 ? [] : [{ rule: 'DISCLOSE.PAID_PARTNERSHIP', start: first.start, end: first.end, severity: 'block' }];
  }
  return vague.slice(0, 1).map((m) => ({ rule: 'DISCLOSE.PAID_PARTNERSHIP', start: m.start, end: m.end }));
}

export const PARENT = '(?:mama|mami|mamah|papa|papi|ayah|ibu|bunda|ortu|orang ?tua|ayah bunda|mom|mum|mommy|dad|daddy|parents|folks|mother|father|bapak|emak|nenek|kakek)';
export const PERSUADE = '(?:minta|mintain|bilang|ajak|rayu|rayuin|bujuk|bujukin|paksa|suruh|rengek|merengek|kode|kodein|kasih kode)';
const BUY = '(?:beli|beliin|belikan|membelikan|dibeliin|dibelikan|buat beli|untuk beli|order|checkout|pesan|pesenin|traktir|bawa ke toko|ke toko)';
const CHILD_ADDRESS = '(?:adik-adik|adek-adek|adik|adek|dedek-dedek|dedek|dek|kids|boys and girls|anak-anak)';
// Children persuading parents to buy (the child is addressed, or the parent is the one to pay).
const CHILD = phrases([
  `${PERSUADE} (?:di)?(?:beliin|belikan)(?: [a-z]+){0,3} ${PARENT}`,
  `${CHILD_ADDRESS}(?: [a-z]+){0,6} ${PERSUADE}(?: ke| sama| pada)? ${PARENT}`,
  `(?:ask|beg|bug|nag) (?:your |ur )?${PARENT}(?: and (?:your )?${PARENT})? for`, `(?:kids|boys and girls)(?: [a-z']+){0,4} (?:ask|tell|beg|get|bug|nag) (?:your |ur )?${PARENT}`,
  `(?:ask|tell|get|beg|make|remind|bug|nag|convince) (?:your |ur )?${PARENT}(?: and (?:your )?${PARENT})?(?: [a-z']+){0,3} (?:buy|get|order|purchase|grab|need|want|pick up)`,
  `${PERSUADE}(?: ke| sama| pada)? ${PARENT}(?: [a-z]+){0,2} ${BUY}`,
  '(?:adik-adik|adek-adek|dedek-dedek)(?: [a-z]+){0,4} (?:beli|checkout|order|koleksi|kumpulin|miliki|dapatkan|buruan)',
]);

// The same appeal across punctuation: "Adik-adik, bilang sama ibu ya, mau biskuit dino".
// Children are addressed, a parent is to be asked, and something is wanted or bought.
export const CHILD_VOCATIVE = phrases([
  'adik-adik', 'adek-adek', 'adik(?: kecil)?', 'adek', 'dedek', 'dek', 'nak', 'anak-anak', 'teman(?:-teman)? kecil', 'kids', 'kiddos', 'little ones', 'boys and girls',
]);
export const ASK_PARENT = lazyPhrases([
  `(?:${PERSUADE}|bilangin|kasih (?:tau|tahu|lihat)|tunjukin|tunjukkan|ask|tell|show(?: this)?|remind|get|beg|bug|nag|convince)(?: [a-z]+){0,2} (?:ke |sama |pada |to )?(?:your |ur )?${PARENT}(?:mu|ku|nya)?`,
  // The parent named first, the asking after: "your mum and dad will love it if you ask for …".
  `${PARENT}(?: [a-z']+){0,8} (?:if you|kalau kamu|kalau adik|when you) (?:ask|minta|bilang|tell)`,
  // Something left or sent where the parent will see it: "leave this page open on mum's phone".
  `(?:leave|put|send|share|forward|kirim|kirimin|tinggalin|taruh)(?: [a-z']+){0,4} (?:on|to|for|ke|di|buat) (?:your |ur )?${PARENT}(?:'s|mu)?`,
  // Shopping with the parent, the child doing the choosing: "kalau ke supermarket sama mama, cari …".
  `(?:ke|pergi ke|belanja ke|go to|at) (?:the )?(?:supermarket|toko|mal|mall|minimarket|pasar|store|shop|shops)(?: [a-z]+){0,2} (?:sama|bareng|dengan|with) (?:your |ur )?${PARENT}`,
  // The parent is to be made aware: "make sure mum and dad know about …", "pastikan mama tahu".
  `(?:make sure|pastikan|pastiin)(?: [a-z]+)? (?:your |ur )?${PARENT}(?:mu|ku)?(?: (?:and|dan|&) (?:your )?${PARENT})?`,
]);
export const WANT_OR_BUY = lazyPhrases([`${BUY}`, 'mau', 'want', 'ingin', 'pengen', 'pilih', 'pick', 'buy', 'gets? you', 'buys? you', 'wajib (?:ada|punya|beli|pakai)', 'harus (?:ada|punya|beli|pakai)', 'must-? ?have', 'need', 'needs', 'butuh', 'perlu', 'order', 'store', 'toko', 'ask(?: [a-z]+)? for', 'troli', 'trolley', 'keranjang', 'cart', 'masukin', 'minta', 'about (?:our|the|this)', 'tentang (?:produk|menu)', 'new', 'baru']);

// "don't forget to tell mum", "jangan lupa bilang ke mama": a reminder, not a negation.
const REMINDER_BEFORE = /(?:don't|do not|dont|jangan) (?:forget|lupa) (?:to |untuk )?$/;

function remindedNotForbidden(doc: GuardDoc, at: number): boolean {
  return REMINDER_BEFORE.test(doc.text.slice(Math.max(0, at - 30), at));
}

// Round twelve: a parent asked for permission ("minta izin mama sebelum berenang") is asked for no purchase.
const PERMISSION = /(?:^|[^a-z])(?:izin|ijin|permission|restu)(?![a-z])/;

export function asksPermission(doc: GuardDoc, ask: { start: number; end: number }): boolean {
  return PERMISSION.test(doc.text.slice(ask.start, ask.end));
}

function addressedAppeal(doc: GuardDoc): Hit[] {
  const vocative = allMatches(CHILD_VOCATIVE, doc.text).find((m) => !isNegated(doc, m.start));
  if (vocative === undefined) return [];
  const ask = allMatches(ASK_PARENT, doc.text).find((m) => m.start > vocative.start && (!isNegated(doc, m.start) || remindedNotForbidden(doc, m.start)) && !asksPermission(doc, m));
  if (ask === undefined || allMatches(WANT_OR_BUY, doc.text).length === 0) return [];
  return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: vocative.start, end: ask.end }];
}

export function detectChildAppeal(doc: GuardDoc): Hit[] {
  const hits = scan(doc, 'DISCLOSE.CHILD_APPEAL', CHILD);
  return hits.length > 0 ? hits : addressedAppeal(doc);
}
