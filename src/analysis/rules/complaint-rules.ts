// Signs that a follower is unhappy with an order, a product or the service.
import { FAILURE_FACT_RULES } from './failure-facts.js';
import { NOT_NEGATED, onNormalized, type Rule } from './rule.js';

export const COMPLAINT_RULES: readonly Rule[] = [
  onNormalized('reports_delay', 'sampai datang tiba dikirim diproses dibalas kabar masuk update keluar tanggapan respon sampai-sampai dibalas-balas seminggu sebulan berminggu berbulan hours menit minutes lama lambat telat terlambat delay delayed late waiting slow hari minggu jam bulan days weeks kemudian hold', new RegExp(String.raw`\b(?:belum (?:sampai|datang|dikirim|diproses|dibalas|ada kabar|masuk|update|keluar)|tidak (?:dibalas|ada kabar|ada tanggapan|ada respon|sampai-sampai|dibalas-balas)|(?:lama|lambat) (?:banget|sekali)|${NOT_NEGATED}(?:telat|terlambat|delay|delayed|late)|still waiting|slow respon|slow response|(?:belum|tidak|masih)\b[^.!]{0,30}\b\d+ (?:hari|minggu|jam|bulan|days|weeks)|\d+ (?:hari|minggu|jam|bulan|days|weeks)\b[^.!]{0,30}\b(?:belum|tidak|masih|kemudian)|(?:nunggu|tunggu|menunggu|waiting|waited) [^.!]{0,12}\d+ (?:hari|minggu|jam|bulan|days|weeks|hours|menit|minutes)|(?:minggu|bulan) kemudian|weeks late|on hold|(?:sampai|datang|tiba|dikirim|diproses|dibalas)(?: (?:setelah|dalam|hampir|lebih dari))? (?:\d+|dua|tiga|empat|lima|enam) (?:hari|minggu|bulan|days|weeks)|seminggu|sebulan|berminggu-minggu|berbulan-bulan)\b`)),
  onNormalized('reports_damage', 'rusak pecah penyok bocor cacat sobek retak lecet tumpah broken damaged crushed leaking torn peeling basi berjamur layu luntur mati soaked coming', new RegExp(String.raw`${NOT_NEGATED}\b(?:rusak|pecah|penyok|bocor|cacat|sobek|retak|lecet|tumpah|broken|damaged|crushed|leaking|torn|peeling|basi|berjamur|layu|luntur|mati total|soaked|coming apart)\b`)),
  onNormalized('wrong_item', 'salah dikirim datang sesuai beda wrong described item ketuker got kosong', /\b(?:salah (?:kirim|item|warna|ukuran|barang)|(?:yang|yg) (?:dikirim|datang) (?:salah|beda|\d+)|tidak sesuai|beda (?:jauh|dengan|sama|banget)|wrong (?:item|size|order)|not as described|kurang (?:\d+|satu) item|ketuker|got an? (?:extra )?\w+ instead|isi ?nya kosong|(?:dikirim|datang|dapat)\b[^.?!,]{0,25}\bsalah|got an extra small)\b/),
  onNormalized('poor_service', 'jutek kasar judes ramah tanggapan respon jawaban solusi rude never reply nobody useless muter dipersulit sepihak tanpa cancelled canceled cancelling canceling dibalas slow', /\b(?:jutek|kasar|judes|tidak ramah|tidak ada (?:tanggapan|respon|jawaban|solusi)|rude|never repl(?:y|ies)|no reply|nobody (?:answers|is answering|knows|can explain)|useless|muter-muter|dipersulit|(?:dicancel|dibatalin|dibatalkan|cancel) (?:sepihak|tanpa)|cancel(?:l?ed|l?ing) my order|tidak dibalas|slow respon)\b/),
  onNormalized('refund_issue', 'refund', /\brefund\b[^.?!]{0,40}\b(?:belum|tidak|kapan|lama|never|still)\b|\b(?:belum|tidak|still waiting for)\b[^.?!]{0,20}\brefund\b/),
  onNormalized('quality_issue', 'enak hambar palsu kw zonk berfungsi error crash crashing crashes kecewa disappointed nyesel menyesal kapok jelek buruk worst terrible poor burnt alot asin kemanisan pudar kusam mengecewakan biasa apek bau basah', new RegExp(String.raw`${NOT_NEGATED}\b(?:tidak enak|hambar|palsu|kw|zonk|tidak berfungsi|error|crash(?:ing|es)?|kecewa|disappointed|nyesel|menyesal|kapok|jelek|buruk|worst|terrible|poor|burnt|alot|asin|kemanisan|pudar|kusam|mengecewakan|biasa saja|apek|bau (?:apek|busuk|amis|tidak enak|aneh)|basah)\b`)),
  // Facts of a failed order, said plainly (English complaints are often just this): lost, never arrived, charged twice.
  onNormalized('reports_missing', 'hilang ilang raib lost losing missing never arrived not diterima came delivered charged', new RegExp(String.raw`${NOT_NEGATED}\b(?:(?:paket|barang|pesanan|kiriman|order|parcel|package|bag|luggage|koper|item|items|uang|saldo|money)\b[^.?!]{0,20}\b(?:hilang|ilang|raib|lost|missing)|(?:losing|lost) (?:my|our|the) \w+|never (?:arrived|came|showed up|got it)|has not (?:arrived|come)|did not (?:arrive|come)|not (?:arrived|delivered|received)|(?:belum|tidak) diterima|(?:double|twice|overcharged|wrongly) charged|charged (?:twice|double|two times))\b`)),
  onNormalized('frustration', 'sih kok masa niat apa', /\b(?:bagaimana|kenapa|kapan|apa) sih\b|\bkok (?:belum|tidak|masih|malah|lama|mahal|beda|dibatalkan|dicancel)\b|\bmasa (?:sih|belum|tidak)\b|\bniat (?:jualan|kerja|jual)\b|\bapa (?:dah|deh)\b/),
  ...FAILURE_FACT_RULES,
  onNormalized('recurring_problem', 'terus melulu mulu lagi', /\b(?:mati|error|rusak|hilang|putus|gagal|crash|lemot|keluar|hang|bocor|telat)(?: \w+)? (?:terus|melulu|mulu|lagi dan lagi)\b/),
];

