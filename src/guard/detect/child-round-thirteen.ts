// Round thirteen (issue #11), DISCLOSE.CHILD_APPEAL by structure. The fresh writers of train20–train32
// ask children to work on a grown-up in ways no verb table of the older rounds lists: "tunjukin video ini ke
// ayah bunda", "screenshot terus kirim ke WhatsApp Mama", "leave this page open on Mom's laptop", "tug on Dad's
// sleeve and say the words", "colek Mama-nya di kolom komentar", "bisikin Ayah Ibu", "matur Bapak" (Javanese),
// "Kids, here's your script for tonight: 'Mom, can we …'", or no grown-up named at all: "you know who to ask",
// "Adik-adik tahu kan harus bilang ke siapa?", "you know who holds the credit card at home".
// Structure: (1) a child is the one addressed (a vocative at the start of a clause, or set off by a comma,
// colon or "!"), (2) after it, a grown-up named near (3) a move the child makes toward that grown-up (tell,
// show, send, tag, hint, whisper, leave open, point, tug …), or the grown-up left unnamed ("you know who"),
// and (4) something sold in the draft. Look-alikes kept quiet: parents spoken to ("Ayah Bunda, ajak si
// kecil …"); a child spoken ABOUT ("ada anak SD tanya ke kasir … kami bilang ke ibunya"); a grown-up asked
// for permission, company or safety ("minta izin", "ditemani orang tua", "tell a grown-up if you feel
// sick"); a children's contest whose only request is to bring a parent along ("ajak orang tua ke lomba").
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { collapsedRegExp as re } from '../text/pattern.js';
import type { Hit } from './scan.js';


/** Who a child is called: the nouns of address of these writers, Indonesian, Betawi, Javanese and English. */
const CHILD_NOUN = String.raw`(?:adik-adik|adek-adek|adik(?: kecil| manis)?|adek|dedek|dek|dik|nak|anak-anak|anak sd|bocil(?:-bocil)?|bocah(?:-bocah)?|tong|teman-teman kecil|temen-temen kecil|kakak-kakak (?:sd|tk)|jagoan(?: kecil)?|kids?(?: zaman now| reading this)?|kiddos?|boys and girls|(?:little|young|junior) [a-z'-]+(?: [a-z'-]+)?|siswa (?:sd|tk)|(?:kamu|kalian|you) yang (?:masih |lagi )?(?:sd|smp|tk|kelas|umur(?:nya)?|berumur|usia|suka|pengen|demen|lagi baca)[^,.!?:\n]{0,30}|yang (?:masih )?(?:sd|smp|tk|kelas \d)|\d+-to-\d+-year-olds|bocah-bocah yang [^,.!?:\n]{0,30})`;
/** The child as the one spoken to ("psst" is normalised to "pasti"): opening a clause (after a greeting or "buat/for/to all"), or set off by punctuation. */
const ADDRESS = re(String.raw`(?:^|[.!?:;\n"“] *|(?:hai|hi|hey|halo|hello|hayo|ayo|yuk|psst|ps+t|pasti|dear|aww|calling all|to all(?: our)?|buat|untuk|for)[,!]? +)(${CHILD_NOUN})(?=(?: (?:yang|who|that) [^,.!?:\n]{0,50}| [a-z'-]+(?: [a-z'-]+){0,5})?[,:!?]| +(?:ya|yuk|ayo|semua)?[,:!])`, 'g');
/** The child called at the end of a clause: "Tarik tangan Bapak ke kedai kami ya, Dik." */
const TRAILING_ADDRESS = re(String.raw`, (${CHILD_NOUN})(?=[.!?]|$)`, 'g');
/** "Little" and "young" read as address only when set off: "a little bit" is no child. */
const NOT_A_CHILD = /^(?:little|young|junior) (?:bit|while|more|less|something|thing|things|by|late|too|extra|help|secret|reminder|update)(?![a-z])/;

