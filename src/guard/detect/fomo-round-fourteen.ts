// Round fourteen (issue #11), PRESSURE.FOMO_SHAME: the reader set against a group, in shapes the older
// detectors (pressure.ts, fomo-structure.ts, fomo-story.ts, fomo-round-thirteen.ts) leave open. By cause:
//  - others gain while the reader waits, joined by a contrast word: "liat temen dapat kerja remote sementara
//    kamu belum mulai", "watching friends profit while you hesitate". Needs people before the contrast, so
//    "enjoy a coffee while you wait" is no comparison.
//  - the "real" members of a group own it, or the reader's claim to the group is denied if they lack it:
//    "real collectors already own this", "kolektor sejati pasti punya", "kalau masih 30 FPS, jangan ngaku gamer",
//    "Orang Cianjur tapi masaknya bukan pakai …?".
//  - the reader who still lacks it, seen or judged by others: "yang masih pakai sandal jepit siap-siap diliatin",
//    "yang belum punya iPad kelihatan kuno", "still on a 2019 laptop? your teammates can hear the fan",
//    "jangan kaget kalau dia minder nanti", "malu atuh sama leluhur".
//  - someone else's regret held up as a warning: "jangan sampai Ibu juga nyesel kayak Ceu Lilis", "yang mikir
//    kelamaan akhirnya nyesel", "pasti tahu rasanya nyesel".
//  - the reader asked if they want to stay behind, or told they are: "mau ketinggalan terus?", "masa Ibu mau beda
//    sendiri?", "kamu literally ketinggalan banget".
//  - a crowd ahead and the reader behind, for forms of address the older lists lack ("tetangga udah pada gabung,
//    Akang masih nyimpen duit di bawah kasur?"), and in eastern Indonesian Malay ("dorang su pake, ko masih …",
//    "balum", "tra", "seng", "sonde"): written from the language, not from rows (no eastern batch was read).
//  - parents and children: a parent's love or sense measured by the purchase ("Bunda yang sayang anak pasti pilih",
//    "smart mums always pick"), the child set against children of its age ("teman seusianya sudah bisa …", "other
//    babies are already …") or left behind them, pity or doubt aimed at the parent ("tega biarin …", "what kind of
//    mum …"), and another child's trouble held up ("jangan sampai si kecil juga diejek").
// A gated cue table per shape decides whether its regex runs: most drafts have none of its words.
// Patterns read normalised text ("udah" → "sudah", "nggak" → "tidak", "cuma" → "hanya", "nyesel" → "menyesal",
// "beneran" → "benar", "mah/dong/sih/yuk" dropped, doubled letters collapsed).
import type { GuardDoc } from '../context/doc.js';
import { indexOfRangeAt } from '../context/structure.js';
import { matchesAnywhere, phrases, collapsedRegExp as re } from '../text/pattern.js';
import type { Hit } from './scan.js';


/** The reader, by pronoun or by any common form of address (Indonesian, regional, English). */
const READER = String.raw`(?:kamu|kau|ko|ale|ose|ngana|kalian|anda|situ|sampeyan|njenengan|kowe|anjeun|maneh|akang|kang|teteh|ceu|mas|mbak|mba|kak|kakak|abang|bang|bro|sis|gan|om|tante|ibu|bu|bapak|pak|bunda|bun|mama|mamah|moms|beb|bestie|sob|bosku|juragan|uda|uni|awak|ade|kaka|bung|nona|nyong|mace|pace|usi|bapa|tanta|you)`;
/** Still, not yet, not: Indonesian and the eastern forms ("balum", "tra", "seng", "sonde"). */
const NOT_YET = String.raw`(?:masih|masi|belum|balum|tidak|tra|trada|seng|sonde|son)`;
/** People who can be ahead of the reader or look at them. */
const OTHERS = String.raw`(?:teman|temen|kawan|friends?|others|orang lain|orang-orang|yang lain|dorang|tetangga|neighbou?rs|colleagues|coworkers|classmates|teammates|everyone|everybody|semua orang|mereka|they|peers|sepupu|saudara|[a-z]+-[a-z]+)`;

