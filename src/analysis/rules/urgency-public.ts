// Going public, as a sentence shape rather than a phrase list: the writer's intent to publish
// (a share verb, or "I'll / aku mau" next to a venue) aimed at a platform or an audience, in a
// message that carries a grievance; or other people warned away from the brand. A glowing
// review on TikTok and "boleh aku upload videonya?" have the same words without the threat.
import { negativeWords } from '../text/polarity-words.js';
import { type RuleText } from './rule.js';
import { alternation, near, NEGATED_BEFORE } from './urgency-cues.js';

export const SHARE = 'tag tagging ngetag spill viralkan viralin memviralkan upload unggah mengunggah up post posting posted share sharing bongkar expose exposing tulis menulis konten thread tell telling kasih sebar sebarkan sebarin nyebarin kirim trending blast blasting warn warning peringatkan ingatkan broadcast publish';
// Platforms and whole audiences: where a post is read ("Reddit", "my food blog") and who reads it
// ("every foodie group I'm in", "semua teman kantor", "my 50k subscribers").
export const VENUES = 'tiktok twitter ig instagram story stories reels facebook fb youtube yt reddit threads linkedin google_maps google_review medsos sosmed media_sosial social_media internet fyp timeline grup group groups komunitas forum channel subscribers followers pengikut';
const AUDIENCE = alternation(`${VENUES.replace(/\b(?:internet|fyp|timeline) /g, '')} media press base semua_orang everyone tetangga review thread blog vlog news news_outlets reporters journalists semua_teman all_my_friends every_mom every_parent everyone_i_know satu_kantor satu_kampus`);
const SHARE_TO_AUDIENCE_RE = new RegExp(near(alternation(SHARE), AUDIENCE, 45));
// An audience that will, should or deserves to learn of it: "my followers deserve to know", "semua orang harus tahu".
const AUDIENCE_WORDS = alternation('everyone semua semua_orang all_my_followers my_followers followers subscribers readers viewers audience fans pembaca penonton pengikut_saya pengikutku netizen warganet people the_internet');
const LEARN = String.raw`\b(?:will|gonna|going to|are going to|is going to|bakal|akan|pada|harus|perlu|wajib|berhak|biar|deserve to|deserves to|need to|needs to|should|have a right to|have the right to) (?:know|hear|see|learn|find out|tahu|dengar|denger|lihat|liat)\b`;
// "Siap-siap aja kalian viral": a brand said to be about to go viral, after a warning or the writer's intent.
const BRAND_GOES_VIRAL = near(alternation("siap-siap siap_siap awas tunggu lihat_saja liat_aja just_wait you'll_see bakal akan will gonna"), alternation('viral trending fyp'), 30);
const PUBLIC_STRONG_RE = new RegExp(`${alternation('viralkan viralin memviralkan bikin_viral biar_viral siap-siap_viral going_viral sudah_viral biar_rame siap-siap_trending going_to_the_press ke_media wartawan jurnalis')}|${near(AUDIENCE_WORDS, LEARN, 30)}|\\b(?:biar|supaya|agar|so) (?:semua orang|semua|everyone|netizen|warganet|orang-orang|people|the world) (?:tahu|know|see|lihat)\\b|${BRAND_GOES_VIRAL}`);
// A one-star review promised is a public verdict: "I'll leave a one-star review everywhere", "kasih bintang 1".
const ONE_STAR_RE = new RegExp(String.raw`${NEGATED_BEFORE}\b(?:(?:one|1|satu)[- ]star|bintang (?:1|satu)|rating (?:1|satu|jelek|buruk))\b`);

const VENUE = alternation(VENUES);
const WRITER_INTENT = alternation("i'll i_will i'm_going_to im_going_to gonna going_to going_on going_straight going_up this_is_going it's_going is_going guess_this make_sure expect bakal akan mau_aku aku_mau gue_mau saya_mau bawa naikin naikkan naikan masukin masukkan tunggu_aja tunggu_saja siap-siap siap_siap next_time lain_kali langsung will_be i'm_posting i'm_sharing i_am_posting i_am_sharing i_am_going_to");
const VENUE_THREAT_RE = new RegExp(near(WRITER_INTENT, VENUE, 50));
// A whole audience that will learn of it: "every parent at school knows about this", "semua grup pada tau".
const AUDIENCE_LEARNS_RE = new RegExp(near(alternation('whole every all semua seluruh satu'), alternation('hears hear knows know tahu'), 40));
const THREAT_CONDITION_RE = new RegExp(`${alternation('ignore_me ignoring_me ignore_us cuekin dicuekin diabaikan dikacangin unless')}|\\b(?:biar|supaya|agar) (?:di)?(?:respon|respons|direspons|tanggapi|ditanggapi|dibalas|balas|diproses|ditindaklanjuti|diurus)\\b|${near(alternation('kalau kalo jika if unless sampai until keep terus'), alternation('tidak belum no not never ignore ignoring ignored dibalas direspon ada_kabar'), 40)}|\\b(?:biar|supaya|agar|so) (?:cepat|cepet|quickly|faster)\\b`);
const EVIDENCE_RE = new RegExp(alternation('screenshot screenshots ss bukti proof receipts rekam record recorded recording video foto photos cctv'));
const WRITER_INTENT_RE = new RegExp(WRITER_INTENT);
const NEGATIVE_WORDS: ReadonlySet<string> = new Set(negativeWords());