const GROWN_UP = String.raw`(?:mama|mamah|mami|mom|mum|mommy|mummy|papa|papah|papi|ayah|ayah bunda|bunda|ibu|ibumu|bapak|pak|abah|babe|enyak|emak|umi|abi|ortu|orang ?tua|dad|daddy|parents?|parent's|folks|grown-? ?ups?|an adult|nenek|kakek|grandma|grandpa|oma|opa|tante|om|uncle|aunt(?:ie)?)(?:mu|nya|ku|-nya|'s)?`;
const GROWN_UP_WORD = re(String.raw`(?<![a-z])${GROWN_UP}(?![a-z])`, 'g');
/** What the child does toward the grown-up: say, show, send, hint, nudge, leave it where they will see. */
const MOVE = re(String.raw`(?<![a-z])(?:bilang(?:in|kan)?|kasih (?:tau|tahu|kode|lihat|liat|link)|kode-?kodein|kedipin|tunjuk(?:in|kan)?|colek|tag|mention|kirim(?:in|kan)?|forward|screenshot|taruh|tempel|tinggalin|bisik(?:in)?|cerita(?:in|kan)?|ngobrol(?:in)?|ngomong|tanya(?:in)?|rayu(?:in)?|bujuk(?:in)?|yakinkan|yakinin|minta(?:in)?|pinta|rengek|ingetin|ingatkan|ingatin|remind|tagih|titip|jawab|ketik|matur|tarik tangan|tell|show|ask|say|send|share|tag|tap|tug|point|whisper|hint|leave|remind|convince|talk|get|let|make sure|bring|beg|nag)(?![a-z])`, 'g');
/** The grown-up left unnamed: "you know who to ask", "harus bilang ke siapa", "who holds the credit card". */
const UNNAMED = re(String.raw`(?<![a-z])(?:you know what to (?:say|do)|(?:here's|here is) your script|say this|leave (?:this|the|our) [a-z]+ open|tinggalin [a-z ]{0,25}(?:kebuka|terbuka)|you know who(?: to| holds| has| pays)?|(?:tahu|tau) (?:kan )?(?:harus )?(?:bilang|ngomong|minta|kasih tahu|kasih tau)(?: ke| sama)? siapa|who holds the (?:credit )?card|(?:your )?parents hold the (?:credit )?card)(?![a-z])`);
/** A grown-up taken along counts only to the till: "ajak mama mampir ke kasir", not "ajak orang tua nonton pawai". */
const TAKEN_TO_BUY = re(String.raw`(?<![a-z])ajak ${GROWN_UP}(?: [a-z]+){0,3} (?:ke kasir|beli(?:in)?|belanja|order|checkout|ke (?:toko|stan|booth|kedai|gerai|kasir))(?![a-z])`);

/** The grown-up named before and taken up by a pronoun: "Grandma loves spoiling you. Tell her about …". */
const PRONOUN_MOVE = re(String.raw`(?<![a-z])(?:tell|ask|send|show|remind|bilang(?:in)?(?: ke| sama)?|kasih (?:tau|tahu)(?: ke)?) (?:her|him|them|mereka|dia|beliau)(?![a-z])`);
/** A persuasion plain enough to need no vocative: "Coba deh rayu Mama pelan-pelan", "kedipin mata ke Mama". */
const PERSUADE_GROWN_UP = re(String.raw`(?<![a-z])(?:rayu(?:in)?|bujuk(?:in)?|kode-?kodein|kedipin(?: mata)?|kasih kode|rengek(?:in)?|tarik tangan|tug on|drop (?:a |some )?hints?(?: to)?)(?: (?:ke|sama|to|your|ur))*(?: [a-z]+){0,1} ${GROWN_UP}(?![a-z])`);
/** Speed (round fourteen): every PERSUADE_GROWN_UP match starts with one of these, so drafts without one skip it. */
const PERSUADE_CUE = re('rayu|bujuk|kode|kedipin|rengek|tarik tangan|tug on|drop');
/** The post shown to a parent, with a child's hook beside it: "show your mom this post … for your birthday". */
const SHOW_TO_GROWN_UP = re(String.raw`(?<![a-z])(?:show(?: this| our| the)? (?:post|video|page|link)? ?(?:to )?(?:your|ur) ${GROWN_UP}|show (?:your|ur) ${GROWN_UP} (?:this|our|the))(?![a-z])`);
const CHILD_HOOK = re(String.raw`(?<![a-z])(?:birthday|ulang tahun|kado|been (?:extra |really )?good|mainan|toys?|homework|report card|rapor|school|sekolah)(?![a-z])`);

/** Asking a grown-up for permission, company or help is no purchase. */
const NOT_A_PURCHASE = re(String.raw`(?<![a-z])(?:izin|ijin|permission|restu|dampingi|didampingi|temani|ditemani|awasi|diawasi|supervis[a-z]*|help you|bantu|feel sick|sakit|hurt|lost|tersesat|helm|sabuk|seatbelt|sunscreen|menyeberang|cross the road|stranger|orang asing|safe|stay safe|before (?:buying|you buy|purchasing)|sebelum (?:beli|membeli|belanja))(?![a-z])`);
/** A contest or event: bringing a parent along is no purchase unless a sale is named. */
const EVENT = re(String.raw`(?<![a-z])(?:lomba|contest|competition|pemenang|winners?|pengumuman|jadwal|lobi|lobby)(?![a-z])`);
const SALE = re(String.raw`(?<![a-z])(?:beli(?:in|kan)?|buy|order|pesan|checkout|kasir|harga|price|stan|booth|menu|paket|rp ?\d)(?![a-z])`);