/** The reader's child. */
const CHILD = String.raw`(?:anak|anakmu|si kecil|buah hati|bayi|your (?:child|kid|little one|baby|toddler|son|daughter))`;


const CONTRAST = re(String.raw`\b(?:sementara|padahal|while|whereas|meanwhile) ${READER}(?: [a-z-]+){0,2} (?:${NOT_YET}|hanya|default|still|just|only|hesitate|wait|sit|stay|scrol|scroling|keep|stuck)(?![a-z])`);
const OTHERS_BEFORE = re(String.raw`\b${OTHERS}(?![a-z])`);

const TRUE_MEMBERS = re(String.raw`\b(?:(?:real|true|serious) (?:[a-z]+ ){0,2}(?:[a-z]+s|people|folk) (?:have |has )?(?:already|always|never|own|don't|sudah)|[a-z]+ (?:sejati|tulen) (?:pasti|sudah|selalu|wajib)|yang (?:pintar|pinter|cerdas|smart) (?:pasti|sudah|selalu|pilih|nginep|pakai|punya|beli))(?![a-z])`);
const CLAIM_DENIED = re(String.raw`\b(?:(?:kalau|if)(?: [a-z0-9]+){0,3} (?:belum|masih|tidak|still|don't|haven't)[^.?!]{0,60}?(?:jangan|masih mau|yakin|berani|can't|don't) (?:[a-z]+ ){0,2}(?:ngaku|mengaku|call yourself)|(?:orang|anak|wong|urang|warga|arek) (?!tua )[a-z]+ tapi (?:[a-z]+ ){0,3}(?:bukan|belum|tidak)[^.?!]{0,60}\?)`);

// The reader still without it, then (or before) being seen or judged by others, within the sentence or the next.
const LACKING = re(String.raw`\b(?:yang ${NOT_YET}|(?:kalau|kalo|if) (?:[a-z']+ ){0,4}(?:${NOT_YET}|still|without|tanpa|don't|doesn't)|still|masih|seng|sonde|tra)(?![a-z])`, 'g');
const JUDGED = re(String.raw`\b(?:di(?:liatin|lihatin|lirik|omongin|gosipin|ketawain|tertawakan|cibir|ejek|ledek|sindir|nyinyirin)|jadi (?:bahan|tontonan)|(?:kelihatan|keliatan|terlihat) (?:[a-z]+ )?(?:kuno|jadul|norak|kampungan|ketinggalan|cupu|beda kelas|miskin)|malu (?:atuh|sama|di depan)|jangan (?:kaget|heran) kalau (?:[a-z]+ ){0,3}(?:minder|diliatin|diomongin|ditingal|kalah|ketingalan|paling (?:lambat|akhir|belakang))|(?:your|their|the) (?:teammates|mates|friends|guests|colleagues|coworkers|classmates|neighbou?rs|family|squad|team|date|boss|followers|parents|in-laws|clients|customers|relatives|cousins) (?:can|wil|would) (?:hear|see|tell|notice)|you'l fel it|(?:people|everyone|they) (?:wil )?(?:stare|judge|laugh))(?![a-z])`, 'g');
/** Others seeing the reader's home or things: "malu dong kalau tamu datang, tembok masih kusam". */
const SEEN_BY_VISITORS = re(String.raw`\bmalu(?: kan| banget| sekali)? (?:kalau|pas|waktu|when) (?:[a-z]+ )?(?:tamu|teman|temen|tetangga|mertua|guests|friends|orang) (?:datang|lihat|liat|main|tahu)(?![a-z])`);
const NEGATED_BEFORE = /\b(?:tidak|bukan|jangan|tak|never|not|no|usah)(?: [a-z]+)? $/;

