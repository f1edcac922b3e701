// Round seven b (issue #11 point 1): shapes that marketplace sellers, micro-influencers and
// regional writers (train8) used and the earlier tables did not read. Each is a sentence shape
// behind a gated cue (a rare word), so most drafts pay one trie walk and nothing else:
// - UNSUBSTANTIATED_STAT: a share of a group and an outcome verb ("95% alumni lolos …"), a change
//   by a percentage since or after something ("naik 300% sejak …"), a change "by N <unit> on
//   average", a test on a counted group with no source ("teruji pada 500 relawan").
// - ABSOLUTE_GUARANTEE: "pasti" before an outcome verb ("pasti masuk halaman pertama", "pasti
//   langsung diterima kerja"), failure ruled out in English slang ("no fail").
// - HEALTH_CURE: a remedy for every illness ("obat segala penyakit"), and the regional causative
//   of "sembuh" ("nyembuhno", "nyembuhake").
// - COMPETITOR_DISPARAGE: others placed by a landmark ("… di ujung gang itu") or a crowd of them
//   ("kost di sekitar kampus banyak yang …") and run down before the brand is set apart.
// - FINANCE_RETURN: a sum put in and "got back" with certainty, a value multiplied at a horizon,
//   savings per period turned into a sum.
// - TERMS_MISSING: credit sold by its approval speed or ease ("approval cepet", "easy ansuran").
// - PAID_PARTNERSHIP: a stay or a meal at a tagged account and the writer hosted, pampered or
//   treated by its people ("di villa @x, dijamu full sama owner-nya"), with no ad label.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { rangeContaining } from '../context/structure.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import { CLEAR_LABEL } from './disclosure-audience.js';
import { scan, type Hit } from './scan.js';

const stated = (doc: GuardDoc, m: Match): boolean => !isNegated(doc, m.start) && !inQuestion(doc, m.start, m.end);

// ---- statistics ---------------------------------------------------------------------------
// Outcome verbs of a group: passing, being accepted, succeeding.
const OUTCOME = '(?:lolos|lulus|berhasil|sukses|diterima|keterima|passed|landed|got|gets|succeeded|scored|sembuh)';
// A claim word after the share ("100% aman dan …") is purity or safety, not a group.
const NOT_GROUP = '(?!(?:aman|safe|alami|natural|halal|asli|original|murni|pure|organik|organic)(?![a-z]))';
const STAT_B = phrases([
  `\\d+(?:[.,]\\d+)?% ${NOT_GROUP}(?:[a-z]+ ){1,2}${OUTCOME}`,
  '(?:naik|turun|meningkat|menurun|melonjak|up|grew|rose|jumped|dropped|fell) \\d+(?:[.,]\\d+)?% (?:sejak|since|setelah|after|sesudah|dalam|within)',
  "(?:raised|improved|boosted|increased|cut|reduced|lifted|naikin|menaikkan|meningkatkan) (?:[a-z']+ ){0,3}by \\d+ [a-z]+ on average",
  '(?:teruji|diuji|dites|sudah diuji|tested|trialled|trialed)(?: [a-z]+)? (?:pada|on|sama|ke|oleh|by|di|with) \\d[\\d.,]* [a-z]+',
]);

function detectStatB(doc: GuardDoc): Hit[] {
  const m = allMatches(STAT_B, doc.text).find((x) => stated(doc, x));
  if (m === undefined || doc.signals.evidence) return [];
  // A price or a discount is an offer, not a result: "harga naik 10% sejak Januari".
  const s = rangeContaining(doc.sentences, m.start, m.end);
  if (s !== undefined && /(?:harga|price|tarif|diskon|discount|bunga|interest|fee)/.test(doc.text.slice(s.start, m.start))) return [];
  return [{ rule: 'CLAIM.UNSUBSTANTIATED_STAT', start: m.start, end: m.end }];
}

