// Round seven (issue #11 point 1): pressure shapes two outside writers used and the earlier
// tables did not know, each a sentence shape rather than a writer's phrase:
// - FAKE_SCARCITY: a stock noun with words between it and a running-out predicate ("stok
//   lipstick shade brick udah menipis", "stock is running low on …"), a vague remainder
//   ("tinggal beberapa", "tersisa sedikit", "only a handful of … spots remain"), "as long as
//   there is some" ("selama masih ada slot"), and goods that will not be made again. A number
//   right after ("terbatas 15 orang") is the basis TRUST-RULES.md asks for.
// - FAKE_URGENCY: a close that can come at any moment or soon, a price rise after a relative
//   point, "besok udah telat", "don't put it off", time said to be running out.
// - FOMO_SHAME: the reader still on the old thing now ("hari gini masih …", "still using …?"),
//   others already ahead and the reader not ("…, kamu masih/kapan?"), someone else taking the
//   reader's place, regret with a vocative or "apabila", being left behind, shame ("ga malu?"),
//   blame and tears foretold, only careless people waiting.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion } from '../context/guards.js';
import { rangeContaining } from '../context/structure.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { phrases } from '../text/pattern.js';
import { scan, type Hit } from './scan.js';

const STOCK = '(?:stok|stock|persediaan|kuota|quota|slot|slots|seats?|spots?|places|tempat|unit|units|tickets?|rooms?|kamar)';
const VAGUE_FEW = '(?:sedikit|dikit|beberapa|segelintir)(?! (?:jam|menit|hari|minggu|langkah|klik|detik|hours?|days?|minutes?))';

const SCARCE = phrases([
  // The stock noun, words between, then it running out.
  `${STOCK}(?:nya)?(?: [a-z0-9-]+){0,5} (?:is |are |sudah |udah )?(?:mau |hampir |nyaris )?(?:menipis|abis|running low|running out|nearly gone|almost gone|sangat terbatas|super terbatas|terbatas(?! (?:untuk |hanya |cuma )?\\d))`,
  `${STOCK}(?:nya)?(?: [a-z0-9-]+){0,3} (?:tinggal|sisa|tersisa) ${VAGUE_FEW}`,
  `(?:only |just )?(?:a handful of|very few|a few) (?:[a-z-]+ ){0,2}${STOCK}(?: [a-z]+){0,4} (?:left|remain|remaining)`,
  // "As long as there is some": "selama masih ada slot", "mumpung masih ada".
  `selama masih (?:ada|tersedia)`, `selama (?:ada|tersedia) ${STOCK}`, `selama ${STOCK}(?:nya)? (?:masih )?(?:ada|tersedia)`,
  // Goods that will not be made again.
  '(?:tidak|tak) (?:akan |bakal )?(?:diproduksi|dibuat|direstock|di-restock|dijual) lagi',
]);

// A vague remainder before the noun: "tersisa sedikit unit", "tinggal beberapa biji". In a reply it
// answers a stock question ("warna hitam tinggal sedikit ya kak") unless shouted, as COUNT_LEFT in pressure.ts.
const REMAINDER = phrases([`(?:tersisa|tinggal|sisa) ${VAGUE_FEW}`]);

function remainder(doc: GuardDoc): Hit[] {
  return scan(doc, 'PRESSURE.FAKE_SCARCITY', REMAINDER, { negation: false }).filter((h) => {
    const s = rangeContaining(doc.sentences, h.start, h.end);
    return doc.kind === 'post' || (s !== undefined && doc.text.slice(s.start, s.end + 1).includes('!'));
  });
}