const REGRET_WARNING = re(String.raw`\b(?:jangan sampai (?:[a-z-]+ ){1,3}(?:juga )?(?:menyesal|merasa begitu|ngerasain)|jangan sampai (?:[a-z-]+ ){0,3}ditanya|yang (?:[a-z-]+ ){1,5}(?:akhirnya|ujung-ujungnya|belakangan|biasanya) menyesal|tahu rasanya menyesal|jangan (?:ulangi|ulang) kesalahan (?:saya|aku|kami|beta|sa)|don't make (?:my|the same) mistake|jangan sampai ${CHILD}(?: [a-z-]+){0,2} (?:juga |ikut )?(?:mengalami|ngalamin|kena|diejek|dibuly|minder|ketingalan|tertingal|kalah)|(?:pasti|bakal|siap-siap) ditanya(?:in)? (?:sepupu|tetangga|mertua|teman|temen|saudara|keluarga|orang))(?![a-z])`);
const STAY_BEHIND = re(String.raw`\b(?:(?:masih )?(?:mau|want to|wana) (?:ketinggalan|tertinggal|ditingal|beda sendiri|kalah|nekat|be left behind|be the last|mis out)(?: [a-z]+){0,2} ?\?|${READER} (?:[a-z]+ ){0,2}(?:ketinggalan|tertinggal) (?:banget|jauh|terus|zaman))`);
// The reader as the one who watches others enjoy it, or falls behind them, or is the only one: "you'll be watching their
// stories", "ko pasti kalah gaya dari teman-teman", "yours shouldn't be the one with plain rice".
const READER_BEHIND_OTHERS = re(String.raw`\b(?:${READER}(?:'l|'re| wil| hanya| cuma)?(?: be)? (?:watching|nonton|lihat|liat|melihat|scroling through)(?: [a-z]+){0,2} (?:their|dorang|mereka|teman|temen|others|everyone)|(?:${READER}|${CHILD})(?: [a-z]+){0,6} (?:kalah|ketingalan|tertingal|behind|fal behind)(?: [a-z]+){0,2} (?:dari|sama|dengan|than|to) (?:${OTHERS}|anak|kids|the others)|(?:jangan|jang) sampai(?: [a-z-]+){0,3} (?:jadi )?satu-satunya|(?:shouldn't|should not|don't want to|wouldn't want to) be the (?:one|only|last)|(?:nobody|no one) wants to be the (?:last|only|one)|(?:hate to|don't|do not|never|nobody wants to|no one wants to) be the (?:[a-z]+ )?(?:mum|mom|parent|dad|one|person|guest|family|friend|kid)(?: [a-z]+)? (?:who|whose|without)|(?:tidak mau|don't want) (?:kan )?${CHILD}(?: [a-z]+){0,2} (?:diejek|dibuly|minder|ketingalan|tertingal|kalah|dikucilkan))(?![a-z])`);
/** Others gaining while the reader waits, the crowd named after "while": "while everyone else is booking, you're still …". */
const WHILE_CROWD = re(String.raw`\b(?:while|whereas|sementara) (?:everyone|everybody|others|the rest|${OTHERS})(?: [a-z']+){0,6}, ${READER}(?:'re| are| is)? (?:${NOT_YET}|still|just|only)(?![a-z])`);
/** Regret foretold with an eastern "not" ("jang menyesal kalau seng beli"), or told of many others ("banyak ibu yang menyesal"). */
/** The teller or another person as the odd one out: "hanya saya yang datang tanpa …", "I was the only parent … without". */
const ODD_ONE_STORY = re(String.raw`\b(?:(?:hanya|satu-satunya) (?:saya|aku|gue|beta|sa|dia|anaknya|anak saya)(?: [a-z]+)? yang(?: [a-z]+){0,3} (?:tanpa|belum|tidak|seng|tra)|the only (?:one|parent|mum|mom|dad|kid|child|person|family|guest|girl|boy|student|house|home)(?: [a-z']+){0,5} (?:without|who (?:didn't|hadn't|wasn't|stil|doesn't|hasn't|didn't)))(?![a-z])`);
const REGRET_MORE = re(String.raw`\b(?:jang (?:sampai )?(?:ketingalan|kelewatan|menyesal)|${READER} (?:sendiri )?yang (?:rugi|menyesal)|menyesal(?: [a-z]+){0,2} (?:kalau|kalo|jika|when|if) ${OTHERS}(?: [a-z]+){0,2} (?:sudah|su|already)|menyesal(?: [a-z]+){0,3} (?:kalau|kalo|jika|if)(?: [a-z]+){0,4} (?:seng|sonde|tra|trada|balum|son)|(?:banyak|many) (?:[a-z]+ ){0,2}(?:yang |who )?(?:menyesal|regret|telat sadar|terlambat sadar|realized too late))(?![a-z])`);
/** Labels and gossip from the reader's circle: "dibilang kampungan", "malu-maluin keluarga", "mertua pasti nanya". */
const CIRCLE_TALKS = re(String.raw`\b(?:malu (?:atuh )?(?:sama|di depan) (?:leluhur|tetangga|mertua|keluarga|tamu|${OTHERS})|jadi bahan (?:ejekan|omongan|tertawaan|gunjingan|ledekan|olok-olok)|di(?:ejek|buly) (?:teman|temen|orang)|(?:kenapa|why)(?: [a-z']+){0,2} ${OTHERS}(?: [a-z']+){0,5} (?:dan|tapi|but|and|sedangkan) (?:dia|aku|saya|kita|we|i|he|she|${READER})(?: [a-z]+)? (?:tidak|belum|don't|doesn't|didn't|haven't)|(?:masa|masak|mosok) (?:[a-z]+ ){0,2}(?:masih|belum) (?:pakai|punya|beli|coba|bawa|naik|pernah)|(?:jangan|jang) (?:mau )?kalah (?:sama|dari|dengan) (?:${OTHERS}|anak|orang)|dibilang (?:kampungan|kuno|norak|jadul|ketingalan|kudet|cupu|miskin|pelit)|(?:malu-maluin|bikin malu|memalukan) (?:keluarga|orang tua|mama|suami|istri|anak)|(?:mertua|tetangga|sepupu|ipar|keluarga besar|saudara)(?: [a-z]+){0,2} (?:pasti|bakal|nanti) (?:nanya|tanya|bertanya|ngomongin|komentar|nyindir|ngeledek))(?![a-z])`);

