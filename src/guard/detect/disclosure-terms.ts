// Promotions must carry their terms; "for everyone" claims must carry their limits (section B).
import type { GuardDoc } from '../context/doc.js';
import { toOriginalSpan } from '../text/normalize.js';
import { phrases } from '../text/pattern.js';
import { scan, type Hit } from './scan.js';

const PROMO = phrases([
  'diskon', 'discount', 'potongan(?: harga)?', 'potong harga', 'cashback', 'cash back', 'cicil(?:an)?(?: 0%)?', '0% (?:cicilan|interest|bunga)', 'voucher', 'vocer', 'kupon', 'coupons?',
  'promo(?:si)?(?! (?:kami |ini |nya )?(?:sudah |telah )?(?:berakhir|selesai|habis|ended))', 'kode promo', 'promo code', 'harga coret', 'flash sale',
  '(?:big|mega|mid|year end|payday|akhir tahun|ramadan|ramadhan|lebaran|anniversary|clearance|super) sale', 'sale(?! (?:ended|berakhir|selesai))', '\\d+% off', 'off \\d+%',
  'buy \\d+ get \\d+', 'b\\dg\\d', 'beli \\d+ gratis \\d+', 'gratis ongkir', 'free (?:shipping|ongkir|delivery)', 'bonus(?! (?:cerita|info|tips|foto|video|konten|story|content|fakta|fact|track|scene|question|pertanyaan))', 'berhadiah', 'menangkan', 'win an?', 'chance to win', 'giveaway',
  'hemat (?:\\d+%|rp|hingga|sampai|up to|\\d)', 'save (?:\\d+%|up to|rp|\\$)', 'harga (?:spesial|special|promo|khusus|miring|grosir|hemat)', 'special (?:price|offer)',
  // "bunga (deposito) hingga 5%" is a rate, not a discount.
  // "mengurangi rontok hingga 80%" is an effect (a claim), not a discount either.
  '(?<!(?:bunga|imbal hasil|return|returns|yield|profit|cuan|interest|rate|rates|apy|p\\.a|mengurangi|menurunkan|meningkatkan|reduces?|reducing|boosts?|improves?|increases?)(?: [a-z]+)? )(?:up to|hingga|sampai) \\d+%',
  'twin date', 'harbolnas', 'bundling', 'paket hemat', 'gratis (?:\\d+|sample|sampel|pouch|tote|merchandise|hadiah)',
  // Credit and instalments are offers with terms too (tenor, fees, eligibility).
  'paylater', 'pay later', 'bnpl', 'dicicil', 'nyicil', 'angsuran', 'kpr', 'kredit (?:tanpa|hp|motor|mobil|rumah|barang|ringan|murah|mudah|cepat|pakai|pake|modal|cuma|hanya|langsung|\\d)',
  'dp(?:-?nya)? (?:\\d[\\d.,]*%?|ringan|murah|rendah|nol|terjangkau)', 'tanpa (?:dp|bunga|uang muka)', 'bunga (?:0(?![0-9]|[.,]\\d)|ringan|rendah|nol)', 'interest-? ?free', 'no interest', 'zero interest',
  '0% (?:apr|interest|bunga|financing)', 'apr financing', 'financing', 'pay (?:it )?(?:off )?in (?:\\d|small|smaller|easy|little|bite-sized|monthly|weekly)', '(?:in-store|easy|instant) (?:credit|finance)', 'split (?:it |your [a-z]+ |the [a-z]+ )?into \\d', 'pay monthly', 'instal+ments?',
  // Credit sold by how light it feels, with no tenor, rate or total: "a tiny deposit and easy finance", "uang muka ringan".
  '(?:easy|flexible|simple|low-?cost|cheap) (?:finance|credit|monthly payments?|repayments?)', 'finance (?:available|options?|deals?)',
  '(?:tiny|small|low|little) (?:deposit|down ?payment)',
  // Credit named as a scheme or a spread cost: "spread the cost over 12 months", "sistem kredit", "our finance plan".
  'spread (?:the )?(?:cost|payments?|it)', '(?:finance|financing|credit|instal+ment|cicilan|kredit) (?:plan|scheme|program|programme)', 'sistem (?:kredit|cicilan|angsuran)', 'uang muka (?:ringan|murah|rendah|kecil|minim|nol)', 'dp (?:kecil|minim|seadanya)',
]);
// A "*" after a word or a number promises a footnote; it must exist.
const LONE_STAR = /(?<=[a-z0-9%!])\*+(?![a-z0-9 ]*[a-z])/g;
const FOOTNOTE = /(?:^|[\s(])\*+\s*[a-z]/;

/**
 * Collapsing letters makes "off 20%" and "returns of 12%" both read "of 20%": only the
 * original spelling tells a discount from a plain rate.
 */
function isCollapsedOf(doc: GuardDoc, h: Hit): boolean {
  if (!doc.text.startsWith('of ', h.start)) return false;
  const span = toOriginalSpan(doc.norm, h.start, h.start + 2);
  return !/^of{2,}$/i.test(doc.norm.original.slice(span.start, span.end));
}

// Round fourteen: a voucher that is the goods (bought, sold, topped up: "beli voucher game", "voucher Google
// Play", "jualan voucher pulsa") is a product like any other, not a price promotion with terms to state.
const VOUCHER_BOUGHT = /(?:beli|membeli|jual|jualan|menjual|sikat|buy|buying|sell|selling|resell|reseller) $/;
const VOUCHER_GOODS = /^(?:-?nya )?(?:game|games|pulsa|google play|play store|steam|saldo|diamonds?|data|listrik|token|top ?up|valid|asli|resmi)(?![a-z])/;
function voucherIsGoods(doc: GuardDoc, h: Hit): boolean {
  const word = doc.text.slice(h.start, h.end);
  if (!/^(?:voucher|vocer)s?$/.test(word)) return false;
  return VOUCHER_BOUGHT.test(doc.text.slice(Math.max(0, h.start - 12), h.start)) || VOUCHER_GOODS.test(doc.text.slice(h.end, h.end + 1) === ' ' ? doc.text.slice(h.end + 1) : doc.text.slice(h.end));
}

export function detectTermsMissing(doc: GuardDoc): Hit[] {
  const hits: Hit[] = [];
  // "tanpa potongan ongkir" says there is no promotion; "tanpa DP" (its own match) is one.
  const promos = scan(doc, 'DISCLOSE.TERMS_MISSING', PROMO, { question: true, aspiration: true }).filter((h) => !isCollapsedOf(doc, h) && !doc.text.endsWith('tanpa ', h.start) && !voucherIsGoods(doc, h));
  if (promos.length > 0 && !doc.signals.termsStated && !doc.signals.concreteEnd) hits.push(...promos.slice(0, 3));
  if (doc.text.includes('*') && !FOOTNOTE.test(doc.text)) {
    LONE_STAR.lastIndex = 0;
    for (let m = LONE_STAR.exec(doc.text); m !== null; m = LONE_STAR.exec(doc.text)) {
      hits.push({ rule: 'DISCLOSE.TERMS_MISSING', start: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
}

const EVERYONE = '(?:(?:semua|segala|seluruh|all|every|any) (?:jenis |tipe |macam |kondisi |masalah |bentuk )?(?:kulit|rambut|usia|umur|kalangan|orang|gender|skin(?: types?)?|hair(?: types?)?|ages|skin concerns?|body types?|tubuh|kondisi|masalah kulit|types?|kebutuhan|problem)|everyone|everybody|anyone|siapa (?:saja|pun)|siapapun|semua orang|segala usia|all ages)';
const BENEFIT = '(?:aman|safe|gentle|mild|lembut|cocok|pas|bisa|dapat|efektif|ampuh|bekerja|works?|suitable|effective|fits?|good|great|perfect|ideal|dipakai|digunakan|dikonsumsi|diminum|nyaman|recommended|formulated|designed|made|ramah)';
const VULNERABLE = '(?:kulit (?:sangat )?sensitif|(?:very )?sensitive skin|eczema(?: skin)?|ibu hamil|pregnant (?:women|mums|moms)|bayi|newborns?|babies|balita|toddlers)';
const FOR_EVERYONE = phrases([
  `${BENEFIT}(?: [a-z']+){0,3} (?:untuk |buat |bagi |for |di |oleh |by |dengan |with )?${EVERYONE}`,
  `${EVERYONE} (?:pasti |dijamin |juga |semua )?(?:bisa|cocok|boleh|dapat|can|aman)(?: (?:pakai|memakai|menggunakan|use|minum|konsumsi|cocok|coba))?`,
  `dari (?:bayi|balita|anak-anak|anak|remaja|newborn) (?:sampai|hingga|ke|to|until) (?:lansia|dewasa|orang tua|kakek|nenek|manula|tua)(?: [a-z]+){0,2} (?:bisa|cocok|aman|boleh|dapat|can)`,
  `${BENEFIT}(?: [a-z']+){0,3} (?:dari |from )?(?:bayi|balita|anak-anak|anak|remaja|newborn|babies|kids|teens|toddlers) (?:sampai|hingga|to|until) (?:lansia|dewasa|orang tua|kakek|nenek|manula|grandparents|adults|seniors)`,
  'one size fits all', 'no matter (?:your|what) (?:skin|age|hair|body|type)', 'whatever your (?:skin|hair|age)', 'universal (?:untuk|for|buat) (?:semua|all)',
  // The quantifier after the noun ("kulit apa pun", "any skin at all") or a solution for every problem.
  '(?:kulit|rambut|usia|umur|skin|hair|body) (?:apa ?pun|apa saja|manapun|mana pun|at all)', '(?:solusi|jawaban|solution|answer|fix) (?:untuk |buat |bagi |for |to )?(?:semua|segala|all|every|any) (?:masalah|problems?|keluhan|concerns?|issues?)',
  '(?:everyone|everybody|anyone|semua orang|siapa (?:saja|pun)) (?:will|akan|bakal|pasti) (?:see|get|feel|notice|merasakan|lihat|dapat|melihat)',
  // Suitable even for the most vulnerable reader: "cocok buat kulit sensitif sekalipun", "safe even for newborns".
  `${BENEFIT}(?: [a-z']+){0,2} (?:untuk |buat |bagi |for |on )?(?:even (?:for |on )?)?${VULNERABLE} (?:sekalipun|pun|even|juga)`, `${BENEFIT}(?: [a-z']+){0,2} (?:bahkan|even) (?:untuk |buat |bagi |for |on )?${VULNERABLE}`,
]);

export function detectLimitationsRisk(doc: GuardDoc): Hit[] {
  const hits = scan(doc, 'DISCLOSE.LIMITATIONS_RISK', FOR_EVERYONE, { question: true });
  return hits.length > 0 && doc.signals.limitationStated ? [] : hits;
}
