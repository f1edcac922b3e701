// Round twelve (issue #11), PRESSURE.FOMO_SHAME without deadline or stock words:
//  - regret told as a story: a purchase missed or put off (sold out, too late, "ragu", "nggak
//    kebagian", "waited too long") and regret over it ("nyesel banget", "still talks about it",
//    "kicking myself") in the same sentence or the two after it. The reader is meant to fear the same.
//    A brand apologising for its own stock ("maaf, kami menyesal stok habis") tells no story;
//    regret denied ("nggak nyesel") is satisfaction, not fear.
//  - the reader left as the odd one out: "satu-satunya yang belum", "tinggal kamu yang belum".
//  - others already have it, and the reader is asked when: "ibu-ibu komplek sudah pada punya,
//    ibu kapan?" (any form of address, not only "kamu"), or told they still do not.
//  - shame or loss bound to the reader not having it: a shame or loss word, then (after "kalau"
//    or directly) the reader still or not yet doing it: "rugi besar kalau Anda tidak ikut",
//    "malu dong mudik masih naik motor butut"; an identity challenged ("masa ngaku fans tapi
//    belum punya"); the reader seen with the old thing ("still on 60Hz? kasian", "show up in
//    an old shirt?"). A negated shame word ("jangan malu kalau belum paham") is reassurance.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { indexOfRangeAt } from '../context/structure.js';
import { collapseLetters, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

const MISSED = new RegExp(collapseLetters(String.raw`\b(?:kehabisan|keburu habis|(?:udah|sudah|dah|eh) habis|(?:nggak|gak|ga|tidak|enggak) kebagian|sold out|missed out|missed (?:it|the|my|her|his|their)|too late|terlambat|telat|waited too long|waited|nunggu(?:in)?|menunda|nunda|put it off|hesitated|ragu(?:-ragu)?|(?:nggak|gak|ga|tidak|batal) jadi (?:beli|order|ambil)|didn't (?:buy|order|grab|get)|passed on)(?![a-z])`), 'g');
const REGRET = new RegExp(collapseLetters(String.raw`\b(?:nyesel|nyesal|menyesal|penyesalan|regret|regrets|regretted|kicking (?:myself|herself|himself|themselves)|kick (?:myself|herself|himself)|still (?:talks|talk|thinks|think|complains|complain) about it|masih (?:kepikiran|kebayang|keinget|ngomongin)|(?:should|could) have|harusnya|seharusnya|wish (?:i|she|he|they|we)(?:'d| had)|(?:don't|do not|dont|jangan) (?:let (?:it|that|this) happen again|sampai (?:terulang|kejadian lagi|keulang)))(?![a-z])`));
const APOLOGY = new RegExp(collapseLetters(String.raw`\b(?:maaf|mohon maaf|sorry|apolog[a-z]*|kami menyesal|we regret)(?![a-z])`));
const ODD_ONE_OUT = new RegExp(collapseLetters(String.raw`\b(?:(?:jangan sampai|don't be|dont be)(?: [a-z]+)? (?:cuma|hanya|the only)(?: [a-z]+){0,2} (?:jadi )?(?:penonton|yang (?:belum|nggak|gak|tidak|ketinggalan)|one (?:who|without|left))|(?:mau|want to|wanna) (?:jadi|be) (?:yang |the )?(?:terakhir|last)|(?:jadi )?satu-satunya(?: orang)? (?:yang|yg) (?:belum|masih|nggak|gak|ga|tidak)|tinggal (?:kamu|kakak|kak|anda|ibu|bunda|lo|lu|elo|situ)(?: (?:doang|aja|saja))? (?:yang|yg) (?:belum|masih))(?![a-z])`));
const OTHERS_HAVE_YOU_WHEN = new RegExp(collapseLetters(String.raw`(?:sudah|udah|dah|already) (?:pada |semua |all )?(?:punya|pakai|pake|coba|beli|order|ikut|join|daftar|ganti|switched|have|got|bought|using|use)(?: [a-z0-9-]+){0,6}[,.;!]? (?:kamu|kakak|kak|ibu|bu|bunda|bun|mama|bapak|pak|mas|mbak|om|tante|sis|gan|bro|anda|lo|lu|elo|situ|you|terus kamu|lalu kamu|and you) (?:kapan|when)(?: [a-z]+)? ?\?`));

const SHAME_WORD = String.raw`(?:malu|rugi|kasian|kasihan|gengsi|cupu|norak|ketinggalan(?: zaman)?|embarrassing|shame|shameful)`;
// Regret needs the condition: "nyesel lho kalau nggak ikut" warns the reader, while "aku nyesel
// banget belum nyobain dari dulu" is a happy customer's testimony.
const REGRET_WORD = String.raw`(?:nyesel|nyesal|menyesal|you'll regret|you will regret)`;
const NOT_YET = String.raw`(?:nggak|tidak|gak|ga|enggak|belum|masih|don't|didn't|still|haven't|never)`;
const PARTICLES = String.raw`(?: (?:besar|banget|berat|dong|lah|deh|sih|lho|loh|lo|kak|kan|lur))*`;
const IF_WORD = String.raw`(?:kalau|kalo|klo|jika|if|kalau sampai|kalo sampe)`;
const SHAMED_LACK = new RegExp(collapseLetters(String.raw`\b(?:${SHAME_WORD}${PARTICLES}(?: ${IF_WORD})?|${REGRET_WORD}${PARTICLES} ${IF_WORD})(?: [a-z]+){0,4} ${NOT_YET}(?![a-z])`), 'g');
/** The writer's own feeling ("aku malu dulu belum tahu") shames no reader. */
const FIRST_PERSON_BEFORE = /(?:aku|saya|gue|gw|gua|i|i'm|kami|we)(?: [a-z]+)? $/;
const IDENTITY_CHALLENGED = new RegExp(collapseLetters(String.raw`\bmasa(?:k)? (?:ngaku|mengaku|katanya|bilangnya|ngakunya)(?: [a-z-]+){0,4},? (?:tapi|but) ${NOT_YET}`));
const OTHERS_HAVE_YOU_NOT = new RegExp(collapseLetters(String.raw`(?:sudah|udah|dah|already) (?:pada |semua |all )?(?:punya|pakai|pake|coba|beli|order|ikut|join|daftar|ganti|upgrade|switched|have|got|bought|using)(?: [a-z0-9-]+){0,6}[,.;!]? (?:kamu|kakak|kak|ibu|bunda|anda|lo|lu|elo|situ|you|kok kamu|terus kamu|and you) (?:belum|masih|still|haven't|don't)`));
const STILL_OLD = new RegExp(collapseLetters(String.raw`\b(?:masih (?:betah|pakai|pake|naik|di|pakai yang)|still (?:on|using|in|rocking|wearing|stuck with)|(?:show|turn) up (?:in|with)|be seen (?:in|with))(?: [a-z0-9-]+){0,4} ?\?`));
// Seen in the old thing is shame by itself; still using it is shame only beside pity or a crowd
// that moved on ("Still using the old model? Here's how to update" is help, not shame).
const OLD = /\b(?:old|lama|jadul|butut|kuno|outdated|ancient|last year's)(?![a-z])/;
const PITY_OR_CROWD = new RegExp(collapseLetters(String.raw`\b(?:kasian|kasihan|cupu|norak|ketinggalan|malu|embarrass[a-z]*|everyone|everybody|semua orang|(?:udah|sudah) (?:pada|semua)|already)(?![a-z])`));

function sentenceIndex(doc: GuardDoc, at: number): number {
  return indexOfRangeAt(doc.sentences, at);
}

function regretStory(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!REGRET.test(text) || APOLOGY.test(text)) return [];
  MISSED.lastIndex = 0;
  for (let missed = MISSED.exec(text); missed !== null; missed = MISSED.exec(text)) {
    const i = sentenceIndex(doc, missed.index);
    const from = doc.sentences[i]?.start ?? 0;
    // The regret may close the story two sentences on ("… sold out? Half of you wrote to us. Don't let it happen again.").
    const to = doc.sentences[i + 2]?.end ?? doc.sentences[i + 1]?.end ?? doc.sentences[i]?.end ?? text.length;
    const regret = REGRET.exec(text.slice(from, to));
    if (regret === null || isNegated(doc, from + regret.index)) continue;
    const regretEnd = from + regret.index + regret[0].length;
    return [{ rule: 'PRESSURE.FOMO_SHAME', start: Math.min(missed.index, from + regret.index), end: Math.max(missed.index + missed[0].length, regretEnd) }];
  }
  return [];
}

function found(doc: GuardDoc, pattern: RegExp): Hit[] {
  const m = pattern.exec(doc.text);
  return m === null ? [] : [{ rule: 'PRESSURE.FOMO_SHAME', start: m.index, end: m.index + m[0].length }];
}

/** A shame or loss word bound to the reader's lack, unless the shame word itself is negated. */
function shamedLack(doc: GuardDoc): Hit[] {
  SHAMED_LACK.lastIndex = 0;
  for (let m = SHAMED_LACK.exec(doc.text); m !== null; m = SHAMED_LACK.exec(doc.text)) {
    if (isNegated(doc, m.index) || FIRST_PERSON_BEFORE.test(doc.text.slice(Math.max(0, m.index - 16), m.index))) continue;
    return [{ rule: 'PRESSURE.FOMO_SHAME', start: m.index, end: m.index + m[0].length }];
  }
  return [];
}

function stillOld(doc: GuardDoc): Hit[] {
  const m = STILL_OLD.exec(doc.text);
  if (m === null || !(/^(?:show|turn|be)/.test(m[0]) ? OLD : PITY_OR_CROWD).test(doc.text)) return [];
  return [{ rule: 'PRESSURE.FOMO_SHAME', start: m.index, end: m.index + m[0].length }];
}

// Each shape behind a substring test that its match cannot do without (the check runs per keystroke).
// Words each shape needs, in the draft's one-pass table scan (text/gate.ts): most drafts have none.
const REGRET_CUE = phrases(['menyesal', 'nyesal', 'nyesel', 'penyesalan', 'regret', 'regrets', 'regretted', 'kicking', 'kick', 'still', 'masih', 'should', 'could', 'harusnya', 'seharusnya', 'wish', 'again', 'terulang', 'keulang', 'kejadian']);
const SHAME_CUE = phrases(['malu', 'rugi', 'kasian', 'kasihan', 'gengsi', 'cupu', 'norak', 'ketinggalan', 'embarrassing', 'shame', 'shameful', 'menyesal', 'nyesal', 'nyesel', 'regret']);
// Substring gates, each one precompiled alternation of plain literals: the regex engine reads the draft
// once per gate instead of once per substring (the String.includes calls were ~2 % of a check in a profile).
// Each is exactly "the text contains any of these substrings"; none has a regex metacharacter.
const ODD_ONE_OUT_GATE = /satu-satunya|tingal |jangan sampai|don't be|dont be|terakhir|last/;
const WHEN_GATE = /kapan|when/;
const ALREADY_GATE = /udah|dah |already/;
const NOT_YET_GATE = /belum|masih|stil|haven't|don't/;
const STILL_GATE = /masih|stil|show up|turn up|be sen/;

/** Each shape in turn, the first that finds something wins; a shape runs only past its cheap gate. */
export function detectFomoStory(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (matchesAnywhere(REGRET_CUE, text)) {
    const hits = regretStory(doc);
    if (hits.length > 0) return hits;
  }
  if (ODD_ONE_OUT_GATE.test(text)) {
    const hits = found(doc, ODD_ONE_OUT);
    if (hits.length > 0) return hits;
  }
  const asked = text.includes('?');
  if (asked && WHEN_GATE.test(text)) {
    const hits = found(doc, OTHERS_HAVE_YOU_WHEN);
    if (hits.length > 0) return hits;
  }
  if (ALREADY_GATE.test(text) && NOT_YET_GATE.test(text)) {
    const hits = found(doc, OTHERS_HAVE_YOU_NOT);
    if (hits.length > 0) return hits;
  }
  if (text.includes('masa')) {
    const hits = found(doc, IDENTITY_CHALLENGED);
    if (hits.length > 0) return hits;
  }
  if (matchesAnywhere(SHAME_CUE, text)) {
    const hits = shamedLack(doc);
    if (hits.length > 0) return hits;
  }
  if (asked && STILL_GATE.test(text)) return stillOld(doc);
  return [];
}
