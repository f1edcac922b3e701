// Round thirteen (issue #11), PRESSURE.FOMO_SHAME by the shape of the sentence, for the misses of the
// fresh writers (train22–train32) that carry no deadline or stock word:
//  - a crowd ahead, then the reader behind, in that sentence or the next: "1 kampung sudah ikut …,
//    tinggal sampeyan yang belum", "everyone's switched, have you?", "your colleagues are already
//    earning points … You're still paying like it's 2015". A crowd alone is a popularity fact, the
//    reader alone is an ordinary question ("Still using the old model? Here is how to trade in").
//  - the reader as the only one left: "hanya kamu yang masih …", "everyone except you", "the odd one out".
//  - "masa/mosok" bound to the reader: "masa njenengan masih pakai sarung pabrikan".
//  - whoever has not tried it, shamed: "yang belum nyobain …, kayaknya kurang gaul", an identity gate
//    ("belum sah jadi anak Jogja", "ngaku wong Solo tapi belum pernah …").
//  - regret told of others: "yang nggak ambil bootcamp biasanya nyesel", "the ones who skipped … regretted
//    it", "cuma bisa gigit jari"; and the reader's regret foretold in Javanese or with "cuma bisa nonton".
//  - the reader's lack seen by others: "if your homestay still doesn't have …, guests notice",
//    "jadi bahan omongan", stock labels ("what's your excuse?", "couldn't be us", "don't be that tourist").
// All patterns read normalised text: doubled letters collapsed, "udah" → "sudah", "nggak/ndak" →
// "tidak", "cuma" → "hanya", "satu" → "1", and "kok/sih/dong/lho" dropped.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { indexOfRangeAt } from '../context/structure.js';
import { collapsedRegExp as re } from '../text/pattern.js';
import type { Hit } from './scan.js';


/** The reader, however addressed. */
const READER = String.raw`(?:kamu|kau|lo|lu|elo|sampeyan|njenengan|panjenengan|kowe|anjeun|maneh|anda|situ|ibu|bapak|bunda|anak (?:ibu|bunda|kamu|bapak|mu)|you)`;
// "you don't need any experience" and "you can still join" welcome the reader; they are no lack.
const LACK = String.raw`(?:masih|isih|belum|belon|tidak|tok|ora|durung|hanya|still|don't(?! (?:ned|have to|worry))|haven't|kapan)`;
const NOT_A_MODAL = String.raw`(?!can |could |may |bisa |boleh |cukup |tetap bisa )`;

// A group of people already there: a whole class, office or village, "semua orang", "yang lain",
// plural "ibu-ibu … sudah pada", "everyone", the reader's own colleagues or neighbours.
const PEOPLE = String.raw`(?:orang|orang tua|mahasiswa|saudara|supir|teman|temen|ibu|bapak|anak|tetangga|warga|jamaah|karyawan|pegawai|rekan|peserta|member|pelanggan)`;
const CROWD_AHEAD = re(String.raw`\b(?:(?:1|se|sak) ?(?:kelas|kantor|angkatan|kampung|desa|tongkrongan|grup|komplek|gang|sekolah|kompleks|perumahan|rt)(?: [a-z-]+){0,4} (?:sudah|pada|pakai|bawa|ikut)|semua (?:${PEOPLE}(?: [a-z-]+){0,4} (?:sudah|pada|lagi|bawa|pakai|bahas|ngomongin)|pakai|pamer|bawa|punya|pesan|ikut)|(?:[a-z-]+ )?(?:lain|lainya|sebelah) (?:sudah|pada)|[a-z]+-[a-z]+(?: [a-z]+){0,2} sudah|sudah pada|(?:teman|temen|kawan-kawan) [a-z]+(?: [a-z]+){0,2} sudah|(?:everyone|everybody)(?:'s| else)?(?: [a-z']+){0,4} (?:already|switched|has|have|wore)|(?:your|the other|other|every other|every new|al your) (?:[a-z']+ ){0,2}(?:classmates|colleagues|coworkers|co-workers|neighbours|neighbors|cousins|manager|boss|roommate|friends|parents|mums|moms|hire|shop|shops|kids)'?(?: [a-z0-9']+){0,5} (?:already|are all in|have already|switched|bring|ahead)|others (?:are )?already|(?:half|most) (?:of )?(?:the|your) (?:office|class|team|street|neighbou?rhod|group chat|family|gym)(?: [a-z']+){0,2} (?:already|switched|has|have)|(?:kabeh|hampir semua) [a-z-]+(?: [a-z-]+){0,3} (?:sudah|wis|pada)|the (?:rest of the|whole) (?:office|team|class|group|vilage|street) (?:already|switched))(?![a-z])`, 'g');
const READER_BEHIND = re(String.raw`\b(?:(?:tingal|hanya|kecuali|except) ${READER}|${READER}(?: ${NOT_A_MODAL}[a-z-]+){0,2} (?:yang )?${LACK}|(?:dia|you're|you are) (?:still|belum|masih)|ketingalan|tertingal|left (?:out|behind)|od one out|what's your excuse|yours ?\?|have you ?\?|(?:and|what about) you ?\?|which one are you|beda sendiri|kapan ?\?|masih mau|itu-itu saja|just (?:saying|something to think about)|stil the one|late to everything|why you're not|again ?\?)(?![a-z])`, 'g');

