// Hard selling: urgency, scarcity, stacked calls to action, FOMO and shame (section C).
import type { GuardDoc } from '../context/doc.js';
import { rangeContaining } from '../context/structure.js';
import { loosePhrases, matchesAnywhere, phrases } from '../text/pattern.js';
import { detectCtaStack } from './cta.js';
import { detectFomoShapes } from './fomo-structure.js';
import { scan, type Hit } from './scan.js';

// Urgency with no end at all: the reader cannot check it, so it is blocked.
const OPEN_URGENCY = phrases([
  'buruan', 'buru-buru (?:order|beli|checkout|ambil|amankan)', 'cepetan', 'cepatan', 'cepat (?:order|beli|checkout|ambil|amankan|daftar|serbu|klik)', 'segera (?:order|beli|checkout|ambil|amankan|daftar|miliki|dapatkan|serbu|pesan|klaim)',
  'jangan (?:sampai )?(?:kehabisan|telat|terlambat|kelamaan)', 'sebelum (?:kehabisan|terlambat|telat|harga naik|naik harga|kehilangan|diserbu|promo(?:nya)? (?:berakhir|habis)|ditutup|kehabisan stok|habis)',
  'kesempatan terakhir', '(?:promo|diskon|sale|batch|stok) terakhir', 'last chance', 'detik-detik terakhir', 'final call', 'last call', 'limited time(?: only| offer)?', 'waktu terbatas', 'hurry(?: up)?', 'act (?:now|fast|quickly)',
  'now or never', 'sekarang atau tidak (?:sama sekali|pernah)', 'kapan lagi', 'mumpung (?:masih|lagi|ada|promo|diskon|murah|sale)', "(?:don't|do not) wait", "before (?:it's|its|they're) (?:too late|gone)",
  'jangan (?:tunggu|nunggu) (?:lama|lagi|besok|nanti)', '(?:tunggu|nunggu) apa lagi', 'what are you waiting for', 'hitungan (?:jam|menit|hari)', 'tinggal (?:beberapa |hitungan )?(?:jam|menit|hari) lagi',
  'only (?:a few )?(?:hours|days) left', 'a few (?:hours|days) left', '(?:hours|days) left', 'berakhir (?:sebentar lagi|segera|secepatnya)', 'ends? soon', 'ending soon', 'segera berakhir', 'promo (?:kilat|dadakan)', 'ga pake lama', 'tidak pakai lama',
  '(?:besok|nanti|minggu depan|segera|sebentar lagi) harga(?:nya)? (?:akan |bakal )?naik', 'harga(?:nya)? (?:akan |bakal )?naik (?:besok|lagi|segera|sebentar lagi)',
  'prices? (?:go(?:es)? up|increases?|rises?|will rise) (?:tomorrow|soon)',
  // "Never again", with no date: "harga segini gak bakal ada lagi", "this deal won't come back".
  '(?:harga|promo|diskon|kesempatan|penawaran|deal|momen)(?: [a-z]+){0,2} (?:tidak|belum tentu) (?:akan |bakal )?(?:ada|datang|terulang|muncul|balik) lagi',
  "(?:price|deal|offer|chance|discount)s?(?: [a-z]+){0,2} (?:won't|will never|may never|never) (?:come back|be back|come again|happen again|return)",
]);
// Urgency that names a relative end ("hari ini saja"): checkable, but still pressure.
const RELATIVE_URGENCY = phrases([
  'hari ini (?:saja|only)', '(?:hanya|only) (?:hari ini|malam ini|today|tonight|besok|weekend ini|minggu ini|\\d+ (?:jam|hari)(?! (?:pakai|pemakaian|penggunaan|rutin|use|of use)))', 'today only', 'tonight only', 'this weekend only',
  'ends (?:tonight|today|tomorrow|at midnight)', 'berakhir (?:malam ini|hari ini|besok|nanti malam|tengah malam)', 'malam ini (?:saja)', '(?:sampai|until) (?:nanti malam|(?:nanti )?(?:malam ini|tonight|midnight|tengah malam))',
  '\\d+ jam (?:saja|only)', 'weekend ini (?:saja)', '(?:hari|malam) terakhir', '(?:hari|malam) ini (?:terakhir|the last)', 'besok (?:sudah )?(?:tidak ada lagi|habis|berakhir|ditutup|kembali normal)', 'last day',
]);