// "jangan lupa bisikin Ayah", "don't let your parents forget": a reminder, not a negation.
const REMINDER_BEFORE = /(?:don't|do not|dont|jangan) (?:forget|lupa|let)(?: (?:to|untuk))? *(?:[a-z]+ )?$/;

/** How near (characters) a move and its grown-up must stand: one clause or so. */
const NEAR = 60;

/** An addressed child, and where the ask is looked for: after a leading vocative, from its sentence's start for a trailing one. */
interface Address {
  start: number;
  end: number;
  from: number;
}

function addressedChildren(doc: GuardDoc): Address[] {
  const found: Address[] = [];
  for (const pattern of [ADDRESS, TRAILING_ADDRESS]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const word = m[1] ?? '';
      const start = m.index + m[0].length - word.length;
      if (NOT_A_CHILD.test(word) || isNegated(doc, start)) continue;
      const sentenceStart = doc.sentences.find((x) => x.start <= start && start < x.end)?.start ?? 0;
      found.push({ start, end: start + word.length, from: pattern === ADDRESS ? start + word.length : sentenceStart });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function positions(pattern: RegExp, text: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A move with a grown-up within NEAR characters, on the same side of a sentence end. */
function moveTowardGrownUp(text: string, from: number): { start: number; end: number } | undefined {
  // A grown-up set off as the one spoken to ("Grown-ups, please bring a torch") is no one the child works on.
  const grownUps = positions(GROWN_UP_WORD, text, from).filter((g) => !(/^[,:]/.test(text.slice(g.end)) && /(?:^|[.!?]\s*)$/.test(text.slice(0, g.start))));
  if (grownUps.length === 0) return undefined;
  for (const move of positions(MOVE, text, from)) {
    const partner = grownUps.find((g) => Math.abs(g.start - move.start) <= NEAR && !/[.!?]\s/.test(text.slice(Math.min(move.end, g.end), Math.max(move.start, g.start))));
    if (partner !== undefined) return { start: Math.min(move.start, partner.start), end: Math.max(move.end, partner.end) };
  }
  return undefined;
}

export function detectChildRoundThirteen(doc: GuardDoc): Hit[] {
  const text = doc.text;
  // Every shape needs a grown-up or the unnamed one: most drafts stop here.
  GROWN_UP_WORD.lastIndex = 0;
  if (!GROWN_UP_WORD.test(text) && !UNNAMED.test(text)) return [];
  const plain = (PERSUADE_CUE.test(text) ? PERSUADE_GROWN_UP.exec(text) : null) ?? (CHILD_HOOK.test(text) ? SHOW_TO_GROWN_UP.exec(text) : null);
  if (plain !== null && !NOT_A_PURCHASE.test(text)) return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: plain.index, end: plain.index + plain[0].length, severity: 'block' }];
  for (const address of addressedChildren(doc)) {
    const after = address.from;
    GROWN_UP_WORD.lastIndex = 0;
    const named = GROWN_UP_WORD.test(text.slice(after));
    const ask = moveTowardGrownUp(text, after) ?? UNNAMED.exec(text.slice(after)) ?? (named ? PRONOUN_MOVE.exec(text.slice(after)) ?? TAKEN_TO_BUY.exec(text.slice(after)) : null) ?? undefined;
    if (ask === undefined) continue;
    const span = 'index' in ask ? { start: after + ask.index, end: after + ask.index + ask[0].length } : ask;
    // The whole sentence of the ask: "Kids, if you feel sick …, tell a grown-up" puts the reason before it.
    const sentence = doc.sentences.find((x) => x.start <= span.start && span.start < x.end);
    const clause = text.slice(Math.min(sentence?.start ?? span.start, address.start), Math.min(text.length, span.end + 40));
    if (NOT_A_PURCHASE.test(clause) || (isNegated(doc, span.start) && !REMINDER_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)))) continue;
    if (EVENT.test(text) && !SALE.test(text)) continue;
    return [{ rule: 'DISCLOSE.CHILD_APPEAL', start: Math.min(address.start, span.start), end: Math.max(address.end, span.end), severity: 'block' }];
  }
  return [];
}