/** The reader as the only one without it, said by itself. */
const ONLY_ONE_LEFT = re(String.raw`\b(?:(?:hanya|tingal) ${READER}(?: [a-z-]+){0,5} yang (?:masih|belum|tidak)|jangan sampai(?: [a-z]+){0,3} hanya ${READER} yang|satu-satunya(?: [a-z-]+){0,4} yang (?:belum|masih|tidak|left out|ketingalan)|(?:everyone|everybody) except you|except you, aparently|(?:be|were|are) the od one out|(?:ketingalan|tertingal) sendiri)(?![a-z])`);
/** "masa / mosok" with the reader or a duty long since due, and a lack: a shaming question. */
const MASA_READER = re(String.raw`\b(?:masa|masak|mosok) (?:${READER}(?: [a-z-]+){0,6} (?:masih|belum|belon|hanya|tidak)|sudah(?: [a-z0-9]+){0,6} (?:belum|belon) pernah)(?![a-z])`);

// Whoever has not tried it, then a shame word or an identity denied, in that sentence or the next.
const NOT_TRIED = re(String.raw`\byang (?:belum|tidak|masih)(?![a-z])`, 'g');
const SHAME_TAIL = re(String.raw`\b(?:kasihan|kasian|kurang gaul|kurang update|kudet|rugi(?! atau)|cupu|norak|kebangetan|isin|malu|piye to|kayak belum pernah|ngapain saja|jangan ngaku|belum sah)(?![a-z])`, 'g');
const IDENTITY_GATE = re(String.raw`\b(?:belum sah jadi|ngaku (?:wong|anak|orang|arek) [a-z]+(?: [a-z]+)? tapi (?:belum|tidak)|(?:wong|arek) [a-z]+ tidak punya [a-z]+(?: [a-z]+){0,3}, isin)(?![a-z])`);

