// Round thirteen (issue #11), PRESSURE.FOMO_SHAME by structure: a crowd of the reader's peers already ahead,
// and the reader pointed at as behind, in that sentence or the next. The older tables name the crowd
// ("teman-temanmu", "everyone in your group chat"); fresh writers name any group of people by its place or
// bond ("satu kelas", "sekampung", "ibu-ibu PKK", "the rest of the office", "your roommate") and any deed
// ("udah pada pesen jersey", "already booked"), then turn to the reader ("anak Bunda kapan?", "tinggal kau
// sendiri", "kau masih …?", "don't let your child be left out", "you're really gonna sit this out?").
// Run only where no other FOMO_SHAME shape found the draft (detect/index.ts).
// Not shame: things rather than people done ("semua pesanan sudah dikirim, kalau kakak belum terima …"), the
// writer behind ("aku belum"), a negated crowd ("belum semua orang tahu"), and the reader told what to do when a
// service has not reached them ("satu kelas sudah dapat jadwal; kalau kamu belum terima, tanya ke …").
// Normalised text writes "satu" as "1".
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { indexOfRangeAt } from '../context/structure.js';
import { collapseLetters, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

/** Words every crowd below contains, in the draft's one-pass table scan (most drafts have none). */
const CROWD_CUE = phrases([
  'semua', 'satu', '1 [a-z]+', 'se[a-z]+', 'seluruh', 'yang lain', 'everyone', "everyone's", 'everybody', 'the rest of', 'other [a-z]+s', 'your [a-z]+', "your [a-z]+'s", 'teman', 'temen', 'kawan', 'kids',
  '(?:ibu|bapak|mama|emak|anak|teman|temen|kawan|orang|tante|om)-(?:ibu|bapak|mama|emak|anak|teman|temen|kawan|orang|tante|om)',
]);
const PEOPLE = '(?:orang|orang tua|teman|temen|kawan|tetangga|saudara|sepupu|mahasiswa|maba|siswa|murid|karyawan|rekan|supir|sopir|petani|ibu-ibu|bapak-bapak|mama-mama|emak-emak|anak-anak|teman-teman|temen-temen|kawan-kawan|anak muda|gen z)';
const GROUP = '(?:kelas|kantor|angkatan|tongkrongan|kampung|grup|geng|kompleks|komplek|rt|sekolah|kos|kosan|jurusan|divisi|tim|keluarga|arisan)';
/** A crowd of people and its deed done: "satu kelas udah pakai", "everyone in your study group already switched". */
const CROWD_AHEAD = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:` + [
  String.raw`(?:semua|seluruh) ${PEOPLE}(?: [a-z-]+){0,3}`, String.raw`(?:satu|1|se) ?${GROUP}(?: [a-z-]+){0,2}`, String.raw`${PEOPLE}(?: [a-z-]+){0,2}`, 'yang lain',
  String.raw`(?:everyone|everybody)(?:'s)?(?: (?:in|at|on) (?:your )?[a-z]+(?: [a-z]+)?)?`, String.raw`the rest of (?:the |your )?[a-z]+`, String.raw`other (?:parents|mums|moms|kids|students|families|people)`,
  String.raw`[a-z]+ zaman now`, String.raw`your (?:kid's |child's )?(?:classmates|roommates?|crush|cousins|neighbou?rs|friends|colleagues|coworkers|teammates)(?:' parents)?`,
].join('|') + String.raw`) (?:(?:sudah|udah|wis|geus|mungkin udah|mungkin sudah)(?: pada)?|pada|lagi|already|has|have|are all|all|switched|booked|enrolled|moved)(?![a-z])`));
/** The reader behind: a reader word, then not yet, still, when, alone or left out. */
const READER_BEHIND = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:kamu|kau|lo|lu|kalian|anda|bunda|ibu|bapak|kakak|anak (?:kamu|bunda|ibu|anda|bapak)|you|you're|yours|your (?:child|kid|son|daughter|family))(?: [a-z'-]+){0,3} (?:masih|belum|kapan|tidak|sendiri|yang masih|yakin|still|yet|left out|left behind|the odd one|the only|really gon?a|really going)(?![a-z])|(?:tinggal|cuma|hanya) (?:kamu|kau|lo|lu|anda|kakak)(?![a-z])|(?:still|masih) (?:the one|jadi yang)(?![a-z])|have you\?`));

const SERVICE_AFTER = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:terima|dapat|hubungi|chat|tanya|cek|kabari|lapor|contact|message|dm|email|call|let us know|reach)(?![a-z])`));

export function detectFomoCrowd(doc: GuardDoc): Hit[] {
  if (!matchesAnywhere(CROWD_CUE, doc.text)) return [];
  const crowd = CROWD_AHEAD.exec(doc.text);
  if (crowd === null) return [];
  const start = crowd.index + (/^[a-z]/.test(crowd[0]) ? 0 : 1);
  if (isNegated(doc, start)) return [];
  const i = indexOfRangeAt(doc.sentences, start);
  const from = doc.sentences[i]?.start ?? 0;
  const to = doc.sentences[i + 1]?.end ?? doc.sentences[i]?.end ?? doc.text.length;
  const behind = READER_BEHIND.exec(doc.text.slice(from, to));
  if (behind === null || from + behind.index + behind[0].length <= start) return [];
  // Service, not shame: "kalau kamu belum terima, tanya ke …", "if you haven't got it yet, message us".
  const after = from + behind.index + behind[0].length;
  if (SERVICE_AFTER.test(doc.text.slice(after, after + 40))) return [];
  return [{ rule: 'PRESSURE.FOMO_SHAME', start, end: crowd.index + crowd[0].length }];
}
