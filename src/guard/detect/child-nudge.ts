// Round thirteen (issue #11), DISCLOSE.CHILD_APPEAL by structure: a child spoken to, and the child sent to work
// on a grown-up, whatever the words. The older shapes (disclosure-audience.ts, child-implied-ask.ts) need the
// child set off as a vocative and a verb of asking or a gift word; fresh writers address a child by school year
// or age ("yang masih SD", "kamu yang masih kelas 5", "calling all 8-to-12-year-olds", "Dik", "kiddo") and
// have the child nudge the grown-up in many ways ("kode-kodein ayah kamu", "tarik tangan Bapak", "colek ayah
// dan ibu", "tag Mama kamu", "kirim ke WhatsApp Mama", "point at the red one", "you know who to ask").
// Structure: (1) a child is the reader, (2) a grown-up named after it, (3) a nudge verb within a few words
// before the grown-up, or the grown-up left to find the product ("taruh … biar Mama lihat"), or "you know who
// to ask". Inviting a grown-up along ("ajak orang tua nonton pawai") is no nudge to buy. Run only where no other CHILD_APPEAL shape found the draft (detect/index.ts). Parents spoken to
// ("Ayah Bunda, …"), a child told to ask permission for no purchase ("minta izin mama ikut lomba") and
// thanks or news to a class are not an appeal.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { collapseLetters, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

/** The reader is a child: addressed by name, school year, age or birthday (gated). */
const CHILD_READER = phrases([
  'adik-adik', 'adek-adek', 'adik', 'adek', 'dik', 'dek', 'dedek', 'anak-anak', 'bocil', 'kids?', 'kiddos?', 'buddy', 'little (?:[a-z-]+ )?[a-z-]+s', 'little ones', 'young (?:[a-z-]+ )?[a-z-]+s',
  '\\d+-to-\\d+-year-olds', '(?:kamu |buat kamu |yang )?(?:masih )?(?:sd|tk|paud)', '(?:kamu |yang )?(?:masih |sudah )?kelas \\d', 'your birthday', 'ulang tahun(?:mu)?', 'kakak-kakak sd',
]);
const GROWN_UP = String.raw`(?:mama|mamah|mami|papa|papi|ayah|ibu|bapak|bunda|ortu|orang ?tua|emak|umi|abi|mom|mum|mommy|mummy|dad|daddy|parents?|folks|grown-?ups?|nenek|kakek|grandma|grandpa|oma|opa)(?:mu|nya| kamu| kalian| kamu)?`;
/** The child nudging the grown-up: any of these a few words before the grown-up. */
const NUDGE = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:bilang|bilangin|kasih (?:tau|tahu|kode|lihat|liat)|kode(?:-kodein)?|kodein|rayu|bujuk|yakinkan|ingatkan|ingetin|colek|tarik tangan|tag|tunjukin|tunjukkan|kirim|share|suruh|minta|show|tell|ask|remind|bring|get|convince|talk|beg|text|send|don't let)(?: [a-z'-]+){0,4} ${GROWN_UP}(?![a-z])`));
/** The product left where the grown-up will find it, or the grown-up known to ask. */
const LEFT_FOR = new RegExp(collapseLetters(String.raw`(?:biar|supaya|agar|so|until) ${GROWN_UP} (?:lihat|liat|tahu|tau|sees?|notices?|knows?)|(?:you know|kalian tahu|kamu tahu|tau kan) (?:who|siapa)(?: yang)? (?:to ask|harus|mesti|buat)|${GROWN_UP}(?:'s)? (?:looks at|checks)`));
/** Spoken to parents, not children: "Ayah Bunda, …", "Parents, …". */
const TO_PARENTS = new RegExp(collapseLetters(String.raw`^(?:halo |hai |hi |dear )?(?:ayah bunda|ayah ibu|bapak ibu|bapak-ibu|mama papa|moms?|mums?|parents|wali murid|orang tua)(?![a-z])`));
const WRITER_BEFORE = /(?:^|[^a-z])(?:kami|kita|we|i|aku|saya)(?: [a-z]+)? *$/;
// Safety advice is no appeal: "ask your parents before buying anything online", "tanya orang tua dulu sebelum …".
const PERMISSION_ONLY = new RegExp(collapseLetters(String.raw`(?:minta|ask) (?:izin|ijin|permission)(?: [a-z]+){0,4} (?:ikut|datang|nonton|main|pergi|join|come|attend)(?![a-z])|(?:ask|check with|tanya|tanyakan|minta izin|minta ijin)(?: ke| sama)?(?: your| a)? ${GROWN_UP} (?:before|first|dulu|sebelum)(?![a-z])`));

export function detectChildNudge(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!matchesAnywhere(CHILD_READER, text) || TO_PARENTS.test(text) || PERMISSION_ONLY.test(text)) return [];
  const nudge = NUDGE.exec(text) ?? LEFT_FOR.exec(text);
  if (nudge === null) return [];
  const start = nudge.index + (/^[a-z]/.test(nudge[0]) ? 0 : 1);
  // The brand or the writer doing the telling ("kami bilang ke ibunya juga") sends no child.
  if (isNegated(doc, start) || WRITER_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return [];
  return [{ rule: 'DISCLOSE.CHILD_APPEAL', start, end: nudge.index + nudge[0].length, severity: 'block' }];
}