const URGENT = phrases([
  '(?:bisa|dapat|may|might|could|can) (?:ditutup|tutup|berakhir|close|end|be closed)(?: [a-z]+)? (?:kapan (?:saja|pun)|kapanpun|any ?time|at any (?:time|moment))',
  '(?:segera|sebentar lagi) (?:ditutup|tutup)', '(?:closes?|closing|vanish(?:es)?|disappears?|goes away|ends?) (?:very )?soon', '(?:hilang|lenyap) (?:segera|sebentar lagi)',
  '(?:before|sebelum) (?:the )?(?:price|prices|harga|tarif)(?:nya)?(?: [a-z]+)? (?:goes up|go up|rises?|increases?|naik)',
  'besok (?:sudah )?(?:telat|terlambat|too late)', 'tomorrow (?:is|will be|may be) too late', 'jangan (?:menunda|tunda|nunda)', "(?:don't|do not) (?:delay|put it off|put this off)",
  "(?:the )?clock(?:'s| is) ticking", 'time is running out', 'running out of time', 'waktu(?: [a-z]+)? (?:hampir|mau|sudah mau|nyaris) habis',
  '(?:price|prices|harga|tarif)(?: [a-z]+){0,4} (?:go(?:es)? up|increases?|rises?|naik)(?: [a-z]+)? (?:at midnight|tonight|tomorrow|soon|besok|nanti malam|tengah malam)',
  '(?:abis|habis|setelah|after) (?:ini|this),? (?:harga|price|prices)(?: [a-z]+)? (?:naik|go(?:es)? up)',
]);

// Ahead of the reader: all of them already ("sudah pada", "already") doing something, or moved to,
// got or switched to a thing; "temanmu sudah datang" is no bandwagon.
const OTHERS_AHEAD = '(?:(?:sudah )?pada [a-z]+|already [a-z]+|sudah (?:pindah|punya|pakai|beli|ganti|upgrade|switch|coba|pasang|ikut|daftar|investasi|invest|nabung|liburan))';
const FOMO = phrases([
  // The reader still on the old thing now: "hari gini masih pake kipas", "udah 2026 masih bayar cash".
  '(?:hari gini|zaman sekarang|jaman sekarang|di zaman sekarang|sudah \\d{4}|in \\d{4})(?: [a-z]+){0,2} (?:kok )?(?:masih|still)',
  // Regret with a vocative or a formal "apabila" before the condition, or regret readied.
  '(?:menyesal|rugi)(?: (?:kak|kakak|sis|gan|bun|bunda|guys|say|beb))? (?:kalau|jika|apabila|bila|if)(?: [a-z]+){0,2} (?:tidak|belum|melewatkan|skip)',
  'siap-siap (?:menyesal|rugi|gigit jari)', '(?:bakal|akan|pasti) (?:ketinggalan|tertinggal)(?: jauh)?', 'jangan (?:sampai )?tertinggal',
  '(?:jangan sampai|jangan jadi|don\'t be)(?: jadi| the)? (?:cuma|hanya|satu-satunya|the only)',
  // Others ahead of the reader: "temen kantormu udah pada pindah", "your neighbours upgraded ages ago".
  `(?:teman|temen|tetangga|rekan|sahabat)(?:-(?:teman|temen))?(?: [a-z]+)?(?:mu| kamu| anda)(?: [a-z]+){0,2} ${OTHERS_AHEAD}`,
  'your (?:neighbou?rs|friends|parents|colleagues|coworkers|peers|mates)(?: already)? (?:upgraded|switched|moved|bought|had|got|own|have)',
  "everyone in your(?: [a-z]+){1,2} (?:is|are|'s) already", "(?:someone|somebody) else(?:'s| is| will| could| might)(?: [a-z]+)? (?:[a-z]+ing|get|take|grab|buy|snag)",
  '(?:seperti|kayak|like) (?:keluarga|orang|teman|temen|ibu-ibu|families|everyone) (?:lain|lainnya|else)',
  // Shame, blame and tears foretold.
  'jangan (?:salahin|salahkan|nyalahin) (?:siapa-siapa|siapa pun|orang lain)', "(?:don't|do not) blame (?:anyone|us|anybody)",
  'jangan (?:nangis|menangis|iri|sirik|baper)(?: [a-z]+)? (?:pas|kalau|waktu|nanti|ketika)', "(?:don't|do not) cry (?:when|if)",
  '(?:hanya|cuma|only) (?:orang|people|those)(?: yang| who)? (?:tidak|don\'t|do not|never) (?:peduli|sayang|care|love|mikir|think)',
  '(?:your future self|dirimu di masa depan)(?: [a-z]+){0,2} (?:never forgive|blame|hate|regret)',
]);
// Said inside a question to the reader, these shame: "masa ke Jogja ga nginep di hotel kita?",
// "kamu ga malu ya …?", "still using that old kettle?", "…, kamu kapan?".
const FOMO_QUESTION = phrases([
  '(?:masa|masak) (?:sih )?(?:[a-z-]+ ){0,3}(?:belum|tidak|masih) [a-z]+',
  '(?:masa|masak) (?:sih )?(?:[a-z-]+ ){0,3}(?:yang )?belum(?= ?\\?)', '(?:kamu |anda |kakak )?tidak malu', "(?:why are you |are you )?still (?:not )?[a-z]+ing", '(?:kamu|anda|kakak|you) (?:masih|kapan|still)',
]);
// Shame before others; "nggak usah malu sama kami" (don't be shy) is a negation, so this one keeps it.
const SHAME = phrases(['malu (?:sama|dengan|dilihat)']);
// The reader's "kamu masih/kapan" shames only against others already ahead in the draft.
const AHEAD_BEFORE = /(?:sudah|already|pada|lain|lainnya|else)\b/;
const PEERS_OR_JUDGEMENT = /\b(?:neighbou?rs|friends|colleagues|coleagues|classmates|clasmates|everyone|everybody|embarasing|embarassing|embarrassing|kasihan|kasian|excuses|a choice|just saying|(?:that|those) (?:old|ancient|tired|same)|sad)\b/;