// Content about the brand's conduct is a grievance: "a tiktok about how you treated me", "video tentang pelayanan kalian".
const ABOUT_THE_BRAND_RE = /\b(?:about (?:this|it|how you|what you|you|your)|tentang (?:ini|kalian|pelayanan|kelakuan|toko ini|brand ini))\b/;

// Others told to keep away: "jangan pernah order di sini", "stay away from your brand", "boikot".
const DISSUADE = String.raw`\b(?:(?:jangan|tidak usah|never|don't|do not|not to)(?: pernah| ever| lagi| sekali-sekali)? (?:beli|membeli|order|pesan|memesan|belanja|buy|order|shop)\b|(?:stay|keep) away from|avoid (?:this|your|you)\b|(?:boikot|boycott) (?:toko|brand|produk|this|your|you))`;
const DISSUADE_RE = new RegExp(DISSUADE);

function grievance(text: RuleText): boolean {
  const t = text.normalized;
  return THREAT_CONDITION_RE.test(t) || ABOUT_THE_BRAND_RE.test(t) || EVIDENCE_RE.test(t) || DISSUADE_RE.test(t) || text.words.some((w) => NEGATIVE_WORDS.has(w));
}

// Sharing to help the brand sell or to praise it: orders coming, stars given, a recommendation.
const FOR_A_SALE_OR_PRAISE_RE = /\b(?:(?:mau|ikut|pada|want to|wants to) (?:pesan|order|beli|buy)|(?:5|five|lima) (?:stars?|bintang)|bintang (?:5|lima)|recommend|recommending|rekomendasi|rekomendasiin|rekomenin|loved?|suka banget|enak banget|mantap)\b/;

// Asking leave to post ("boleh aku upload video review-nya ke YouTube?", "can I tag you in my TikTok?")
// is the opposite of a threat.
const ASKS_LEAVE_RE = /\b(?:can i|could i|may i|mind if i|is it ok(?:ay)? if i|boleh(?:kah)?(?: tidak)?(?: aku| saya| gue| kita| minta)?|izin|ijin|bisa minta)\b[^.!\n]*\?/;

// A warning next to a share verb: "awas ya aku upload videonya", "just wait till I post the photos".
const WARNED_SHARE_RE = new RegExp(near(alternation("awas lihat_saja liat_aja lihat_aja tunggu_saja tunggu_aja just_wait wait_till wait_until you'll_see watch_out"), alternation(SHARE), 40));

/** The writer will take the grievance to a platform or an audience. */
export function goesPublic(text: RuleText): boolean {
  const t = text.normalized;
  if (PUBLIC_STRONG_RE.test(t) || WARNED_SHARE_RE.test(t)) return true;
  if (ASKS_LEAVE_RE.test(t)) return false;
  if (ONE_STAR_RE.test(t) && (WRITER_INTENT_RE.test(t) || SHARE_TO_AUDIENCE_RE.test(t) || /\b(?:leave|leaving|give|giving|kasih|ngasih|beri|kasi|tulis|nulis|post|posting)\b/.test(t))) return true;
  // Sharing with an audience is a threat when stated, or asked with a grievance; shared to sell or
  // to praise ("aku share ke grup arisan, pada mau pesan", "my review on my blog, 5 stars!") it is not.
  if (SHARE_TO_AUDIENCE_RE.test(t) && (grievance(text) || (!t.includes('?') && !FOR_A_SALE_OR_PRAISE_RE.test(t)))) return true;
  if (VENUE_THREAT_RE.test(t) && grievance(text)) return true;
  return AUDIENCE_LEARNS_RE.test(t) && (WRITER_INTENT_RE.test(t) || THREAT_CONDITION_RE.test(t));
}

// Other people told to keep away, to an audience or by a telling verb: "I will tell every mom in my
// group to stay away from your brand", "aku kasih tahu semua teman kantor jangan pernah order di sini".
// A warning is unhappy whatever the tone model reads, so it is not gated on tone like going public.
const TELL = alternation('tell telling told warn warning kasih_tahu bilang bilangin peringatkan ingatkan ajak share sebar sebarin post posting');
const WARNED_AWAY_RE = new RegExp(near(`(?:${TELL}|${AUDIENCE})`, DISSUADE, 60));

export function warnsOthersAway(text: RuleText): boolean {
  return WARNED_AWAY_RE.test(text.normalized) && !ASKS_LEAVE_RE.test(text.normalized);
}