// ---- certain outcomes ----------------------------------------------------------------------
const SURE_OUTCOME = phrases([
  'pasti (?:langsung )?(?:masuk|lolos|lulus|diterima|keterima|laku|sukses|berhasil|untung|cuan|closing|balik modal|dapat kerja|dapet kerja)',
  '(?:no|zero|anti) fail(?![a-z])',
]);
// The writer's own plan, not a promise: "aku pasti masuk kerja besok".
const SPEAKER_BEFORE = /(?:^|[^a-z])(?:aku|saya|gue|gw|i|ku|kami|kita) (?:juga )?$/;

function detectSureOutcome(doc: GuardDoc): Hit[] {
  for (const m of allMatches(SURE_OUTCOME, doc.text)) {
    if (!stated(doc, m) || SPEAKER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start))) continue;
    return [{ rule: 'CLAIM.ABSOLUTE_GUARANTEE', start: m.start, end: m.end }];
  }
  return [];
}

// ---- cures ---------------------------------------------------------------------------------
const CURE_B = phrases([
  '(?:obat|penawar|cure|remedy) (?:for )?(?:segala|semua|berbagai|seribu|1001|all|every) (?:macam |jenis |kinds of |sorts of )?(?:penyakit|keluhan|diseases?|ailments?|illness(?:es)?|sickness(?:es)?)',
  // Regional causatives of "sembuh" (Javanese -no/-ake), which the standard tables do not know.
  'n?yembuh(?:no|ake|ke)(?: [a-z]+)?',
]);

// ---- others placed by a landmark or as a crowd, then the brand set apart --------------------
// Gate: the landmark or "around" word; the wide shape (any noun before it) is read only after it.
const PLACED_CUE = phrases(['ujung', 'seberang', 'pojok', 'depan', 'sekitar', 'sekitaran']);
const OTHERS_B = lazyPhrases([
  '[a-z]+(?: [a-z]+)? (?:di )?(?:ujung|seberang|pojok|depan) (?:gang|jalan|pasar|sana)(?: (?:itu|sana|situ))?',
  '[a-z]+ (?:di )?(?:sekitar|sekitaran) [a-z]+ (?:banyak|kebanyakan) yang',
]);
const BRAND_APART = lazyPhrases([
  'mending (?:[a-z]+ ){0,3}(?:sini|kami|kita)', '(?:beda|berbeda) (?:sama|dengan|dari|ama) (?:[a-z]+ )?(?:kami|kita)',
  '(?:di|kalau di|kalo di|at|with) (?:kami|kita|sini|us)(?= [a-z])',
]);

function detectOthersPlaced(doc: GuardDoc): Hit[] {
  if (allMatches(PLACED_CUE, doc.text).length === 0) return [];
  const others = allMatches(OTHERS_B, doc.text).find((o) => !isNegated(doc, o.start));
  if (others === undefined) return [];
  const s = rangeContaining(doc.sentences, others.start, others.end);
  const end = s?.end ?? doc.text.length;
  const apart = allMatches(BRAND_APART, doc.text).find((m) => m.start >= others.end + 6 && m.end <= end && !inQuestion(doc, m.start, m.end));
  return apart === undefined ? [] : [{ rule: 'CLAIM.COMPETITOR_DISPARAGE', start: others.start, end: apart.end }];
}

// ---- finance: got back, multiplied, saved into a sum -----------------------------------------
const SUM = '(?:(?:rp ?|rm ?|php ?|s\\$ ?|\\$ ?)\\d[\\d.,]*(?: ?(?:juta|jt|rb|ribu|k))?|\\d[\\d.,]* ?(?:juta|jt|rb|ribu|k))';
const RETURN_B = phrases([
  `(?:put|invest|taruh|titip|tanam|setor)(?: in)? ${SUM}(?: [a-z']+){0,10} (?:get (?:it|them|your money|every [a-z]+) back|balik modal|modal(?:nya)? (?:kembali|balik))`,
  '(?:nilai|harga|value|worth)(?:nya)? (?:[a-z]+ ){0,2}(?:naik|jadi|tumbuh|grows?|rises?|multiplies) (?:\\d+|dua|tiga|lima|sepuluh|two|three|five|ten) ?(?:kali lipat|kali|x|times|fold)',
  `(?:sebulan|seminggu|setahun|a month|a year) (?:[a-z]+ ){0,2}(?:jadi|dapat|dapet|terkumpul) (?:tabungan |savings of )?${SUM}`,
]);

