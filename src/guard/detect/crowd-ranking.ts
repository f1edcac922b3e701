// A ranking with a crowd for its source ("terenak sekota versi netizen", "voted the comfiest
// by sleepers nationwide", "ranked top by local foodies", "nomor satu pilihan warganet") is
// a superlative with no stated basis (CLAIM.SUPERLATIVE): the crowd is the vague source.
// Read as two cues in one sentence, a ranking word of any stem and a crowd, so new
// adjectives ("terempuk", "fluffiest") need no list.
import type { GuardDoc } from '../context/doc.js';
import { CROWD } from '../context/evidence.js';
import { isNegated } from '../context/guards.js';
import { allMatches, lazyPhrases, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

// ter- words that are verbs or states, not rankings ("tersedia", "terletak", "terima").
const TER_NOT_RANKING = 'sedia|jual|sebar|daftar|kirim|ima|jadi|masuk|lambat|buka|tutup|pasang|hubung|kenal|catat|cover|jangkau|gabung|pilih|bukti|verifikasi|letak|gantung|tarik|kait|ganggu|bawa|tulis|simpan|sisa|batas|diri|utama|nyata|lihat|dengar|asa|kena|kejut|ingat|lupa|ganti|pakai|isi|cipta|bentuk|hadap';
// -est words that are no superlative of a quality.
const EST_NOT_RANKING = 'latest|rest|interest|request|forest|honest|modest|west|guest|contest|harvest|suggest|invest|protest|test|nest|manifest|digest|arrest|earnest|quest|chest|crest|conquest|priest|pest|vest|zest|fest|midwest|eldest|youngest|oldest|nearest|closest';
const RANKING = lazyPhrases([
  `ter(?!(?:${TER_NOT_RANKING})(?![a-z]))[a-z]{3,}`, 'paling [a-z]{3,}', `(?!(?:${EST_NOT_RANKING})(?![a-z]))[a-z]{2,}est`, 'most[ -][a-z]{3,}', 'number one', 'nomor (?:satu|wahid)', 'nomer (?:satu|wahid)', '#1', 'no\\. ?1',
  'juara(?: satu| 1)?', 'ranked (?:top|first|highest)', '(?:rated|voted|named|crowned) (?:the |as )?(?:top|first|highest|number one)', 'the top', 'top (?:pick|choice|rated|spot)', 'the best', 'best', 'favou?rite', 'favorit', 'top of mind', 'andalan', 'most loved', 'paling dicari', 'terfavorit', 'pilihan(?= (?:utama|pertama) )', 'first choice', 'go-to',
]);
/** A crowd named as the judge: "kata netizen", "menurut followers kami", "by our members", "ask anyone". */
// A gated table: the one-pass walk over the draft finds its matches with the others'.
const CROWD_SOURCE = phrases([
  `(?:kata|menurut|versi|pilihan|favorit|andalan|di hati|according to|says?|by|among|oleh) ${CROWD}`,
  // The crowd as a witness: "semua orang tahu", "everyone agrees".
  `(?:semua orang|everyone|everybody|siapa (?:pun|saja)) (?:sudah |already )?(?:tahu|tau|setuju|sepakat|mengakui|ngakuin|knows|agrees)`, `(?:utama|pertama|choice of|go-to for) ${CROWD}`, 'ask anyone', 'tanya (?:aja )?(?:siapa (?:aja|saja|pun)|semua orang)', 'top of mind',
]);

// The words that introduce a crowd, as written before a space ("by netizen", not "by-netizen"):
// tested only when the gated table matched, which is rare, so the draft is not scanned twice.
const INTRODUCERS = /kata |menurut|versi|pilihan|favorit|andalan|di hati|according|say|by |among|oleh|anyone|tanya|top of mind|utama|pertama|choice|go-to|tahu|tau|setuju|sepakat|ngaku|know|agree/;

export function detectCrowdRanking(doc: GuardDoc): Hit[] {
  const sources = allMatches(CROWD_SOURCE, doc.text);
  if (sources.length === 0 || !INTRODUCERS.test(doc.text)) return [];
  for (const source of sources) {
    const sentence = doc.sentences.find((s) => s.start <= source.start && source.start < s.end) ?? { start: 0, end: doc.text.length };
    const ranking = allMatches(RANKING, doc.text).find((r) => r.start >= sentence.start && r.end <= sentence.end && (r.end <= source.start || r.start >= source.end) && !isNegated(doc, r.start));
    if (ranking !== undefined) return [{ rule: 'CLAIM.SUPERLATIVE', start: ranking.start, end: ranking.end }];
  }
  return [];
}