const INVITED_BEFORE = /\b(?:bagi|buat|untuk|for|if|kalau|kalo|jika|jangan|biar|supaya)(?: [a-z]+){0,2} $/;

// A plural or collective of people (reduplicated "mama-mama", "ibu-ibu"; a place's people; "dorang"; "everyone", "the
// rest of …"), then "already" within a few words; the verb after it is not arriving ("sudah pada datang" is a roll call).
const CROWD_NOUN = String.raw`(?:[a-z]+-[a-z]+|anak (?:teman|temen|kakak|adik|saudara|sepupu|orang)|every (?:other )?(?:mum|mom|parent|family|kid|child|student|person|neighbou?r|friend|colleague|girl|guy)|tetangga|keluarga|warga|orang [a-z]+|satu [a-z]+|1 [a-z]+|sekampung|sekelas|sekantor|dorang|katong|kitong|mereka|semua [a-z]+|everyone|everybody|the rest of|other [a-z]+s|al (?:the|your) [a-z]+s|neighbou?rs|friends|classmates|colleagues)`;
const CROWD = re(String.raw`\b(?:(?:other|every other|most|al the other) (?:mums|moms|mothers|parents|dads|families|kids|babies|todlers)(?! [a-z]+ (?:don't|never|can't))|(?:sudah pada|pada sudah|${CROWD_NOUN}(?: [a-z0-9-]+){0,5} (?:sudah|su|already|has|have))(?! (?:datang|hadir|kumpul|sampai|tiba|berangkat|pulang|tidur|siap|habis|sold|terjual|ludes|kosong))|(?:yang|orang|teman|tetangga) lain(?:nya)? sudah (?:pada )?(?!habis|sold|terjual|laku|ludes|kosong)[a-z]+)(?![a-z])`, 'g');
const READER_LACKS = re(String.raw`\b(?:${READER}(?:'re| are)? (?:[a-z]+ )?(?:${NOT_YET}|kapan|still|bagaimana|mau ditingal)|${READER} (?:sendiri|saja) yang|(?:[a-z]+ )?${READER} ?\?|(?:hanya|masih) [a-z]+|stil [a-z]+ing(?: [a-z]+){0,4} ?\?|tingal ${READER}(?: saja| sendiri)?(?= ?[.!?,]|$| yang)|(?:mulai|ikut|ikutan|coba|gabung|join|switch) juga|(?:join|switch) (?:them|too))(?![a-z])`, 'g');

