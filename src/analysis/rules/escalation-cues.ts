// Escalation cues (round thirteen): features for the high-urgency head, never a reason of their own.
// The head is linear over words, so it cannot learn that "BPOM" means a threat only NEXT TO an intent
// ("kalau tidak ada jawaban, aku bawa ke BPOM"), a question weighing the step ("aku lapor OJK aja kali ya?"),
// a relative or friend who will take it there ("kakak saya pengacara, dia siap bantu"), or a formal letter,
// and is calm next to a how-to question or praise ("cara lapor ke polisi?", "mau aku post di TikTok, enak
// banget"). These cues are the conjunctions: an anchor (an authority, a public venue) with each modifier
// present anywhere in the message. The head learns their weights from the batches and their calm
// look-alikes; nothing here decides urgency by itself (decide() never reads them).
import type { RuleFindings } from './detect.js';
import type { RuleText } from './rule.js';

/** What a message names: the two anchors, then the modifiers that turn an anchor into a threat or keep it calm. */
const WORD_FAMILIES = {
  // Regulators, the police, courts and counsel (by name and by kind).
  authority:
    'bpom halobpom ojk ylki bpsk bpkn kemendag kemenkes kemenkominfo dinkes disperindag kominfo komdigi kppu ombudsman satgas kemenhub kemendikbud kemnaker dishub disdik disnaker dinsos lldikti brti kpai komnas kpk pemda pemkot kelurahan kecamatan dprd balai badan lembaga komisi agency commission tribunal council inspector dept department polisi police polsek polres polresta polda polri polantas bareskrim kepolisian siber cyber polisikan pidana dipidanakan disomasi pengacara lawyer lawyers attorney attorneys advokat somasi lbh pengadilan court gugatan gugat menggugat sue suing regulator regulators authority authorities ministry kementerian dinas fda ftc bbb watchdog legal hukum',
  // Where a story goes public, and who hears it.
  venue:
    'tiktok twitter thread utas viral viralin viralkan diviralkan instagram ig insta story reels youtube youtuber facebook fb forum reddit podcast media wartawan jurnalis journalist journalists press koran news berita menfess petisi petition blog linkedin followers follower pengikut publik public komunitas community lambe gosip netizen netizens grup group groups newsletter subscribers members pers liputan diliput meliput paper channel page pages kampus audience viewers penonton pembaca readers kompasiana tv tvri televisi radio majalah magazine headline headlines spanduk konferensi fyp retweet',
  // A step to report, complain, publish or pass it on.
  act: 'lapor laporin laporkan melapor melaporkan dilaporkan laporan adukan aduin mengadu mengadukan ngadu aduan pengaduan report reporting reported complain complaint escalate eskalasi post posting posted upload spill sebar sebarin sebarkan share expose tulis nulis bawa membawa teruskan meneruskan forward tell ceritain publish publikasikan tag kirimkan kirim kukirim kabari kabarin ceritakan menyebar nyebar sharing shared telling told inform informing notified notify write writing menulis tulisan konten video roasting dihujat hujat',
  // An ultimatum or a condition: "kalau tidak …", "unless", "before Friday".
  condition: 'kalau kalo klo jika jikalau apabila bila if unless otherwise terpaksa deadline batas lambat sebelum before until',
  // The writer's (or someone's) intent or plan.
  future: 'akan bakal will gonna going mau pengen ingin plan planning consider considering pertimbangkan berencana rencana siap ready heading headed sure soon segera nanti',
  // Someone else who will take it further: a relative, a friend, a neighbour.
  third: 'kakakku kakaknya abang adik adikku ayah ayahku papa papaku papi mama mamaku mami suami suamiku istri istriku teman temanku temen temenku friend friends sister brother father dad mother mom husband wife cousin sepupu om tante uncle aunt paman bibi colleague rekan tetangga neighbour neighbor kakak keluarga warga residents parents association persatuan pengurus',
  // Weighing the step aloud: "apa perlu …", "should I …", "would you rather …".
  deliberate: 'perlu should sebaiknya wonder prefer rather choice pilih harus',
  // Only asking how: a procedure, not a plan.
  howto: 'cara caranya gimana bagaimana how prosedur procedure procedures syarat requirements',
  // Praise or thanks: a share that helps the shop.
  praise: 'enak mantap puas love loved great thanks thank makasih terima recommended rekomendasi suka cantik keren amazing awesome',
} as const;

type WordFamily = keyof typeof WORD_FAMILIES;
const FAMILY_NAMES = Object.keys(WORD_FAMILIES) as WordFamily[];
const BIT = new Map<WordFamily, number>(FAMILY_NAMES.map((name, i) => [name, 1 << i]));

// Multi-word anchors and letter openings, read on the normalised text.
const AUTHORITY_PHRASE = /\b(?:consumer protection|perlindungan konsumen|bank indonesia|small claims|meja hijau|jalur hukum|kuasa hukum|legal action|tindakan hukum|langkah hukum)\b/;
const FORMAL_LETTER = /\b(?:dengan hormat|yth|yang terhormat|hormat (?:saya|kami)|dear (?:sir|madam|team|customer)|to whom it may concern|sincerely|kind regards|best regards|perihal|bapak ?\/? ?ibu)\b/;

