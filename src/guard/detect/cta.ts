// Stacked calls to action (PRESSURE.CTA_STACK): two or more different actions the reader
// is told to take. An action is an imperative verb that opens a clause ("Klik link,
// follow, terus share", "Like, comment, subscribe"), so the same verb inside a sentence
// ("kami share resepnya") is not one. Fixed selling phrases ("beli sekarang") count too.
import type { GuardDoc } from '../context/doc.js';
import { lazyPhrases, phrases } from '../text/pattern.js';
import { MORE_ACTION_AT, notACall, SOFTENER_AT, symbolOpenings } from './cta-round-fourteen.js';
import { scan, type Hit } from './scan.js';

const CTA = phrases([
  'beli sekarang', 'order sekarang', 'pesan sekarang', 'checkout(?: sekarang)?', 'sikat(?! (?:gigi|rambut|wajah|muka|bulu))', 'serbu', 'borong', 'gaskeun', 'gas (?:order|checkout|beli|sekarang)', 'langsung (?:dm|order|beli|checkout|wa|chat|klik|pesan|ambil|cus)',
  'klik (?:link|di sini|disini|keranjang|tombol)', 'cek keranjang', 'keranjang (?:kuning|oren|orange)', 'tap (?:the )?(?:link|keranjang|cart)', 'amankan(?: sekarang| stok)?', 'ambil sekarang', 'cus(?: order| checkout)?', 'capcus',
  'kuy (?:order|checkout|beli)', 'ayo (?:beli|order|checkout|serbu|borong|ambil)', 'grab (?:yours|it|now|one)', 'buy (?:now|it now|today)', 'order (?:now|today)', 'shop now', 'get yours', 'add to cart', 'swipe up',
  'click (?:the )?link', 'dm (?:us )?(?:now|to order|for order)', 'order (?:via|di|lewat)', 'wa (?:sekarang)', 'hubungi kami sekarang', 'segera (?:order|beli|pesan|checkout|ambil)', 'masukin keranjang',
]);

// Imperatives of acting, sharing and buying, in both languages (stems: "follow" also finds "follow us").
const ACTION = lazyPhrases([
  'klik', 'click', 'tap', 'follow', 'ikuti', 'like', 'komen', 'comment', 'share', 'bagikan', 'subscribe', 'save', 'simpan', 'repost', 'tag', 'mention', 'daftar', 'sign up', 'register',
  'download', 'unduh', 'install', 'order', 'pesan', 'beli', 'buy', 'shop', 'checkout', 'check out', 'bayar(?!(?:nya)? (?:nanti|belakangan|later|nyicil|cicil|dicicil))', 'transfer', 'konfirmasi', 'kunjungi', 'visit', 'mampir', 'cek', 'check',
  'scan', 'klaim', 'claim', 'add to cart', 'masukin keranjang', 'masukkan keranjang', 'invite', 'dm', 'wa', 'chat', 'hubungi', 'grab', 'get yours', 'amankan', 'sikat', 'serbu', 'borong',
  'gaskeun', 'turn on', 'hit the bell', 'swipe', 'pamerin', 'post', 'upload', 'start shopping', 'pilih', 'ambil', 'cus', 'join', 'gabung', 'ikutan', 'sebarkan', 'spread',
  // Round seven: applying, signing up and bringing others along (forms, accounts, bookings), not using a product,
  // so usage steps ("oleskan", "bilas", "diamkan") never stack.
  'isi', 'fill in', 'unggah', 'ajukan', 'ajuin', 'daftarkan', 'aktifkan', 'activate', 'rekomendasikan', 'tanda tangani', 'buka rekening', 'buka tabungan', 'setor',
  'mampir', 'cobain', 'bungkus', 'book', 'pick', 'add', 'tell', 'switch', 'apply', 'call us', 'reserve',
  // Round seven b: messaging the seller privately and reviewing after buying.
  'message us', 'japri', 'leave a review',
]);
// Tried only where a clause opens (a few places per draft), not at every word: the start,
// after punctuation or a connective, past a softener ("yuk", "langsung", "don't forget to").
const ACTION_AT = new RegExp(ACTION.source, 'y');
// A hyphen opens a clause only as a dash (" - "), not inside a word ("e-book", "ikut-ikutan"); round fourteen.
const CLAUSE_OPEN = /(?:^|[.!?,;:\n()&—–•|]|(?<![a-z0-9])-|\b(?:dan|and|terus|trus|lalu|then|kemudian|plus|or|atau|abis itu|habis itu)\b)[\s]*(?:(?:yuk|ayo|langsung|jangan lupa|don't forget to|buruan|segera|please|silakan|just|cepat|now|sekarang)\s+)?/g;

/** The action opening a clause at `at`, past a round-fourteen softener, added to `found` under its verb. */
function actionAt(doc: GuardDoc, opening: number, found: Map<string, Hit>): void {
  const text = doc.text;
  SOFTENER_AT.lastIndex = opening;
  const at = SOFTENER_AT.test(text) ? SOFTENER_AT.lastIndex : opening;
  ACTION_AT.lastIndex = at;
  let end = ACTION_AT.test(text) ? ACTION_AT.lastIndex : -1;
  if (end < 0) {
    MORE_ACTION_AT.lastIndex = at;
    if (!MORE_ACTION_AT.test(text)) return;
    end = MORE_ACTION_AT.lastIndex;
  }
  if (notACall(doc, at, end)) return;
  // The verb is the match up to its first space ("follow" of "follow us").
  const space = text.indexOf(' ', at);
  const verb = text.slice(at, space >= 0 && space < end ? space : end);
  if (!found.has(verb)) found.set(verb, { rule: 'PRESSURE.CTA_STACK', start: at, end });
}

/** Distinct actions at clause starts, plus fixed selling phrases. */
function actions(doc: GuardDoc): Hit[] {
  const found = new Map<string, Hit>();
  const text = doc.text;
  CLAUSE_OPEN.lastIndex = 0;
  // test() and lastIndex, no match object: only the end of each clause opening is read.
  // The one empty opening is "^" at 0 (every other branch reads a character), so an
  // end at 0 is that one, and the scan steps past it.
  while (CLAUSE_OPEN.test(text)) {
    const at = CLAUSE_OPEN.lastIndex;
    if (at === 0) CLAUSE_OPEN.lastIndex = 1;
    actionAt(doc, at, found);
  }
  // Round fourteen: an emoji or bullet the normaliser dropped also opened a clause ("Follow ✅ Share").
  for (const at of symbolOpenings(doc)) actionAt(doc, at, found);
  for (const h of scan(doc, 'PRESSURE.CTA_STACK', CTA)) {
    if (!overlapsAny(found, h) && !notACall(doc, h.start, h.end)) found.set(`phrase@${h.start}`, h);
  }
  const hits = [...found.values()];
  return hits.length < 2 ? hits : hits.sort(byStart);
}

const byStart = (a: Hit, b: Hit): number => a.start - b.start;

/** A loop, not a spread and some(): this runs on every draft. */
function overlapsAny(found: ReadonlyMap<string, Hit>, h: Hit): boolean {
  for (const f of found.values()) if (f.start < h.end && h.start < f.end) return true;
  return false;
}

export function detectCtaStack(doc: GuardDoc, urgent: boolean): Hit[] {
  const ctas = actions(doc);
  const first = ctas[0];
  const last = ctas[ctas.length - 1];
  if (ctas.length < 2 || first === undefined || last === undefined) return [];
  return [{ rule: 'PRESSURE.CTA_STACK', start: first.start, end: last.end, severity: urgent ? 'warn' : 'info' }];
}