// A parent's love or sense measured by the purchase ("Bunda yang sayang anak pasti pilih …", "smart mums always
// pick …"): the reader who does not buy is a lesser parent. Knowing is left out ("real ones know" is an insider's boast).
const PARENT = String.raw`(?:ibu|bunda|mama|mami|bu|ayah|papa|orang tua|ortu|mums|moms|mothers|parents|dads|mamas)`;
const PARENT_GATE = re(String.raw`\b(?:${PARENT}(?:-[a-z]+)? (?:yang )?(?:baik|sayang anak|peduli|cerdas|pintar|bijak|hebat|modern|kekinian|teliti|smart|zaman now)|(?:good|caring|smart|loving|responsible|savvy|wise|modern) ${PARENT}) (?:[a-z]+ ){0,1}(?:(?:pasti |sudah |selalu |wajib |always |already |al )?(?:pilih|pakai|punya|beli|sedia|kasih|berikan|choose|pick|use|buy|give|have|own|stock)|(?:tidak akan|tidak mungkin|never|won't|don't) [a-z]+)(?![a-z])`);
// The reader's child set against children of the same age, or left behind them.
const SAME_AGE = re(String.raw`\b(?:(?:seusia|seumuran|sebaya)(?:nya|mu)|(?:teman|temen|anak|bayi)(?:-[a-z]+)? (?:lain |tetangga )?(?:yang )?(?:seusia|seumuran|sebaya)|(?:kids|babies|children|toddlers) (?:his|her|their|your child's) age|(?:teman|temen|anak) (?:yang )?sebaya(?:nya)?|other (?:kids|babies|children|toddlers))(?: [a-z']+){0,4} (?:sudah|su|already|are already|bisa|can already)(?![a-z])`);
const CHILD_BEHIND = re(String.raw`\b(?:${CHILD}(?: [a-z]+){0,3} (?:left behind|fal(?:ing)? behind|ketingalan|tertingal)(?: [a-z]+){0,3} ?\?|${CHILD}(?: [a-z]+){0,2} (?:paling|sendiri yang) (?:ketingalan|tertingal|belakang)|${CHILD}(?: [a-z]+){0,6} (?:ketingalan|tertingal|kalah|fal(?:ing)? behind|left behind)(?: [a-z]+){0,2} (?:dari|sama|dengan|than|to) (?:teman|temen|anak|kids|others|clasmates|peers|yang lain)|(?:jangan biarkan|don't let|do not let) ${CHILD}(?: [a-z]+){0,2} (?:ketingalan|tertingal|minder|kalah|fal behind|be left behind|be the only))(?![a-z])`);
const PARENT_SHAME = re(String.raw`\b(?:${PARENT} who (?:care|love|know)(?: [a-z]+){0,2} (?:don't|never|always|choose|pick|use)|if you (?:love|care about) your (?:baby|child|kids|family|litle one)|(?:kalau|jika) (?:[a-z]+ )?sayang (?:anak|keluarga|si kecil|buah hati)(?: [a-z]+)?, (?:pasti|harus|wajib)|tega (?:lihat|liat|biarin|biarkan|membiarkan)|kasihan (?:si kecil|anaknya|bayinya|buah hati)(?: [a-z]+){0,3} (?:kalau|jika|if) (?:[a-z]+ ){0,2}(?:tidak|belum|masih|tanpa|hanya)|(?:ibu|mama|orang tua|bunda) (?:macam|seperti) apa|what kind of (?:mum|mom|mother|parent|father|dad)|(?:don't|do not) you (?:love|care about) your)(?![a-z])`);