/** For each word, the families it belongs to (one bit per family): one scan of a message's words. */
const FAMILIES_BY_WORD = new Map<string, number>();
for (const name of FAMILY_NAMES) {
  const bit = BIT.get(name) ?? 0;
  for (const word of WORD_FAMILIES[name].split(/\s+/)) FAMILIES_BY_WORD.set(word, (FAMILIES_BY_WORD.get(word) ?? 0) | bit);
}

// "polisi tidur" is a speed bump, a food or basketball court is a place: neither names an authority.
const NOT_AN_AUTHORITY = new Map<string, { before?: ReadonlySet<string>; after?: ReadonlySet<string> }>([
  ['polisi', { after: new Set(['tidur']) }],
  ['court', { before: new Set(['food', 'basketball', 'tennis', 'badminton', 'futsal', 'squash']) }],
]);
function namesNoAuthority(word: string, before: string | undefined, after: string | undefined): boolean {
  const context = NOT_AN_AUTHORITY.get(word);
  if (!context) return false;
  return (before !== undefined && context.before?.has(before) === true) || (after !== undefined && context.after?.has(after) === true);
}

// A name in capitals the lists do not know ("BRTI", "LAPS SJK", "LLDIKTI", "TVRI") is most often an institution:
// the third anchor, so that an unseen authority or outlet next to an act or an ultimatum still reads as one.
// Everyday capitals (codes, units, chat shorthand) and shouted messages do not count.
const EVERYDAY_CAPITALS = new Set('OTP COD CS OK PDF HP WA IG DM SS ID PIN ATM CCTV KTP KTM SIM NIK NPWP QR VA PT CV FYI FYP LOL OMG ASAP PM AM WIB WITA WIT RP USD IDR KG ML CM MM GB TB XL XXL SKU SPP RT RW DP ETA PO BTW DLL DST NB PS CEO HRD II III IV VI VII VIII IX XI XII AC TV SMS URL UI APP PC USB LED AI GPS'.split(' '));
const CAPITALS = /\b[A-Z][A-Z0-9]{1,6}\b/g;
function namesUnknownCapitals(raw: string): boolean {
  let found = false;
  let total = 0;
  for (const match of raw.matchAll(CAPITALS)) {
    total += 1;
    if (!EVERYDAY_CAPITALS.has(match[0])) found = true;
  }
  // A shouted message is all capitals: count it only when the capitals are a few words of it.
  return found && total <= 6;
}

type Anchor = 'authority' | 'venue' | 'acronym';
const ANCHORS: readonly Anchor[] = ['authority', 'venue', 'acronym'];
const MODIFIERS = ['act', 'condition', 'future', 'third', 'deliberate', 'howto', 'praise', 'question', 'formal', 'grievance'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** Feature names, made once: `cue:<anchor>`, `cue:<modifier>`, `cue:<anchor>+<modifier>`. */
const ANCHOR_NAME = new Map(ANCHORS.map((a) => [a, `cue:${a}`]));
const MODIFIER_NAME = new Map(MODIFIERS.map((m) => [m, `cue:${m}`]));
const PAIR_NAME = new Map(ANCHORS.flatMap((a) => MODIFIERS.map((m) => [`${a}+${m}`, `cue:${a}+${m}`] as const)));

/**
 * The escalation cues of one message, as feature names (appended like rule reasons, `appendReasons`).
 * `original`: the message as written (RuleText is lower case; capitals mark the unknown names).
 * `grievance`: the rules found a complaint or sarcasm in it (an anchor next to a grievance reads as a threat).
 */
export function escalationCues(text: RuleText, original: string, grievance: boolean): string[] {
  let bits = 0;
  text.words.forEach((word, i) => {
    if (!namesNoAuthority(word, text.words[i - 1], text.words[i + 1])) bits |= FAMILIES_BY_WORD.get(word) ?? 0;
  });
  const has = (name: WordFamily): boolean => (bits & (BIT.get(name) ?? 0)) !== 0;
  const anchors = ANCHORS.filter((a) => {
    if (a === 'acronym') return namesUnknownCapitals(original);
    return has(a) || (a === 'authority' && AUTHORITY_PHRASE.test(text.normalized));
  });
  const present = (m: Modifier): boolean => {
    if (m === 'question') return text.raw.includes('?');
    if (m === 'formal') return FORMAL_LETTER.test(text.normalized);
    if (m === 'grievance') return grievance;
    return has(m);
  };
  const modifiers = MODIFIERS.filter(present);
  const cues: string[] = [];
  for (const m of modifiers) cues.push(MODIFIER_NAME.get(m) ?? m);
  for (const a of anchors) {
    cues.push(ANCHOR_NAME.get(a) ?? a);
    for (const m of modifiers) cues.push(PAIR_NAME.get(`${a}+${m}`) ?? `${a}+${m}`);
  }
  return cues;
}

/** The cues as the head reads them: a complaint or sarcasm found by the rules counts as a grievance. */
export function headEscalationCues(text: RuleText, original: string, findings: Pick<RuleFindings, 'complaint' | 'sarcasm'>): string[] {
  return escalationCues(text, original, findings.complaint.length > 0 || findings.sarcasm);
}
