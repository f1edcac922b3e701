// Round fourteen (issue #11), DISCLOSE.CHILD_APPEAL by roles rather than by vocative. Round thirteen's detector
// (child-round-thirteen.ts) fires only when a child noun from its list stands set off as the one spoken to and
// a grown-up follows it. New writers miss both halves: the child is named by a dedication or a regional or
// made-up word ("Buat barudak leutik:", "Pesan buat pembaca cilik:", "Bocil squad,", "Dedek-dedek yang suka …"),
// or only by whose parent it is ("persuade ayah kalian", "show your mom", "Mama kamu belum tahu"); and the ask
// may come before the vocative ("… janji ranking satu ke Mama. Coba deh, dek.") or as a story to copy ("ada anak
// yang nangis sampai Papanya beli … Adik-adik juga bisa coba cara yang sama").
// Roles: (1) the reader is a child: a child word not spoken about (no "ada/seorang/si/our" before it), or a
// grown-up owned by the reader ("your dad", "ayah kalian", "mamamu"); (2) the draft does not speak to the parent
// ("Bunda, …", "Moms,", "si kecil", "your little one"); (3) a grown-up and, within a clause, a move the child makes
// toward them (ask, show, tell, persuade, promise, cry, leave it where they see it) or the grown-up as the buyer
// ("asal Mama beli", "kalau orang tua kalian checkout", "she'll buy it for you"); or (4) a child's success with a
// grown-up told as a story and the reader invited to copy it. Permission, company and safety stay quiet.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { collapsedRegExp as re, wholeWords as W } from '../text/pattern.js';
import type { Hit } from './scan.js';


const GROWN_UP = String.raw`(?:mama|mamah|mami|mom|mum|mommy|mummy|mamak|mace|papa|papah|papi|pace|ayah|bunda|ibu|bapak|bapa|abah|ambu|babe|enyak|emak|umi|abi|ortu|orang ?tua|dad|daddy|parents?|folks|grown-? ?ups?|nenek|kakek|grandma|grandpa|granny|oma|opa|tante|om|uncle|aunt(?:ie)?)(?:mu|nya|ku|-nya|'s)?`;
const GROWN_UP_RE = re(W(GROWN_UP), 'g');
/** Cheap gate: a parent word must be there for any shape. */
const PARENT_CUE = /mam|mom|mum|pap|pace|mace|ayah|bunda|ibu|bapa|abah|ambu|babe|emak|enyak|umi|abi|ortu|orang ?tua|dad|parent|folks|grown|nenek|kakek|grand|oma|opa|tante|uncle|aunt/;