function detectUrgency(doc: GuardDoc): Hit[] {
  const hits = [
    ...scan(doc, 'PRESSURE.FAKE_URGENCY', OPEN_URGENCY).map((h): Hit => ({ ...h, severity: 'block' })),
    ...scan(doc, 'PRESSURE.FAKE_URGENCY', RELATIVE_URGENCY),
  ];
  // A real end date or time makes the urgency honest information.
  return hits.length > 0 && doc.signals.concreteEnd ? [] : hits;
}

const SCARCITY = phrases([
  '(?:stok|stock|persediaan|kuota|quota|jumlah|slot|tempat|seat|kursi|barang|produk) (?:sangat |super |amat )?terbatas', 'limited (?:stocks?|quantity|quantities|slots?|seats?|edition|supply|pieces|stock)',
  'selama (?:persediaan|stok|stock|barang) (?:masih )?(?:ada|tersedia)', 'while (?:stocks?|supplies) last', 'only \\d+ (?:[a-z]+ )?(?:left|remaining|more)', '\\d+ (?:spots?|seats?|slots?|pieces|items|units|pcs|tickets) left', '\\d+ (?:left|remaining) in stock',
  // Stock or quota said to be running out, with no number: "kuotanya udah mau habis", "stoknya tipis".
  '(?:stok|stock|kuota|quota|slot|tempat|seat|persediaan)(?:nya)? (?:sudah |udah )?(?:mau|hampir|nyaris|tinggal|sisa) (?:habis|dikit|sedikit|ludes)',
  '(?:stok|stock)(?:nya)? (?:tipis|menipis)', 'sisa (?:dikit|sedikit)',
  'almost (?:sold out|gone)', 'nearly sold out', 'few (?:left|remaining)', 'siapa cepat(?: dia)? dapat', 'first come,? first serve[d]?', 'selling (?:fast|out fast)', 'going fast', 'cepat habis', 'rebutan', 'diserbu', 'laris manis', 'sold out (?:terus|mulu|melulu)',
]);
// How much is left: honest stock information when it answers a question in a reply.
const COUNT_LEFT = phrases([
  'hampir (?:habis|sold out|ludes)', 'nyaris (?:habis|ludes)', 'stok (?:menipis|tipis|sedikit lagi|hampir habis|tinggal sedikit)', 'tinggal sedikit','(?:tinggal|sisa|tersisa|hanya ada|cuma ada) \\d+(?! ?(?:hari|jam|menit|minggu|days?|hours?|%))(?: ?(?:pcs|pc|biji|botol|slot|lagi|unit|item|stok|pack|box|set|seat|kursi|tiket|buah))?']);
// A stated quantity or quota is the "basis" TRUST-RULES.md asks for.
const BASIS = loosePhrases(['dari (?:total )?\\d+', 'of \\d+', '(?:kuota|quota) \\d', '\\d+ (?:pcs|orang|pembeli|slot|unit) pertama', 'first \\d+', '(?:dibuat|diproduksi|produksi|made|produced) (?:hanya |cuma |only )?\\d+', '(?:edisi|edition) (?:ini )?(?:hanya |cuma |only )?\\d+', '(?:terbatas|limited) (?:untuk |to |hanya |cuma |only )?\\d+']);

// A module function, not a named closure made on every call: builds that keep function
// names (tsx, which runs npm run eval:guard) rename each such closure as it is made, a
// property definition per call that showed as a tenth of check()'s time.
function sentenceOf(doc: GuardDoc, h: Hit): string {
  const range = rangeContaining(doc.sentences, h.start, h.end);
  return range === undefined ? doc.text : doc.text.slice(range.start, range.end);
}

