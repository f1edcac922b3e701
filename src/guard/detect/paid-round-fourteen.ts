// Round fourteen (issue #11), DISCLOSE.PAID_PARTNERSHIP without an @. detectPaidPartnership reads a relation
// only in a sentence that tags an account; new writers name the giver in words: a business by its trade
// ("tim Air Gunung Salak", "dealer motor favorit", "the developer", "the owners", "label musik"), or by a
// capitalised name ("collab bareng Rendang Uni Ros", "Thank you Showroom Amanah udah minjemin mobilnya").
// Roles: (1) the writer receives (often unnamed: "Dikasih sama tim …", "Collab bareng …"; the passive
// "dikasih/dipinjemin/dibayari" carries its giver after it); (2) a giver that is a business or a proper name; (3) the relation: a gift, a loan, a stay or meal
// paid by the host, a collaboration, an endorsement, an ambassadorship; (4) no clear label (CLEAR_LABEL).
// Look-alikes kept quiet: the brand's own promotion ("setiap pembelian dikasih bonus"), the writer paying
// ("beli sendiri", "paid for it myself", "bukan endorse"), thanks for an order or a review.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { toOriginalSpan } from '../text/normalize.js';
import { allMatches, collapsedRegExp as re, wholeWords as W } from '../text/pattern.js';
import { CLEAR_LABEL } from './disclosure-audience.js';
import type { Hit } from './scan.js';


/** Cheap gate: every relation below holds one of these stems. */
const CUE = re('collab|kolab|bareng|courtesy|on the house|dikasih|kirim|sending|sent|pinjem|minjem|pinjam|dibayar|dijamu|endorse|ambassador|partner|hadiah|diajak|diundang|dibekali|let me keep|letting|free|gratis|paket|package');

/** A giver by trade: a business, its team, its owner or host. */
const TRADE = String.raw`(?:tim|team|the team at|the folks at|the folks|brand|toko|dealer|showroom|developer|developernye|developernya|owners?|pemilik|hotel|resort|villa|restoran|restaurant|katering|catering|label(?: musik)?|manajemen|management|agen(?:nya)?|agent|organi[sz]ers|penyelenggara|klinik|clinic|studio|kafe|cafe|laundry|pabrik|butik|outlet|the hotel|the brand|the shop|the store|pihak)`;
/** What the writer was given, lent or treated to, with the giver named after it in the passive. */
const RELATION = re(W(String.raw`courtesy of|on the house|(?:collab|kolab|kolaborasi|project|proyek) (?:bareng|sama|with)|kerja bareng|partner brand|brand partner|brand ambassador|jadi (?:brand )?ambassador|endorse(?:ment)?(?: [a-z]+){0,2} (?:dari|from)|(?:dikasih|dikirimi|dikirimin|dipinjemin|dipinjamkan|dipinjami|dibayari|dibayarin|dijamu|dibekali|diajak|diundang)(?: [a-z]+){0,4} (?:sama|oleh|dari|by|from|ame)|(?:dapat|dapet|got|received?)(?: [a-z]+){0,2} (?:hadiah|kado|paket|gift|present|free)(?: [a-z]+){0,4} (?:dari|from)|paket pr|pr package|(?:kirimin|ngirimin|ngirim|kirim|minjemin|pinjemin|ngasih)(?: [a-z]+){0,1} (?:aku|awak|aye|saya|gue|gua|kami|kita)|(?:udah|sudah|yang udah|yang sudah) (?:ngirimin|minjemin|pinjemin|ngasih|kirimin)|got sent|sent me|sending me|lent me|loaned me|let me keep|letting (?:me|us|my [a-z]+) (?:try|keep|test|use)|for (?:the|our|my) (?:stay|free [a-z-]+)|free (?:vip |)(?:pass|stay|check-up|checkup|night|meal)`));
/** A proper name (in the original spelling): two capitalised words, or an @account. */
const PROPER_NAME = /(?:[A-Z][\p{L}'&-]*\s+){1,3}[A-Z][\p{L}'&-]*|@[\w.]+/u;
const GIVER = re(W(TRADE));
/** The writer paid, or says it is no endorsement. */
const SELF_PAID = re(W(String.raw`beli sendiri|pakai uang sendiri|uang pribadi|paid for (?:it|this|them|everything) (?:myself|ourselves)|bought (?:it|this|them) myself|bukan endorse|not sponsored|no one paid|nobody paid|tidak dibayar|nggak dibayar|gak dibayar|(?:our|my) own|(?:tim|team) (?:kami |kita )?sendiri`));
/** The brand speaking of its own partner ("kami kerja sama dengan mitra", "we collab with"): it is the one that deals. */
const BRAND_VOICE = /(?:kami|we|we're|we are|our)(?: [a-z]+){0,2} $/;

export function detectPaidRoundFourteen(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!CUE.test(text) || SELF_PAID.test(text)) return [];
  if (allMatches(CLEAR_LABEL, text).some((m) => !isNegated(doc, m.start))) return [];
  for (const m of text.matchAll(new RegExp(RELATION.source, 'g'))) {
    if (isNegated(doc, m.index) || BRAND_VOICE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    const sentence = doc.sentences.find((x) => x.start <= m.index && m.index < x.end) ?? { start: 0, end: text.length };
    const clause = text.slice(sentence.start, sentence.end);
    // A capitalised name in the sentence's original spelling, past its first word (which is capitalised anyway).
    const span = toOriginalSpan(doc.norm, sentence.start, sentence.end);
    const named = GIVER.test(clause) || PROPER_NAME.test(doc.norm.original.slice(span.start, span.end).replace(/^\W*\S+/, ''));
    if (named) return [{ rule: 'DISCLOSE.PAID_PARTNERSHIP', start: m.index, end: m.index + m[0].length }];
  }
  return [];
}