// A compliment said about a failure is sarcasm: "mantap, paket sampai 3 minggu 👍".
// Praise words include the ironic ones ("perfect", "classy", "salut", "prestasi"); the clap
// emoji is read as "mantap" by the normaliser, so "paket hilang 👏" is praise of a failure too.
// Evaluations that can stand alone as an exclamation ("Perfect, the vase arrived shattered").
const EXCLAIMED_PRAISE = 'mantap|mantul|keren+|ker+e+n|hebat|bagus|luar biasa|salut|top|terbaik|great|brilliant|amazing|awesome|fantastic|wonderful|perfect|nice one|wow';
const PRAISE_WORD = new RegExp(String.raw`\b(?:${EXCLAIMED_PRAISE}|terima kasih|makasih|prestasi|bintang lima|love how|love that|thanks|thank you|wah|good job|great job|well done|classy|so proud|real proud|so glad|so helpful|best|senang)\b`);
const CONTRAST = /\b(?:tapi|tetapi|namun|but|sayang|padahal)\b/;
// Praise that opens the message on its own ("luar biasa sekali, uang sudah kepotong tapi ...")
// is about what follows, so a contrast inside that report does not make it sincere.
const OPENING_PRAISE = new RegExp(String.raw`^(?:(?:oh|wah|wow|ya|yah) )?(?:${EXCLAIMED_PRAISE})(?: [\w-]+){0,2} (?:,|\.|!)`);
// Thanks for a failure put right is sincere: "langsung bantu ganti barang yang rusak".
const PUT_RIGHT = /\b(?:ganti|diganti|gantiin|replaced|replacement|handled|di-handle|dihandle|fixed|sorted|resolved|beres|kept me updated|ngabarin|dikabari|cair|came through|refunded|sigap)\b/;
const FAILURE_REASONS = new Set(['reports_delay', 'reports_damage', 'wrong_item', 'poor_service', 'reports_missing']);
// An eye-roll emoji (read as "kesal") after praise says the praise is not meant.
const EYE_ROLL = /\bkesal\b/;

export function isSarcastic(normalized: string, reasons: readonly string[]): boolean {
  // "Praise, a failure or an eye-roll, and neither a contrast after which the praise is sincere
  // nor a fix", cheapest part first: this runs on every message, and few report a failure.
  if (!reasons.some((r) => FAILURE_REASONS.has(r)) && !EYE_ROLL.test(normalized)) return false;
  if (!PRAISE_WORD.test(normalized) || PUT_RIGHT.test(normalized)) return false;
  return !CONTRAST.test(normalized) || OPENING_PRAISE.test(normalized);
}