function detectReturnB(doc: GuardDoc): Hit[] {
  if (doc.signals.ojkStated || doc.signals.limitationStated) return [];
  const m = allMatches(RETURN_B, doc.text).find((x) => stated(doc, x));
  return m === undefined ? [] : [{ rule: 'DISCLOSE.FINANCE_RETURN', start: m.start, end: m.end, severity: 'block' }];
}

// ---- credit sold by its speed or ease ---------------------------------------------------------
const EASY_CREDIT = phrases([
  '(?:approval|persetujuan|acc|proses) (?:cepet|cepat|kilat|instan|instant|fast|quick|mudah|gampang)',
  '(?:easy|mudah|gampang|senang) (?:ansuran|angsuran|instal+ments?|cicilan|kredit|credit)',
]);
const CREDIT = /(?:kredit|credit|cicil|ansuran|angsuran|instal+ment|paylater|pay later|kredivo|akulaku|a month|sebulan|per bulan)/;

function detectEasyCredit(doc: GuardDoc): Hit[] {
  const m = allMatches(EASY_CREDIT, doc.text).find((x) => stated(doc, x));
  if (m === undefined || !CREDIT.test(doc.text) || doc.signals.termsStated) return [];
  return [{ rule: 'DISCLOSE.TERMS_MISSING', start: m.start, end: m.end }];
}

// ---- hosted by a tagged account ---------------------------------------------------------------
// A benefactive passive of hosting, then who did it: "dijamu sama owner-nya", "dimanjain oleh staf".
const HOSTED = phrases(['di(?:jamu|jamuin|manjain|manjakan|servis|servisin|layani|fasilitasi)(?: [a-z]+)? (?:sama|sm|oleh|by|dari)']);

function detectHosted(doc: GuardDoc): Hit[] {
  const m = allMatches(HOSTED, doc.text).find((x) => !isNegated(doc, x.start));
  if (m === undefined) return [];
  const s = rangeContaining(doc.sentences, m.start, m.end);
  // The account must be tagged in the sentence before the host: a friend's hospitality is no sponsor.
  if (s === undefined || !doc.text.slice(s.start, m.start).includes('@')) return [];
  if (allMatches(CLEAR_LABEL, doc.text).some((l) => !isNegated(doc, l.start))) return [];
  return [{ rule: 'DISCLOSE.PAID_PARTNERSHIP', start: m.start, end: m.end, ...(doc.paid ? { severity: 'block' as const } : {}) }];
}

// Each shape below finds nothing unless its table (for the others placed: the place cue) matches
// on the draft: without any, the family is skipped.
const ROUND_SEVEN_B_CUES = anchors([STAT_B, SURE_OUTCOME, CURE_B, PLACED_CUE, RETURN_B, EASY_CREDIT, HOSTED]);

export function detectRoundSevenB(doc: GuardDoc): Hit[] {
  if (!anyAnchorMatched(ROUND_SEVEN_B_CUES, doc.text)) return [];
  return [
    ...detectStatB(doc),
    ...detectSureOutcome(doc),
    ...scan(doc, 'CLAIM.HEALTH_CURE', CURE_B, { question: true, evidence: true }).slice(0, 1),
    ...detectOthersPlaced(doc),
    ...detectReturnB(doc),
    ...detectEasyCredit(doc),
    ...detectHosted(doc),
  ];
}