const hit = (start: number, end: number): Hit[] => [{ rule: 'PRESSURE.FOMO_SHAME', start, end }];

function sentenceBounds(doc: GuardDoc, at: number, before: number, after: number): { from: number; to: number } {
  const i = indexOfRangeAt(doc.sentences, at);
  const from = doc.sentences[Math.max(0, i - before)]?.start ?? 0;
  const to = doc.sentences[i + after]?.end ?? doc.sentences[i]?.end ?? doc.text.length;
  return { from, to };
}

function found(doc: GuardDoc, pattern: RegExp, excludedBefore?: RegExp): Hit[] {
  const m = pattern.exec(doc.text);
  if (m === null) return [];
  if (excludedBefore?.test(doc.text.slice(Math.max(0, m.index - 24), m.index)) === true) return [];
  return hit(m.index, m.index + m[0].length);
}

/** Others named before the contrast in its sentence: "… temen dapat kerja remote, sementara kamu belum …". */
function othersGainReaderWaits(doc: GuardDoc): Hit[] {
  const m = CONTRAST.exec(doc.text);
  if (m === null) return [];
  const { from } = sentenceBounds(doc, m.index, 0, 0);
  return OTHERS_BEFORE.test(doc.text.slice(from, m.index)) ? hit(m.index, m.index + m[0].length) : [];
}

/** A `head` and a `tail` (both global) in one window (the sentence before, the head's, the next); `excluded` reads the words before the tail. */
function paired(doc: GuardDoc, head: RegExp, tail: RegExp, excluded: RegExp): Hit[] {
  head.lastIndex = 0;
  for (let m = head.exec(doc.text); m !== null; m = head.exec(doc.text)) {
    const { from, to } = sentenceBounds(doc, m.index, 1, 1);
    const window = doc.text.slice(from, to);
    tail.lastIndex = 0;
    for (let t = tail.exec(window); t !== null; t = tail.exec(window)) {
      const at = from + t.index;
      if (excluded.test(doc.text.slice(Math.max(0, at - 16), at))) continue;
      return hit(Math.min(m.index, at), Math.max(m.index + m[0].length, at + t[0].length));
    }
  }
  return [];
}