/** A child word: listed nouns, or any noun made small ("pembaca cilik", "little gold-lovers", "bocil squad"). */
const KID = String.raw`adik-adik|adek-adek|ade-ade|dedek-dedek|adik|adek|dedek|dek|dik|nak|anak-anak|bocil(?:-bocil)?|bocah(?:-bocah)?|barudak|budak|arek-arek|cah-cah|kids?|kiddos?|buddy|champ|little ones?|youngsters?|boys and girls|[a-z-]+ (?:cilik|leutik)|(?:teman|temen|sahabat|sobat|pembaca|penggemar|pasukan|geng|jagoan|pejuang)(?: [a-z]+)? kecil|(?:little|young|junior|mini) (?!(?:moms|mums|mothers|parents|families|couples|professionals|adults|workers|entrepreneurs|wives|husbands|dads|fathers|people|women|men|ladies|lovers|readers of|brides|grooms|couples|graduates|creators|founders)(?![a-z]))[a-z-]+s|(?:bocil|kids?|anak) (?:squad|gang|geng)|ade-ade|ade kecil|adiak|buyuang|upiak|nduk|thole|cah cilik|(?:yang|who|that) [a-z ]{0,40}(?:tk|sd|paud|kindergarten|elementary|primary school|kelas \d)`;
/** A child word spoken about, not to: "ada anak kecil", "our little ambassador", "si adik". */
const ABOUT = /(?<![a-z])(?:ada|seorang|si|para|the|a|an|our|my|his|her|their|your|kami|saya|aku|punya|dengan|sama|kata|sebagai|ke|dari|like|than|as|of)\s*$/;
const KID_RE = re(W(KID), 'g');
/** An older sibling is a child too: "Kakak" is a child's name only where a baby brother or sister is spoken of. */
const SIBLING = re(W(String.raw`adik bayi|adik baru|calon adik|punya adik|baby (?:brother|sister)|big (?:brothers?|sisters?|bro|sis)`));
// "Kak" alone is how shops greet grown-up customers: only the full "kakak" counts.
const KAKAK_RE = re(W('kakak(?:-kakak)?|big (?:brothers?|sisters?|bro|sis)'), 'g');
/** The reader's own grown-up: "your dad", "ayah kalian", "Mama kamu", "mamamu", "parents-mu". */
const OWNED = re(W(String.raw`(?:your|ur) ${GROWN_UP}(?! (?:friends?|group|groups|community|circle|squad|life|chat|bod|hacks?|tribe))|(?:mama|papa|ayah|bunda|ibu|bapak|abah|ambu|ortu|orang ?tua|mami|papi|nenek|kakek|oma|opa)(?:mu| kamu| kalian| lo| lu| adik| adek| dedek)`));
/** The parent is the one spoken to, or the child is theirs: the draft speaks to the parent. */
const TO_PARENT = re(W(String.raw`si kecil|buah hati|suami|istri|husband|wife|hubby|ibu hamil|bumil|busui|pregnan[a-z]*|new (?:moms?|mums?|parents)|para (?:ibu|bunda|mama|orang tua|ayah)|(?:your|anak) (?:baby|babies|newborn|toddler)|(?:your|anak|ananda|putra|putri) (?:little ones?|kids?|children|child|toddlers?|babies|baby|anak|si kecil)|anak (?:anda|bunda|ibu|ayah|mama|kamu|kalian)|(?:moms|mums|parents|ayah bunda|bunda|ibu-ibu|bapak-bapak|mama-mama|moms and dads)[,!:]|(?:hai|halo|hi|hello|dear) (?:bunda|moms|mums|parents|ayah|ibu|mama)`));

/** What a child does toward a grown-up, or the grown-up doing the buying. */
const MOVE = re(W(String.raw`minta(?:in)?|ask|asked|tell|told|show|showed|shown|bilang(?:in)?|kasih (?:tau|tahu|lihat|liat)|tunjuk(?:in|kan)?|rayu(?:in)?|bujuk(?:in)?|persuade|convince|talk(?:ed)?(?: [a-z]+){1,2} into|janji|janjiin|promise|nangis|merengek|rengek|beg|begged|nag|nagged|whisper|hint|taruh|tempel|leave|titip|ingetin|remind|ngobrolin|cerita(?:in)?|(?<=(?:let|biarin|biarkan) (?:your |ur )?[a-z']+ )(?:forget|lupa)`), 'g');
const BUY = re(W(String.raw`beli|beliin|belikan|dibeliin|dibelikan|buy|buys|bought|get (?:you|it for you)|checkout|check out|order|bayar(?:in)?|pay for|sign (?:you|them) up|daftarin|top up|ajak[a-z]* (?:ke|mampir)|gave in`), 'g');
/** The grown-up as the buyer on a condition or for the reader: "asal Mama beli", "she'll buy it for you". */
const CONDITION = re(W(String.raw`(?:asal|asalkan|kalau|kalo|jika|if|as long as|once)(?: [a-z]+){0,3} ${GROWN_UP}(?: [a-z]+){0,2} (?:beli|checkout|order|bayar|buys?|gets?|orders?)|(?:she|he|they)(?:'ll| will| might| may)(?: [a-z]+){0,2} (?:buy|get) (?:it |one |them )?(?:for you|you)`));
/** The reader invited to do as the child of the story did. */
const COPY = re(W(String.raw`(?:juga )?bisa coba cara (?:yang )?sama|coba(?:in)? (?:cara|trik) (?:ini|itu|yang sama)|your turn|you know what to do|same trick|coba deh|cobain deh|giliran (?:kalian|kamu|adik)`));
const STORY_KID = re(W(String.raw`anak(?: kecil)?|kids?|children|girl|boy|niece|nephew|keponakan|members|bocil|bocah`));