function sentenceEndsInQuestion(doc: GuardDoc, h: Hit): boolean {
  const s = rangeContaining(doc.sentences, h.start, h.end);
  return s !== undefined && (inQuestion(doc, h.start, h.end) || doc.text.slice(h.end, s.end + 2).includes('?'));
}

function questionShame(doc: GuardDoc): Hit[] {
  const hits: Hit[] = [];
  for (const h of scan(doc, 'PRESSURE.FOMO_SHAME', FOMO_QUESTION, { negation: false })) {
    if (!sentenceEndsInQuestion(doc, h)) continue;
    const word = doc.text.slice(h.start, h.end);
    if (/^(?:kamu|anda|kakak|you) (?:masih|kapan|stil)/.test(word) && !AHEAD_BEFORE.test(doc.text.slice(Math.max(0, h.start - 80), h.start))) continue;
    // Bare "still …ing?" is as often an upgrade offer ("Still using the old model? Here is how to trade in")
    // as shame: it shames beside others ahead or a judgement ("that old stove", "sad chicken", "your friends
    // stopped years ago"), before it or in the question and the next sentence or two.
    if (/^(?:are you )?stil /.test(word) && !AHEAD_BEFORE.test(doc.text.slice(Math.max(0, h.start - 80), h.start)) && !PEERS_OR_JUDGEMENT.test(doc.text.slice(h.start, h.end + 160))) continue;
    hits.push(h);
  }
  return hits;
}

// Every hit below is a match of one of these tables: without any in the draft's pass, the family is skipped.
const ROUND_SEVEN_PRESSURE_CUES = anchors([SCARCE, REMAINDER, URGENT, FOMO, SHAME, FOMO_QUESTION]);

export function detectPressureRoundSeven(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_SEVEN_PRESSURE_CUES, doc.text)) return [];
  const urgent = doc.signals.concreteEnd ? [] : scan(doc, 'PRESSURE.FAKE_URGENCY', URGENT, { negation: false });
  return [
    ...scan(doc, 'PRESSURE.FAKE_SCARCITY', SCARCE, { negation: false }),
    ...remainder(doc),
    ...urgent,
    ...scan(doc, 'PRESSURE.FOMO_SHAME', FOMO, { negation: false }),
    ...scan(doc, 'PRESSURE.FOMO_SHAME', SHAME),
    ...questionShame(doc),
  ];
}