// Regret told of others who did not buy, or foretold for the reader in words the older shapes miss.
const OTHERS_REGRET = re(String.raw`\b(?:(?:the ones|those|people) who (?:skiped|skipped|missed|didn't)(?: [a-z']+){0,6} (?:regreted|regret|al regret)|yang (?:dulu )?(?:tidak|belum|ragu)(?: [a-z]+){1,8} (?:biasanya |pasti |semua )?(?:menyesal|hanya bisa gigit jari)|penyesalan [a-z]+(?: [a-z0-9]+){0,2}: (?:kenapa|why) (?:tidak|didn't)|hanya bisa gigit jari|regret is [a-z]+ing|to those who (?:skiped|missed|mised))(?![a-z])`);
const REGRET_IF = re(String.raw`\bmenyesal(?: [a-z,]+){0,3} (?:kalau|nek|kalo|jika)(?: [a-z0-9,-]+){0,10} (?:tidak|ora|belum|hanya (?:bisa )?(?:nonton|lihat|dengar))(?![a-z])`);
const REGRET_THEN_WATCHING = re(String.raw`\bmenyesal(?: [a-z]+){0,8}[.,] (?:sekarang |now )?hanya (?:bisa )?(?:lihat|nonton|melihat|dengar)(?![a-z])`);
const FIRST_PERSON_BEFORE = /(?:aku|saya|gue|gw|gua|i|kami|we)(?: [a-z]+)? $/;

// The reader's lack seen by others: "if your coffee table still has instant coffee on it, guests notice".
const IF_YOU_STILL = re(String.raw`\bif (?:your|you)(?:'re)?(?: [a-z']+){0,5} (?:stil|don't|doesn't|do not)(?![a-z])`, 'g');
// Only people notice: "your skin will notice the difference" and "our team can tell you why" are no judgement.
const SEEN_TAIL = re(String.raw`\b(?:(?:guests|people|everyone|everybody|they|your (?:regulars|guests|friends|colleagues|customers|neighbou?rs|family|date|boss))(?: at the [a-z]+)? (?:wil |can )?(?:notice|tell)|doing it wrong|we ned to talk|(?:neighbou?rs|friends|everyone|they) laugh|throwing money away|where everyone's at|already switched)(?![a-z])`, 'g');
/** Shame that needs nothing else: stock labels, gossip, pity for the reader's company. */
const SHAME_ALONE = re(String.raw`\b(?:what's your excuse|couldn't be us|don't be (?:them|that (?:kid|tourist|guest|colleague|coworker|student|neighbou?r|mum|mom|dad|parent|person|guy|girl|friend|customer|owner|family|traveler|traveller))|don't let that be you|nobody wants to be the [a-z]+ who|(?:don't|do not) let (?:your|them|him|her)(?: [a-z]+){0,2} be left (?:out|behind)|be the one left (?:out|behind)|jadi bahan (?:omongan|gunjingan|ledekan)|cerita-cerita di belakang|di(?:em|am)-di(?:em|am) ngeluh|dilirik orang|siap-siap (?:saja )?ditingal|kasihan (?:keluarga|orang|teman|anak)(?: [a-z]+){0,3}(?: kamu|mu)|fel (?:a bit |so |realy )?sory for you|jangan (?:jadi (?:dia|yang [a-z-]+)|kayak aku yang)|(?:when|while) everyone else (?:did|does|already)|you're (?:realy )?(?:going to|gona) sit this out|(?:ke|di) [a-z]+(?: [a-z]+){0,2} tapi tidak [a-z]+(?: [a-z]+){0,5}(?: itu rugi| ?\? your family wil ask))(?![a-z])`);

// Cheap gate: one of these substrings is in every shape above; most drafts have none.
const GATE = re(String.raw`sudah|pada|pakai|bawa|ikut|pamer|punya|pesan|kabeh|wis |half|most|kecuali|ahead|bring|wore|already|switched|everyone|everybody|semua|tingal|hanya|satu-satunya|except|od one|masa|mosok|yang|menyesal|regret|penyesalan|gigit|if you|excuse|couldn't|don't|nobody|bahan|belakang|ngeluh|dilirik|kasihan|sory|jangan|ngaku|belum sah|isin|ketingalan|tertingal|are al in|those who|the ones|people who|sit this out|tapi tidak|again`);

function windowEnd(doc: GuardDoc, at: number): number {
  const i = indexOfRangeAt(doc.sentences, at);
  return doc.sentences[i + 1]?.end ?? doc.sentences[i]?.end ?? doc.text.length;
}