/** The reader asks a grown-up to buy for them, or to be bought for by one: the reader is the child of the house. */
const REQUEST_BUY = re(W(String.raw`(?:minta|mintain|ask|bilang(?: ke| sama)?|rayu|rayuin|bujuk|bujukin|suruh|tell|beg|convince|persuade|get)(?: [a-z]+){0,1} ${GROWN_UP}(?: [a-z]+){0,2} (?:buat |untuk |to )?(?:beliin|belikan|bayarin|buy|get you|order|checkout|daftarin|sign you up)|(?:dibeliin|dibelikan|dibayarin|bought for you|got for you)(?: [a-z]+){0,3} (?:sama|oleh|by|ama) ${GROWN_UP}`));
/** A child's own thing: toys, games, sweets, cartoons, report cards (not "anak" or "sekolah": parents buy those too). */
const KID_HOOK = re(W(String.raw`mainan|toys?|game|games|gaming|top up|diamonds?|skins?|stiker|stickers?|boneka|dolls?|lego|robot|sepeda|bikes?|es krim|ice cream|jajan|permen|candy|sweets|kartun|cartoons?|ranking|rapor|report card|playground|taman bermain|crayon|krayon|lunchbox`));

/** The reader gives to the grown-up (Mother's Day, a gift for Dad): a grown-up child buying, not a child asking. */
const GIVE_TO_GROWN_UP = re(W(String.raw`hari (?:ibu|ayah|orang tua)|mother'?s day|father'?s day|(?:kado|hadiah|gift|hampers|parsel|surprise|kejutan|treat)(?: [a-z]+){0,3} (?:buat|untuk|for|ke) ${GROWN_UP}|(?:treat|spoil|surprise|belikan|beliin|kirimi|kirimin|send) (?:your |ur )?${GROWN_UP}`));

