// Round seven c (issue #11 point 1): shapes the train9 writers (corporate social teams, Gen-Z
// meme accounts, halal lifestyle, courses, wellness) used and the earlier tables did not read.
// Every table starts with a rare word or a number, so the gate skips it on most drafts:
// - SUPERLATIVE: a ranking word leaning on a vague basis ("menurut banyak pengguna", "widely
//   regarded", "according to industry chatter") that the evidence signal would read as a source,
//   and "best <thing> in town/the country".
// - FAKE_FREE: free, then a purchase it hangs on ("cukup daftar paket …", "just book any … package").
// - COMPETITOR_DISPARAGE: "other <x> brands are basically …", "unlike the sketchy …", "<x> lain banyak yang asal …".
// - CHILD_APPEAL: children told to get a parent to sign them up, or not to take a parent's no.
// - FINANCE_RETURN: a sum that "becomes" a sum, a sum "worth" at a horizon.
// - UNSUBSTANTIATED_STAT: "95% murid naik …", "naik rata-rata 1.5" with no source.
// - FOMO_SHAME: "couldn't be you", "jangan sampai jadi <someone> yang menyesal".
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import type { Hit } from './scan.js';

const stated = (doc: GuardDoc, m: Match): boolean => !isNegated(doc, m.start) && !inQuestion(doc, m.start, m.end);
const first = (doc: GuardDoc, table: RegExp): Match | undefined => allMatches(table, doc.text).find((m) => stated(doc, m));