// "tidak rugi", "jangan malu": the shame word itself negated (a lack word before the tail is the point, not a negation).
const NEGATOR_BEFORE = /\b(?:tidak|bukan|jangan|tak|never|not|no)(?: [a-z]+)? $/;
// The reader behind, addressed to be invited rather than shamed: "bagi Ibu yang belum sempat, bazar berikutnya …",
// "if you haven't, the link is in bio", "kalau kamu belum terima, tanya ke ketua kelas".
const INVITED_BEFORE = /\b(?:bagi|buat|untuk|for|if|kalau|kalo|jika)(?: [a-z]+)? $/;
const NOTHING_BEFORE = /(?!)/;

const hit = (start: number, end: number): Hit[] => [{ rule: 'PRESSURE.FOMO_SHAME', start, end }];

/** The first match of `head` whose sentence or the next holds a `tail` (global) that `excluded` lets through. */
function pairedWithin(doc: GuardDoc, head: RegExp, tail: RegExp, excluded: RegExp): Hit[] {
  head.lastIndex = 0;
  for (let m = head.exec(doc.text); m !== null; m = head.exec(doc.text)) {
    const from = m.index + m[0].length;
    const rest = doc.text.slice(from, windowEnd(doc, m.index));
    tail.lastIndex = 0;
    for (let t = tail.exec(rest); t !== null; t = tail.exec(rest)) {
      const at = from + t.index;
      if (excluded.test(doc.text.slice(Math.max(0, at - 16), at))) continue;
      return hit(m.index, at + t[0].length);
    }
  }
  return [];
}

function found(doc: GuardDoc, pattern: RegExp): Hit[] {
  const m = pattern.exec(doc.text);
  return m === null ? [] : hit(m.index, m.index + m[0].length);
}

function regretIf(doc: GuardDoc): Hit[] {
  const m = REGRET_IF.exec(doc.text) ?? REGRET_THEN_WATCHING.exec(doc.text);
  if (m === null || isNegated(doc, m.index) || FIRST_PERSON_BEFORE.test(doc.text.slice(Math.max(0, m.index - 16), m.index))) return [];
  return hit(m.index, m.index + m[0].length);
}

// Speed (round fourteen): a shape whose every match holds one of a few rare substrings is run only where the draft
// holds one (the cue is a necessary condition of the shape's regex, so the answer is the same). GATE above, built of
// common words ("yang", "sudah"), lets most Indonesian drafts through; these cues do not.
const MASA_CUE = re('masa|mosok');
const IDENTITY_CUE = re('sah jadi|ngaku|isin');
const REGRET_CUE = re('regret|menyesal|gigit jari|penyesalan|to those who');
const cued = (cue: RegExp, pattern: RegExp) => (d: GuardDoc): Hit[] => (cue.test(d.text) ? found(d, pattern) : []);

/** The shapes in the order they are tried (built once, not per draft). */
const SHAPES: readonly ((d: GuardDoc) => Hit[])[] = [
  (d) => pairedWithin(d, CROWD_AHEAD, READER_BEHIND, INVITED_BEFORE),
  (d) => found(d, ONLY_ONE_LEFT),
  cued(MASA_CUE, MASA_READER),
  cued(IDENTITY_CUE, IDENTITY_GATE),
  (d) => pairedWithin(d, NOT_TRIED, SHAME_TAIL, NEGATOR_BEFORE),
  cued(REGRET_CUE, OTHERS_REGRET),
  regretIf,
  (d) => pairedWithin(d, IF_YOU_STILL, SEEN_TAIL, NOTHING_BEFORE),
  (d) => found(d, SHAME_ALONE),
];

/** Each shape in turn; the first that finds something wins. */
export function detectFomoRoundThirteen(doc: GuardDoc): Hit[] {
  if (!GATE.test(doc.text)) return [];
  for (const shape of SHAPES) {
    const hits = shape(doc);
    if (hits.length > 0) return hits;
  }
  return [];
}