/** Permission, company, safety: no purchase. */
const NOT_A_PURCHASE = re(W(String.raw`izin|ijin|permission|restu|dampingi|didampingi|temani|ditemani|awasi|diawasi|supervis[a-z]*|feel sick|sakit|hurt|lost|tersesat|helm|seatbelt|sabuk|sunscreen|stranger|orang asing|stay safe|before (?:signing|you sign|joining|you join|buying|you buy|registering|purchasing)|sebelum (?:beli|membeli|daftar|mendaftar|ikut)|consent|persetujuan|help you|bantu|account|akun|pills?|obat|medicine|doctor|dokter`));
const NEAR = 60;
/** "Jangan lupa cerita ke Mama", "don't let your parents forget": a reminder, not a negation. */
const REMINDER = /(?:jangan|jgn|don't|do not|dont) (?:lupa|forget|let|biarin|biarkan)(?: (?:untuk|to))?(?: [a-z]+){0,2} *$/;
/** A bare move closing the next sentence takes the grown-up of the one before: "Mama kamu belum tahu … Kasih tahu, yuk." */
const BARE_MOVE = re(String.raw`^\W*(?:kasih (?:tau|tahu)|bilang(?:in)?|kasih lihat|tunjukin|tell (?:her|him|them)|show (?:her|him|them)|ask (?:her|him|them))(?: (?:ya|yuk|dong|deh|aja|now|today))*[,.!?]*(?: (?:ya|yuk|dong|deh))*[.!?]*\W*$`);

function spans(pattern: RegExp, text: string): { start: number; end: number }[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "Bunda yang anaknya baru masuk TK": a school level in a clause about the reader's child speaks to a parent. */
const RELATIVE = /^(?:yang|who|that) /;
const CHILD_OF_READER = re(W('anak|anaknya|putra|putri|putranya|putrinya|si kecil|child|children|kids|son|daughter|little one'));
const GROWN_UP_BEFORE = re(String.raw`${GROWN_UP} $`);
function parentsSchoolClause(text: string, k: { start: number; end: number }): boolean {
  if (!RELATIVE.test(text.slice(k.start, k.end))) return false;
  return CHILD_OF_READER.test(text.slice(k.start, k.end)) || GROWN_UP_BEFORE.test(text.slice(Math.max(0, k.start - 14), k.start));
}

/** A child word the draft speaks to, or a grown-up the reader owns. */
function readerIsChild(text: string): boolean {
  if (OWNED.test(text)) return true;
  const kids = [...spans(KID_RE, text), ...(SIBLING.test(text) ? spans(KAKAK_RE, text) : [])];
  return kids.some((k) => !ABOUT.test(text.slice(Math.max(0, k.start - 12), k.start)) && !parentsSchoolClause(text, k));
}

/** A grown-up with a move or a purchase beside it, in one sentence, not for permission or safety. */
function ask(doc: GuardDoc): { start: number; end: number } | undefined {
  const text = doc.text;
  const condition = CONDITION.exec(text);
  if (condition !== null) return { start: condition.index, end: condition.index + condition[0].length };
  const grownUps = spans(GROWN_UP_RE, text);
  const acts = [...spans(MOVE, text).map((a) => ({ ...a, buy: false })), ...spans(BUY, text).map((a) => ({ ...a, buy: true }))];
  for (const act of acts) {
    // A purchase counts when the grown-up makes it ("Papanya beli", "minta Abah beliin"), not when it is for them ("one for grandma").
    const g = grownUps.find((x) => Math.abs(x.start - act.start) <= NEAR && (!act.buy || (x.end <= act.start && !/(?:for|buat|untuk|to) $/.test(text.slice(Math.max(0, x.start - 7), x.start)))) && !/[.!?]\s/.test(text.slice(Math.min(act.end, x.end), Math.max(act.start, x.start))));
    if (g === undefined || (isNegated(doc, act.start) && !REMINDER.test(text.slice(Math.max(0, Math.min(g.start, act.start) - 40), Math.min(g.start, act.start))))) continue;
    const start = Math.min(g.start, act.start);
    const end = Math.max(g.end, act.end);
    if (NOT_A_PURCHASE.test(text.slice(Math.max(0, start - 30), end + 40))) continue;
    return { start, end };
  }
  // The grown-up in one sentence and a bare "Kasih tahu, yuk." as the next.
  for (let i = 1; i < doc.sentences.length; i++) {
    const prev = doc.sentences[i - 1];
    const cur = doc.sentences[i];
    if (prev === undefined || cur === undefined || !BARE_MOVE.test(text.slice(cur.start, cur.end))) continue;
    const g = grownUps.find((x) => x.start >= prev.start && x.start < prev.end);
    if (g !== undefined) return { start: g.start, end: cur.end };
  }
  return undefined;
}

export function detectChildRoundFourteen(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!PARENT_CUE.test(text)) return [];
  // The cue is a substring ("ribu" holds "ibu"): a whole grown-up word must stand before the tables run.
  GROWN_UP_RE.lastIndex = 0;
  if (!GROWN_UP_RE.test(text) || TO_PARENT.test(text) || GIVE_TO_GROWN_UP.test(text)) return [];
  const found = ask(doc);
  if (found === undefined) return [];
  // A story of a child winning a grown-up over, with the reader invited to copy it, needs no vocative.
  if (readerIsChild(text) || (COPY.test(text) && STORY_KID.test(text)) || (REQUEST_BUY.test(text) && KID_HOOK.test(text))) return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: found.start, end: found.end, severity: 'block' }];
  return [];
}