function detectScarcity(doc: GuardDoc): Hit[] {
  const general = scan(doc, 'PRESSURE.FAKE_SCARCITY', SCARCITY).filter((h) => !matchesAnywhere(BASIS, sentenceOf(doc, h)));
  // "Stoknya tinggal 2 pcs kak" answers a question; in a reply it is pressure only when shouted.
  // A count out of a stated total ("tinggal 18 dari 120 produksi") has its basis, as above (round seven b).
  const counts = scan(doc, 'PRESSURE.FAKE_SCARCITY', COUNT_LEFT).filter((h) => (doc.kind === 'post' || sentenceOf(doc, h).includes('!')) && !matchesAnywhere(BASIS, sentenceOf(doc, h)));
  return [...general, ...counts];
}

// Outdated is shame when it is the reader's: "HP kamu udah ketinggalan zaman", "Masih bayar mahal …? Duh, ketinggalan zaman".
// Said of a rival's facilities or an old remedy ("kerokan udah ketinggalan zaman") it is about a thing, not the reader.
const OUTDATED = phrases(['ketinggalan (?:zaman|jaman|tren|trend)']);
const READER_BEFORE = /\b(?:kamu|kau|anda|kakak|kak|lo|lu|elo|you|your|masih|still|stil|[a-z]+mu)\b/;
// The word itself, denied ("beli sesuai kebutuhan, bukan karena FOMO"), warns against pressure: scanned with negation.
const FOMO_WORD = phrases(['fomo']);
// Regret with neither a future nor a condition ("menyesal tidak bawa jaket", "nyesel nggak dateng kemarin?") is
// told of the past, so the bare "menyesal tidak …" needs "kalau/jika/if" here; the foretold forms are above.
const FOMO = phrases([
  '(?:bakal|pasti|nanti|dijamin|bisa) menyesal (?:kalau |jika |if )?(?:tidak|belum|melewatkan)', '(?:tidak|belum) (?:beli|coba|punya|order|pakai) (?:pasti |bakal |dijamin )?menyesal',
  'rugi (?:banget )?(?:kalau|jika) (?:ngelewatin|lewatin|melewatkan|kelewatan|ketinggalan|dilewatkan)', 'belum (?:coba|beli|punya|pakai)(?: [a-z]+){0,2},? rugi', '(?:bakal|pasti|nanti|dijamin|bisa) menyesal(?![ -]+[a-z])',
  '(?:kalau|jika|if) (?:tidak|belum) (?:beli|coba|order|punya|ikut|checkout)(?: [a-z]+){0,2},? (?:nanti |bakal |pasti )?(?:menyesal|rugi)', '(?:tinggal|hanya) (?:kamu|kakak|anda)(?![ -]+[a-z])', 'menyesal (?:kalau|jika|if) (?:tidak|belum|melewatkan)', 'bakal menyesal', 'pasti menyesal', 'rugi (?:banget |besar )?(?:kalau|jika) (?:tidak|belum|melewatkan|sampai)',
  'jangan sampai (?:menyesal|ketinggalan|kelewatan)', 'jangan (?:mau )?(?:ketinggalan|kelewatan)', '(?:masa|masak|masih) (?:kamu |kakak |sis |gan )?(?:belum|tidak) (?:punya|pakai|coba|beli|tahu|tau|pernah)',
  'kudet', '(?:cuma|hanya|tinggal) (?:kamu|kakak|anda|you) (?:yang|who) (?:belum|tidak)', 'semua orang (?:sudah |udah )?(?:punya|pakai|beli|ganti|pindah|switch|coba|order)',
  "everyone(?:'s| is| else| else's)? (?:has|is using|already|switching|using|buying|getting|talking)", "(?:don't|do not) (?:be|get) left (?:behind|out)", "(?:don't|do not) miss (?:out|it|this)", 'jangan lewatkan',
  // A vocative often sits inside the phrase: "sayang banget kak kalau dilewatin".
  'sayang(?: banget| sekali)?(?: (?:kak|kakak|sis|gan|bun|bunda|guys|say|beb|bestie|kalian|kamu|moms?))? (?:kalau|jika) (?:sampai )?(?:dilewatkan|dilewatin|dilewati|terlewat|kelewatan|ketinggalan|tidak|belum)',
  // Everyone else already has it: bandwagon pressure.
  '(?:yang lain|teman-teman (?:kamu|kalian|kakak)|orang-orang|tetangga) (?:sudah |pada )+(?:punya|beli|checkout|pakai|borong)',
  // The reader's own circle already has it: "semua temenmu udah pakai", "everyone on your feed already has one".
  '(?:semua )?(?:teman|temen|sahabat|bestie|tetangga|rekan|geng|circle)(?:-(?:teman|temen))?(?:mu| kamu| kalian| kakak| anda)(?: [a-z]+){0,2} (?:sudah |pada )+(?:punya|beli|checkout|pakai|borong|coba|cobain|ganti|pindah)',
  "(?:everyone|everybody|all (?:of )?your friends|your (?:friends|besties|squad|circle|coworkers|neighbou?rs)) (?:on|in|at|from) (?:your|ur) [a-z]+ (?:already )?(?:has|have|owns?|got|bought|uses?|wears?)",
  "(?:everyone|everybody)(?: [a-z']+){1,3} (?:is |are |'s )?already (?:has|have|owns?|got|bought|uses?|wears?|[a-z]+ing)",
  // The reader as the one still without it, the sentence left open: "masa kamu belum?".
  '(?:masa|masak) (?:sih )?(?:kamu |kakak |sis |gan |anda |kalian )?(?:masih )?belum(?![ -]+[a-z])',
  // The reader singled out as the one left behind: "kamu doang yang ketinggalan", "masa sih kamu satu-satunya yang belum coba".
  `(?:hanya|saja|only|satu-satunya|the only one) (?:kamu|you|kakak|anda)?(?: [a-z]+){0,1} (?:yang|who) (?:belum|tidak|ketinggalan|missing|still|haven't|don't)`,
  `(?:kamu|you|kakak|anda) (?:saja|hanya|satu-satunya|the only one|alone)(?: [a-z]+){0,1} (?:yang|who) (?:belum|tidak|ketinggalan|missing|still|haven't|don't)`,
  '(?:masa|masak)(?: [a-z-]+){1,3} (?:belum|tidak) (?:punya|pakai|coba|beli|tahu|tau|pernah|ikut|ikutan)',
  // Regret conditioned on missing out, with words between: "rugi banget kalau kamu nggak ikutan".
  '(?:rugi|menyesal)(?: (?:banget|besar|sekali|belakangan|nanti))? (?:kalau|jika|if)(?: [a-z]+){0,2} (?:tidak|belum|melewatkan|kelewatan|ketinggalan|kehabisan|kebagian|sampai)',
  'jangan (?:sampai )?menyesal',
  // Everyone else, or the "real" / "smart" buyer, already has it: bandwagon and shame.
  "(?:yang lain|semua teman(?:mu)?|all your friends|your friends|real fans|true fans|smart (?:shoppers|buyers|moms|mums|people)|cewek pintar|ibu cerdas)(?: [a-z']+){0,2} (?:sudah|pada|already|never|always)(?: pada)?(?: [a-z]+)? (?:punya|pakai|beli|own|have|got|pay|coba|ikut|glowing|tahu|know)",
  "you'll regret", 'you will regret', "(?:don't|do not) be (?:the only|the last|left out)", 'missing out', "still (?:don't have|haven't)", 'norak (?:kalau|jika)', 'tidak gaul', 'malu (?:kalau|jika) (?:tidak|belum)', 'tidak kekinian',
]);

export function detectPressure(doc: GuardDoc): Hit[] {
  const urgency = detectUrgency(doc);
  return [
    ...urgency,
    ...detectScarcity(doc),
    ...detectCtaStack(doc, urgency.length > 0),
    ...scan(doc, 'PRESSURE.FOMO_SHAME', FOMO, { negation: false }),
    ...scan(doc, 'PRESSURE.FOMO_SHAME', FOMO_WORD),
    ...scan(doc, 'PRESSURE.FOMO_SHAME', OUTDATED, { negation: false }).filter((h) => READER_BEFORE.test(doc.text.slice(Math.max(0, h.start - 100), h.end))),
    ...detectFomoShapes(doc),
  ];
}