// ---- ranking on hearsay ------------------------------------------------------------------------
const VAGUE_BASIS = phrases([
  'menurut (?:banyak|para|sebagian besar|kebanyakan) (?:pengguna|orang|pelanggan|nasabah|netizen|customer)',
  'widely (?:regarded|considered|seen|known) as',
  'according to (?:industry chatter|many|people|everyone|the internet|word of mouth)',
  'people keep telling us', 'kata orang-orang', 'kata banyak orang',
]);
const RANK = /(?:terbaik|terpercaya|terlaris|nomor satu|no\.1|#1|the best|best|top|most trusted|most popular|leading|paling [a-z]+)(?![a-z])/;
const BEST_IN_PLACE = phrases([
  '(?:the )?best (?:[a-z]+ ){1,2}in (?:town|the country|the city|the world|indonesia|jogja|jakarta|bandung|bali|surabaya|southeast asia)',
]);

function detectVagueRank(doc: GuardDoc): Hit[] {
  const basis = first(doc, VAGUE_BASIS);
  if (basis !== undefined) {
    // The hearsay may follow the ranking as its own sentence ("the best … in Jogja? people keep telling us").
    const i = doc.sentences.findIndex((x) => x.start <= basis.start && basis.end <= x.end);
    const s = doc.sentences[i];
    const from = doc.sentences[i - 1]?.start ?? s?.start;
    if (s !== undefined && from !== undefined && RANK.test(doc.text.slice(from, s.end))) return [{ rule: 'CLAIM.SUPERLATIVE', start: from, end: s.end }];
  }
  const m = first(doc, BEST_IN_PLACE);
  return m === undefined || doc.signals.evidence ? [] : [{ rule: 'CLAIM.SUPERLATIVE', start: m.start, end: m.end }];
}

// ---- free, then a purchase it hangs on -----------------------------------------------------------
// Normalised text has doubled letters collapsed: "free" reads "fre".
const FREE = /(?:gratis|fre)(?![a-z])/;
const HANGS_ON = phrases([
  "(?:cukup|tinggal|just|simply|only need to) (?:daftar|beli|book|buy|transfer|bayar|sign up for|purchase|ambil) (?:[a-z0-9']+ ){0,3}(?:paket|package|membership|biaya|fee|plan|subscription)",
]);

function detectFreeHangsOn(doc: GuardDoc): Hit[] {
  const m = first(doc, HANGS_ON);
  return m === undefined || !FREE.test(doc.text.slice(0, m.start)) ? [] : [{ rule: 'CLAIM.FAKE_FREE', start: m.start, end: m.end }];
}

// ---- others run down -----------------------------------------------------------------------------
const OTHERS_C = phrases([
  'other (?:[a-z]+ ){0,2}(?:brands|clinics|agents|shops|stores|sellers|apps) (?:are|is) (?:basically|just|literally|all|mostly)',
  'unlike (?:the |those |most )?(?:sketchy|shady|cheap|dodgy|fake|other) (?:[a-z]+ ){0,2}(?:brands?|agents?|agencies|clinics?|shops?|stores?|sellers?|companies)',
  'cheap for a reason', 'murah ada harganya',
  '(?:klinik|toko|brand|merek|travel|agen|salon|tempat) (?:[a-z]+ )?lain (?:banyak yang|kebanyakan|mostly) (?:asal|abal|palsu|nipu|curang|kw|sembarangan)',
]);

// ---- children told to get a parent to buy ---------------------------------------------------------
const CHILD_ASK = phrases([
  '(?:ask|tell|get|beg|convince) (?:your )?(?:mum|mom|mummy|mommy|dad|daddy|parents|grown-?ups|folks)(?: (?:and|&|or) (?:mum|mom|dad|daddy))? to (?:sign|book|buy|get|take|register|order)',
  "(?:don't|do not|dont) let (?:your )?(?:mum|mom|dad|parents) say no",
]);

// ---- a sum that becomes a sum ---------------------------------------------------------------------
const SUM = '(?:(?:rp ?|rm ?|\\$ ?)\\d[\\d.,]*(?: ?(?:juta|jt|rb|ribu|k|million|m))?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|million))';
// A sum may start with "$", which the gate cannot key on: the table is lazy behind its verbs.
const GROWS_CUE = phrases(['becomes', 'turns into', 'grows to', 'will be', 'jadi', 'menjadi', 'berubah jadi', 'worth', 'bernilai']);
const GROWS_TO = lazyPhrases([
  `${SUM} (?:becomes|turns into|grows to|will be|jadi|menjadi|berubah jadi) ${SUM}`,
  `(?:in|dalam) \\d+ (?:years?|tahun)(?: [a-z']+){0,4} (?:worth|jadi|menjadi|bernilai) (?:around |about |roughly |sekitar |kurang lebih )?${SUM}`,
]);

// Rough value of a sum, to tell growth from a price cut ("dari 200rb jadi 99rb").
const UNIT: Record<string, number> = { rb: 1e3, ribu: 1e3, k: 1e3, juta: 1e6, jt: 1e6, million: 1e6, m: 1e6 };
function amounts(text: string): number[] {
  return [...text.matchAll(/(\d[\d.,]*) ?(juta|jt|rb|ribu|k|million|m)?(?![a-z])/g)].map(
    (x) => Number((x[1] ?? '').replace(/[.,]/g, '')) * (UNIT[x[2] ?? ''] ?? 1),
  );
}

function detectGrowsTo(doc: GuardDoc): Hit[] {
  if (allMatches(GROWS_CUE, doc.text).length === 0 || doc.signals.ojkStated || doc.signals.limitationStated) return [];
  const m = allMatches(GROWS_TO, doc.text).find((x) => {
    const values = amounts(doc.text.slice(x.start, x.end));
    const last = values[values.length - 1] ?? 0;
    return stated(doc, x) && (values.length < 2 || last > (values[0] ?? 0));
  });
  return m === undefined ? [] : [{ rule: 'DISCLOSE.FINANCE_RETURN', start: m.start, end: m.end, severity: 'block' }];
}

// ---- a group's result or an average gain with no source --------------------------------------------
const STAT_C = phrases([
  '\\d+(?:[.,]\\d+)?% (?:murid|siswa|peserta|alumni|students|pupils|clients|members|pasien|patients) (?:naik|improved|raised|meningkat|dapat|dapet)',
  '(?:naik|turun|meningkat|menurun) rata-rata (?:\\d+(?:[.,]\\d+)?|satu|dua|tiga)',
]);

function detectStatC(doc: GuardDoc): Hit[] {
  const m = first(doc, STAT_C);
  return m === undefined || doc.signals.evidence ? [] : [{ rule: 'CLAIM.UNSUBSTANTIATED_STAT', start: m.start, end: m.end }];
}

// ---- shaming ---------------------------------------------------------------------------------------
const SHAME_C = phrases([
  "couldn't be you", 'could never be you', 'couldnt be you',
  'jangan sampai jadi (?:[a-z]+ ){1,2}yang (?:menyesal|nyesel|nyesal|ketinggalan)',
]);

const one = (doc: GuardDoc, rule: Hit['rule'], table: RegExp): Hit[] => {
  const m = first(doc, table);
  return m === undefined ? [] : [{ rule, start: m.start, end: m.end }];
};

// Each shape below finds nothing unless one of these tables matches on the draft: without any,
// the family is skipped.
const ROUND_SEVEN_C_CUES = anchors([VAGUE_BASIS, BEST_IN_PLACE, HANGS_ON, OTHERS_C, CHILD_ASK, GROWS_CUE, STAT_C, SHAME_C]);

export function detectRoundSevenC(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_SEVEN_C_CUES, doc.text)) return [];
  return [
    ...detectVagueRank(doc),
    ...detectFreeHangsOn(doc),
    ...one(doc, 'CLAIM.COMPETITOR_DISPARAGE', OTHERS_C),
    ...one(doc, 'DISCLOSE.CHILD_APPEAL', CHILD_ASK),
    ...detectGrowsTo(doc),
    ...detectStatC(doc),
    ...one(doc, 'PRESSURE.FOMO_SHAME', SHAME_C),
  ];
}