// Each shape is tried only when one of its own cue words is in the draft: a gated table per shape, matched in the
// draft's one pass, so asking costs a bit test and most drafts run none or one or two of the regexes below.
const cue = (words: readonly string[]): RegExp => phrases(words);
const SHAPES: readonly { cues: RegExp; run: (d: GuardDoc) => Hit[] }[] = [
  { cues: cue(['sementara', 'padahal', 'while', 'whereas', 'meanwhile']), run: othersGainReaderWaits },
  { cues: cue(['real', 'true', 'serious', 'sejati', 'tulen', 'yang pintar', 'yang pinter', 'yang cerdas', 'yang smart']), run: (d) => found(d, TRUE_MEMBERS, NEGATED_BEFORE) },
  { cues: cue(['ngaku', 'mengaku', 'call yourself', 'tapi']), run: (d) => found(d, CLAIM_DENIED) },
  {
    cues: cue([
      'diliatin', 'dilihatin', 'dilirik', 'diomongin', 'digosipin', 'diketawain', 'ditertawakan', 'dicibir', 'diejek', 'diledek', 'disindir', 'dinyinyirin',
      'jadi bahan', 'jadi tontonan', 'kelihatan', 'keliatan', 'terlihat', 'malu', 'jangan kaget', 'jangan heran', 'can hear', 'can see', 'can tell',
      'will notice', 'will hear', 'will see', 'will tell', 'would notice', 'would see', 'would tell', 'would hear', "you'll feel", 'stare', 'judge', 'laugh',
    ]),
    run: (d) => paired(d, LACKING, JUDGED, NEGATED_BEFORE),
  },
  { cues: cue(['malu']), run: (d) => found(d, SEEN_BY_VISITORS, NEGATED_BEFORE) },
  { cues: cue(['jangan sampai', 'menyesal', 'rasanya', 'ditanya', 'ditanyain', 'jangan ulangi', 'jangan ulang', "don't make"]), run: (d) => found(d, REGRET_WARNING) },
  { cues: cue(['ketinggalan', 'tertinggal', 'ditinggal', 'beda sendiri', 'kalah', 'nekat', 'left behind', 'be the last', 'miss out']), run: (d) => found(d, STAY_BEHIND, INVITED_BEFORE) },
  { cues: cue(['sudah', 'su', 'already', 'has', 'have', 'pada sudah', 'other', 'most', 'all the other', 'every other']), run: (d) => paired(d, CROWD, READER_LACKS, INVITED_BEFORE) },
  {
    cues: cue(['baik', 'sayang anak', 'peduli', 'cerdas', 'pintar', 'bijak', 'hebat', 'modern', 'kekinian', 'teliti', 'smart', 'zaman now', 'good', 'caring', 'loving', 'responsible', 'savvy', 'wise']),
    run: (d) => found(d, PARENT_GATE, NEGATED_BEFORE),
  },
  { cues: cue(['seusia', 'seumuran', 'sebaya', 'his age', 'her age', 'their age', "child's age", 'other kids', 'other babies', 'other children', 'other toddlers']), run: (d) => found(d, SAME_AGE, NEGATED_BEFORE) },
  { cues: cue(['ketinggalan', 'tertinggal', 'kalah', 'behind', 'belakang', 'jangan biarkan', "don't let", 'do not let']), run: (d) => found(d, CHILD_BEHIND) },
  { cues: cue(['tega', 'kasihan', 'macam apa', 'seperti apa', 'what kind', 'you love', 'you care', 'who care', 'who love', 'who know', 'sayang']), run: (d) => found(d, PARENT_SHAME, NEGATED_BEFORE) },
  {
    cues: cue([
      'watching', 'nonton', 'lihat', 'liat', 'melihat', 'scrolling', 'kalah', 'ketinggalan', 'tertinggal', 'behind', 'satu-satunya', "shouldn't", 'should not',
      "don't want", "wouldn't", 'wants to be', 'hate to be', "don't be", 'do not be', 'never be', 'tidak mau',
    ]),
    run: (d) => found(d, READER_BEHIND_OTHERS),
  },
  { cues: cue(['while', 'whereas', 'sementara']), run: (d) => found(d, WHILE_CROWD) },
  { cues: cue(['hanya', 'satu-satunya', 'the only']), run: (d) => found(d, ODD_ONE_STORY) },
  { cues: cue(['jang', 'yang rugi', 'yang menyesal', 'menyesal', 'regret', 'telat sadar', 'terlambat sadar', 'too late']), run: (d) => found(d, REGRET_MORE, NEGATED_BEFORE) },
  {
    cues: cue(['malu', 'jadi bahan', 'diejek', 'dibully', 'kenapa', 'why', 'masa', 'masak', 'mosok', 'kalah', 'dibilang', 'malu-maluin', 'bikin malu', 'memalukan', 'nanya', 'tanya', 'bertanya', 'ngomongin', 'komentar', 'nyindir', 'ngeledek']),
    run: (d) => found(d, CIRCLE_TALKS, NEGATED_BEFORE),
  },
];

/** Each shape whose cue is in the draft, in turn; the first that finds something wins. */
export function detectFomoRoundFourteen(doc: GuardDoc): Hit[] {
  for (const shape of SHAPES) {
    if (!matchesAnywhere(shape.cues, doc.text)) continue;
    const hits = shape.run(doc);
    if (hits.length > 0) return hits;
  }
  return [];
}
