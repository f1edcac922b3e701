// Going public, as a sentence shape rather than a phrase list: the writer's intent to publish
// (a share verb, or "I'll / aku mau" next to a venue) aimed at a platform or an audience, in a
// message that carries a grievance; or other people warned away from the brand. A glowing
// review on TikTok and "boleh aku upload videonya?" have the same words without the threat.
import { negativeWords, polarityOfWord } from '../text/polarity-words.js';
import { words, type RuleText } from './rule.js';
import { alternation, near, nearTest, unnegated } from './urgency-cues.js';
import { WordGates } from './word-gates.js';

// Every word-set look-up below reads one scan of the message's words (word-gates.ts).
const GATES = new WordGates();
const hasAny = (text: RuleText, set: ReadonlySet<string>): boolean => GATES.hasAny(text, set);

export const SHARE = 'tag tagging ngetag spill spil spilin publikasikan mempublikasikan publish publicize viralkan viralin memviralkan upload unggah mengunggah up post posting posted share sharing bongkar expose exposing tulis menulis konten thread tell telling kasih sebar sebarkan sebarin nyebarin kirim trending blast blasting warn warning peringatkan ingatkan broadcast publish ceritain ceritakan';
// Platforms and whole audiences: where a post is read ("Reddit", "my food blog") and who reads it
// ("every foodie group I'm in", "semua teman kantor", "my 50k subscribers").
export const VENUES = 'tiktok twitter ig instagram story stories reels facebook fb youtube yt reddit threads linkedin google_maps google_review google_reviews yelp tripadvisor trustpilot podcast akun_gosip lambe menfess video_review konten medsos sosmed media_sosial social_media internet fyp timeline grup group groups komunitas forum channel subscribers followers pengikut';
const AUDIENCE = alternation(`${VENUES.replace(/\b(?:internet|fyp|timeline) /g, '')} media press base semua_orang everyone tetangga review thread blog vlog news news_outlets news_station reporters journalists berita akun_berita portal_berita redaksi influencer influencers selebgram watchdog consumer_watchdog tv televisi koran semua_teman all_my_friends every_mom every_parent everyone_i_know satu_kantor satu_kampus`);
const SHARE_TO_AUDIENCE_RE = nearTest(alternation(SHARE), AUDIENCE, 45);
// An audience that will, should or deserves to learn of it: "my followers deserve to know", "semua orang harus tahu".
const AUDIENCE_WORDS = alternation('everyone semua semua_orang all_my_followers my_followers followers subscribers readers viewers audience fans pembaca penonton pengikut_saya pengikutku netizen warganet people the_internet');
const LEARN = String.raw`\b(?:will|gonna|going to|are going to|is going to|bakal|akan|pada|harus|perlu|wajib|berhak|biar|deserve to|deserves to|need to|needs to|should|have a right to|have the right to) (?:know|hear|see|learn|find out|tahu|dengar|denger|lihat|liat)\b`;
// "Siap-siap aja kalian viral": a brand said to be about to go viral, after a warning or the writer's intent.
const WARNING = alternation("siap-siap siap_siap awas tunggu lihat_saja liat_aja just_wait you'll_see bakal akan will i'll gonna abis_ini habis_ini after_this");
// "tunggu saja, abis ini nama brand kalian rame di FYP": talked about on a venue, after a warning.
const TALKED_ABOUT = String.raw`\b(?:rame|ramai|dibahas|diomongin|digosipin|talked about)\b(?: [\w-]+)? (?:di|in|on) ${alternation(VENUES)}`;
const BRAND_GOES_VIRAL = near(WARNING, alternation('viral trending fyp'), 30);
const TALKED_ABOUT_RE = new RegExp(near(WARNING, TALKED_ABOUT, 50));
// A whole audience getting the story: "everyone in my Facebook group is getting the full story tomorrow".
const GETS_THE_STORY = String.raw`\b(?:getting|get|gets|will get|hearing|dapat|dapet|bakal dapat) (?:the |my )?(?:full |whole |entire |real |lengkap )?(?:story|details|cerita|kronologi)\b`;
// "biar kasus ini diangkat": the writer wants the case picked up.
const CASE_RAISED = String.raw`\b(?:biar|supaya|agar|so) (?:kasus|masalah|kejadian|this|the case)(?: ini| nya)? (?:diangkat|rame|ramai|viral|dibahas|gets attention|gets noticed)\b`;
const PUBLIC_STRONG_RE = new RegExp(`${alternation('viralkan viralin memviralkan bikin_viral biar_viral siap-siap_viral going_viral sudah_viral biar_rame siap-siap_trending going_to_the_press ke_media wartawan jurnalis')}|${near(AUDIENCE_WORDS, LEARN, 30)}|\\b(?:biar|supaya|agar|so) (?:semua orang|semua|pada|everyone|netizen|warganet|orang-orang|people|the world) (?:tahu|know|see|lihat)\\b|${BRAND_GOES_VIRAL}`);
// A one-star review promised is a public verdict: "I'll leave a one-star review everywhere", "kasih bintang 1".
// Spoken threats of exposure whose words are the threat: an audience made sure to learn of it or
// left to judge ("saya pastikan seluruh jemaah tahu", "let the whole internet decide", "wait till my
// followers see this"), the brand warned it will be busy or viral, the incident becoming the
// writer's content, a harsh review promised, an upload once a condition fails.
const EXPOSURE_RE = new RegExp([
  String.raw`\b(?:pastikan|memastikan|make sure|ensure)(?: [\w'-]+){0,5} (?:tahu|know|knows|hears?|dengar|see|sees)\b`,
  String.raw`\blet (?:the |my |all )?(?:whole )?(?:[\w'-]+ )?(?:internet|netizens?|warganet|everyone|people|followers|subscribers|readers|world)(?: [\w'-]+)? (?:decide|judge|see|know)\b`,
  String.raw`\b(?:wait|tunggu)(?: [\w'-]+)? (?:till|until|sampai|pas|kalau)(?: [\w'-]+){0,3} (?:see|sees|lihat|liat|tahu|hear|hears)\b`,
  String.raw`\b(?:siap-siap|siap siap|awas|tunggu aja|tunggu saja|lihat saja|liat aja)(?: [\w-]+){0,3} (?:rame|ramai|viral|trending)\b`,
  String.raw`\b(?:jadi|menjadi|will be|becomes?|be) (?:my )?(?:konten|content|bahan konten|thread)(?: (?:aku|saya|gue|selanjutnya|berikutnya|next))?\b`,
  String.raw`\b(?:review|ulasan)(?: [\w'-]+){0,8} (?:brutal|harsh|savage|scathing|terburuk|worst|pedas|negatif|negative)\b`,
  String.raw`\b(?:masuk|goes on|go on|ends up on|end up on|nongol di|muncul di)(?: ke| di)? (?:akun gosip|lambe|menfess|berita|the news|tv|koran|headlines?)\b`,
].join('|'));
// Round six: exposure shapes each behind a word lookup, as they would otherwise run on every
// message with "jangan", "read" or "viral".
const GATED_EXPOSURE: readonly (readonly [ReadonlySet<string>, RegExp])[] = [
  // "I'm naming and shaming your store".
  [new Set(['shame', 'shaming', 'shamed', 'publicly']), /\b(?:name and shame|naming and shaming|named and shamed|call(?:ing)? (?:you|this store|your store|them) out publicly)\b/],
  // "This is about to be my most viral tweet", "you'll be trending by tomorrow".
  [new Set(['viral', 'trending', 'famous', 'terkenal', 'rame']), new RegExp(String.raw`\babout to (?:be|go|get)(?: [\w'-]+){0,3} viral\b|\b(?:you'll|you will|you are going to|you're going to|kalian (?:bakal|akan))(?: be)? (?:trending|viral|famous|terkenal|rame)\b`)],
  // "siapin mental aja pas aku live", "brace yourselves for my video": a warning before publishing.
  [new Set(['siapin', 'siapkan', 'brace', 'prepare']), new RegExp(near(String.raw`\b(?:siapin|siapkan|brace|prepare)(?: [\w-]+)? (?:mental|yourselves|yourself)\b`, String.raw`\b(?:live|viral|trending|rame|post|upload|spill|thread|video|konten|review)\b`, 50))],
  // "Nextdoor is going to hear all about this": an audience that will hear of it, whoever it is.
  [new Set(['hear', 'learn', 'read', 'find']), /\b(?:is going to|are going to|will|gonna|bakal|akan)(?: [\w'-]+)? (?:hear|learn|read|find out)(?: all)? about (?:this|it|you|what you)\b/],
  // "Don't make me go to Twitter about this", "jangan sampai saya tulis di Google Review".
  [new Set(['make', 'jangan']), new RegExp(near(String.raw`(?:\b(?:don't|dont|do not) make me\b|\bjangan (?:sampai|bikin|buat) (?:saya|aku|gue)\b)`, `(?:${alternation(VENUES)}|${alternation(SHARE)})`, 40))],
];
/** Trigger words of the gated exposure shapes. */
export const GATED_EXPOSURE_ANCHORS = GATED_EXPOSURE.flatMap(([gate]) => [...gate]).join(' ');
const gatedExposure = (text: RuleText): boolean => GATED_EXPOSURE.some(([gate, re]) => hasAny(text, gate) && re.test(text.normalized));
// The writer as the one who uploads: "nanti aku upload kalau tidak diberesin" ("dia masih upload foto" is someone else).
const UPLOAD_RE = new RegExp(String.raw`\b(?:aku|saya|gue|i|i will|kami|we|we will)(?: [\w-]+)? ${alternation('upload unggah post posting spill sebar sebarkan sebarin viralkan viralin')}`);
// The writer's own audience named as leverage: "I've got 30k followers on TikTok, want to see what happens?".
const OWN_AUDIENCE_RE = /\b(?:i have|i've got|i got|aku punya|gue punya|saya punya|punya)(?: [\w-]+){0,2} \d[\d.,]*k? (?:followers|subscribers|pengikut)\b/;
const LEVERAGE_RE = /\b(?:what happens|see what|liat aja|lihat saja|tunggu aja)\b/;
const MEDIA_CONTACT_RE = nearTest(alternation('contacting contact calling call emailing hubungi menghubungi lapor_ke tipping'), alternation('news news_station reporters journalists wartawan jurnalis media press tv televisi koran'), 30);

const ONE_STAR_RE = new RegExp(unnegated(String.raw`\b(?:(?:one|1|satu)[- ]star|bintang (?:1|satu)|rating (?:1|satu|jelek|buruk))\b`));
// A one-star review the writer nearly gave or will not give: "tadinya mau kasih bintang 1".
const NEARLY_RE = /\b(?:tadinya|hampir|almost|nearly|was going to|sempat|tidak jadi|tidak akan ada|won't (?:give|leave|happen)|not giving|not leaving)\b/;
const STAR_WORDS = new Set(['star', 'stars', 'bintang', 'rating']);
/** A word lookup before the star expressions, which are among the dearest of the going-public checks. */
const mentionsStars = (text: RuleText): boolean => hasAny(text, STAR_WORDS);

const VENUE = alternation(VENUES);
const WRITER_INTENT = alternation("i'll i_will i'm_going_to im_going_to gonna going_to going_on going_straight going_up this_is_going it's_going is_going guess_this make_sure expect bakal akan mau_aku aku_mau gue_mau saya_mau bawa naikin naikkan naikan masukin masukkan tunggu_aja tunggu_saja siap-siap siap_siap next_time lain_kali langsung will_be i'm_posting i'm_sharing i_am_posting i_am_sharing i_am_going_to i_am_going going_live go_live this_goes it_goes goes_on goes_to aku_bikin saya_bikin gue_bikin i_am_making");
// "I am uploading the video to YouTube", "next stop: Reddit": the writer already doing it, or going there next.
const WRITER_DOING = String.raw`(?:\b(?:i am|we are|i will be|we will be) [a-z]+ing\b|${alternation('next_stop tujuan_berikutnya')})`;
const VENUE_THREAT_RE = nearTest(`(?:${WRITER_INTENT}|${WRITER_DOING})`, VENUE, 50);
// A whole audience that will learn of it: "every parent at school knows about this", "semua grup pada tau".
const AUDIENCE_LEARNS_RE = nearTest(alternation('whole every all semua seluruh satu'), alternation('hears hear knows know tahu'), 40);
const THREAT_CONDITION_RE = new RegExp(`${alternation('ignore_me ignoring_me ignore_us cuekin dicuekin diabaikan dikacangin unless one_more sekali_lagi once_more')}|\\b(?:biar|supaya|agar) (?:di)?(?:respon|respons|direspons|tanggapi|ditanggapi|dibalas|balas|diproses|ditindaklanjuti|diurus)\\b|${near(alternation('kalau kalo jika if unless sampai until keep terus'), alternation('tidak belum no not never ignore ignoring ignored dibalas direspon ada_kabar'), 40)}|\\b(?:biar|supaya|agar|so) (?:cepat|cepet|quickly|faster)\\b|\\b(?:kalau|kalo|jika|if)(?: [\\w-]+){0,2} (?:masih|still|tetap|tetep) (?:begini|gini|gitu|begitu|like this|the same|sama)\\b`);
const EVIDENCE_RE = new RegExp(alternation('screenshot screenshots ss bukti proof receipts rekam record recorded recording video foto photos cctv'));
const WRITER_INTENT_RE = new RegExp(WRITER_INTENT);
const NEGATIVE_WORDS: ReadonlySet<string> = new Set(negativeWords());

// Content about the brand's conduct is a grievance: "a tiktok about how you treated me", "video tentang pelayanan kalian".
const ABOUT_THE_BRAND_RE = /\b(?:about (?:this|it|how you|what you|you|your)|tentang (?:ini|kalian|pelayanan|kelakuan|toko ini|brand ini))\b/;
// Content about the grievance itself: "thread soal refund yang digantung", "video tentang kejadian ini".
const ABOUT_THE_GRIEVANCE_RE = /\b(?:soal|tentang|about|mengenai) (?:refund|pesanan|order|pelayanan|service|cs|kejadian|masalah|kasus|pengalaman|experience|kelakuan|the way you|how you)\b/;

// Content the writer makes about the grievance: "aku bikin thread panjang di X soal refund", "considering
// making a tiktok about this", "saya akan membuat video dan menyebarkannya". A request to the brand
// ("tolong bikin thread cara pakai") is not, nor is praise (the tone gate of threatens_viral).
const CONTENT = 'thread threads utas video videos tiktok reels reel konten content vlog postingan story stories';
// The writer (or their intent) right before the verb, or the verb opening the message: "oke fix aku bikin
// thread", "considering making a tiktok", "writing a long thread tonight"; not a story in the third person.
const MAKES_CONTENT_RE = new RegExp(String.raw`(?:^|${alternation("aku saya gue gw gua kami i i'll i_am we we'll considering thinking_of thinking_about planning mau akan bakal")}(?: [\w'-]+){0,2} )(?:bikin|buat|membuat|bikinin|draft|drafted|drafting|siapin|siapkan|nyiapin|prepared|making|make|writing|write|nulis|menulis|filming|rekam|merekam|recording|have|uploading|upload|unggah|mengunggah|posting)\b(?: [\w'-]+){0,3} ${alternation(CONTENT)}`);
// Content asked of the writer by someone else: "penjual meminta saya membuat video testing".
const ASKED_TO_MAKE_RE = /\b(?:meminta|minta|menyuruh|suruh|disuruh|diminta|asked|told|requested|wants|wanted)(?: [\w-]+)? (?:saya|aku|gue|me|us|kami)\b/;
const REQUEST_TO_BRAND_RE = new RegExp(alternation('tolong mohon please dong can_you could_you would_you kapan'));
// "I'll tag @kabarjakarta and let them handle it": another account called in, with a grievance.
const TAGS_SOMEONE_RE = new RegExp(String.raw`${alternation("i'll i_will aku saya gue gw kami we'll mau akan bakal")}(?: [\w-]+)? (?:tag|ngetag|mention|ngemention|tagging) _mention\b`);
const LET_THEM_HANDLE_RE = /\b(?:let them handle|biar (?:mereka|dia) (?:yang )?(?:urus|tangani|handle))\b/;
// "I want to post a review but the app keeps crashing" reports a bug in posting, not a threat.
const POSTING_BLOCKED_RE = /\b(?:want to|wanted to|trying to|tried to|try to|mau|pengen|ingin|coba)\b[^.!?\n]{0,30}\b(?:post|posting|upload|unggah|kasih|give|leave|tulis|write)\b[^.!?\n]{0,30}\b(?:but|tapi|tetapi|namun)\b[^.!?\n]{0,40}\b(?:crash\w*|error|eror|gagal|failed|fails|can not|cannot|tidak bisa|keeps|stuck)\b/;

function makesContentAboutIt(text: RuleText): boolean {
  const t = text.normalized;
  if (!MAKES_CONTENT_RE.test(t) || ASKED_TO_MAKE_RE.test(t) || REQUEST_TO_BRAND_RE.test(t)) return false;
  return grievance(text) || ABOUT_THE_GRIEVANCE_RE.test(t);
}

// Others told to keep away: "jangan pernah order di sini", "stay away from your brand", "boikot".
const DISSUADE = String.raw`\b(?:(?:jangan|tidak usah|never|don't|do not|not to)(?: pernah| ever| lagi| sekali-sekali)? (?:beli|membeli|order|pesan|memesan|belanja|buy|order|shop)\b|(?:nobody|no one|tidak ada yang|gak ada yang)(?: [\w'-]+){0,4} (?:orders?|buys?|shops?|beli|order|pesan|belanja)\b|(?:stay|keep) away from|avoid (?:this|your|you)\b|(?:boikot|boycott) (?:toko|brand|produk|this|your|you))`;
const DISSUADE_RE = new RegExp(DISSUADE);

/** The message carries a grievance: a threat condition, the brand's conduct, evidence, a warning or a complaint word. */
export function grievance(text: RuleText): boolean {
  const t = text.normalized;
  return THREAT_CONDITION_RE.test(t) || ABOUT_THE_BRAND_RE.test(t) || EVIDENCE_RE.test(t) || DISSUADE_RE.test(t) || hasAny(text, NEGATIVE_WORDS);
}

// Spreading the brand's own material ("share info lowongan kalian ke grup alumni"), orders coming, stars
// given, a recommendation: sharing to help the brand, not to expose it.
// Sharing to help the brand sell or to praise it: orders coming, stars given, a recommendation.
const FOR_A_SALE_OR_PRAISE_RE = /\b(?:(?:share|bagikan|sebar|kirim|forward)(?:in)? (?:info|informasi|promo|katalog|katalognya|link|lowongan|loker|menu|postingan|giveaway)|daftar harga(?:nya)?|price ?list|pricelist|katalog(?:nya)?|brosur(?:nya)?|(?:mau|ikut|pada|want to|wants to) (?:pesan|order|beli|buy)|(?:5|five|lima)[- ](?:stars?|bintang)|how good|so good|the best|terbaik|worth every penny|worth it|where to buy|beli di ?mana|(?:nanya|tanya|asking) (?:beli|where)|expect some orders|more customers|bintang (?:5|lima)|recommend|recommending|rekomendasi|rekomendasiin|rekomenin|loved?|suka banget|enak(?:nya)?|lezat(?:nya)?|bagus(?:nya)?|mantap)\b/;

// Asking leave to post ("boleh aku upload video review-nya ke YouTube?", "can I tag you in my TikTok?")
// is the opposite of a threat.
export const ASKS_LEAVE_RE = /\b(?:can i|could i|may i|mind if i|is it ok(?:ay)? if i|boleh(?:kah)?(?: tidak)?(?: aku| saya| gue| kita| minta)?|izin|ijin|bisa minta)\b[^.!\n]*\?/;

// A warning next to a share verb: "awas ya aku upload videonya", "just wait till I post the photos".
const WARNED_SHARE_RE = nearTest(alternation("awas lihat_saja liat_aja lihat_aja tunggu_saja tunggu_aja just_wait wait_till wait_until you'll_see watch_out"), alternation(SHARE), 40);

// The round-six shapes run only when their own rare word is present (a content noun, a tagged
// handle, a story noun, "diangkat", "rame"): they run on every message that carries one, so each
// regular expression is gated by a word lookup first.
const STORY_WORDS = new Set(['story', 'stories', 'cerita', 'kronologi', 'details']);
const TALKED_WORDS = new Set(['rame', 'ramai', 'dibahas', 'diomongin', 'digosipin', 'talked']);
const CONTENT_WORDS = new Set(words(CONTENT));
const GETS_THE_STORY_RE = new RegExp(near(`(?:${AUDIENCE_WORDS}|${AUDIENCE})`, GETS_THE_STORY, 50));
const CASE_RAISED_RE = new RegExp(CASE_RAISED);

const RAISED_WORDS = new Set(['diangkat', 'rame', 'ramai', 'viral', 'dibahas', 'attention', 'noticed']);
function caseRaised(text: RuleText): boolean {
  return hasAny(text, RAISED_WORDS) && CASE_RAISED_RE.test(text.normalized);
}

function getsTheStory(text: RuleText): boolean {
  return hasAny(text, STORY_WORDS) && GETS_THE_STORY_RE.test(text.normalized);
}

// "besok pagi cerita lengkapnya naik di akun aku": the story goes up; "gue bikin kalian terkenal": made famous.
const STORY_GOES_UP_RE = /\b(?:cerita|kronologi|story|thread|utas|video|review|ulasan)(?: [\w-]+){0,2} (?:naik|tayang|dimuat|terbit|goes up|go up|goes live|is going up|will be up|will go up)\b/;
const MADE_FAMOUS_RE = /\b(?:bikin|buat|membuat|make|making)(?: kalian| you| your (?:store|shop|brand)| (?:toko|brand) (?:ini|kalian))? (?:terkenal|famous)\b/;
const FAME_WORDS = new Set(['terkenal', 'famous']);
const STORY_OR_CONTENT = new Set([...STORY_WORDS, ...words(CONTENT), 'utas', 'review', 'ulasan']);

function newPublicShape(text: RuleText): boolean {
  const t = text.normalized;
  return getsTheStory(text) || caseRaised(text) || (hasAny(text, TALKED_WORDS) && TALKED_ABOUT_RE.test(t))
    || (hasAny(text, STORY_OR_CONTENT) && STORY_GOES_UP_RE.test(t)) || (hasAny(text, FAME_WORDS) && MADE_FAMOUS_RE.test(t))
    || (hasAny(text, CONTENT_WORDS) && makesContentAboutIt(text))
    || (text.words.includes('_mention') && TAGS_SOMEONE_RE.test(t) && (grievance(text) || LET_THEM_HANDLE_RE.test(t)));
}

/**
 * Going public by the round-six shapes alone, for messages without the older anchors (share verbs,
 * venues): the same guards as `goesPublic`, then only the new shapes.
 */
export function goesPublicByNewShape(text: RuleText): boolean {
  const t = text.normalized;
  if (!newPublicShape(text) && !caseRaised(text)) return false;
  if (FOR_A_SALE_OR_PRAISE_RE.test(t.replace(NEGATED_PRAISE_RE, '')) && !hasAny(text, NEGATIVE_WORDS)) return false;
  return !POSTING_BLOCKED_RE.test(t) && (caseRaised(text) || getsTheStory(text) || !ASKS_LEAVE_RE.test(t));
}

// Evidence the writer will publish: "semua kronologi + bukti chat akan saya publikasikan".
const PUBLISH_EVIDENCE_RE = new RegExp(near(String.raw`${alternation('akan bakal will gonna mau')}(?: [\w'-]+){0,2} ${alternation('publikasikan mempublikasikan publish publicize sebarkan sebarin nyebarin upload unggah posting post spill')}`, alternation('bukti kronologi screenshot screenshots ss rekaman recording receipts proof chat'), 50));
const EVIDENCE_WORDS = new Set(words('bukti kronologi screenshot screenshots ss rekaman recording receipts proof chat'));
// "bukan karena bagus" is no praise: negated praise words do not make a share helpful.
const NEGATED_PRAISE_RE = /\b(?:bukan|tidak|nggak|gak|not)(?: karena| because| so)? (?:bagus|enak|mantap|good|great|love|loved)\b/g;

/** Trigger words of the going-public shapes beyond share verbs and venues (see `goesPublic`). */
export const CONTENT_ANCHORS = CONTENT;
export const PUBLIC_ANCHORS = `${CONTENT} utas review ulasan terkenal famous _mention rame ramai dibahas diomongin digosipin talked story stories cerita kronologi details diangkat gets noticed`;

/** The writer will take the grievance to a platform or an audience. */
export function goesPublic(text: RuleText): boolean {
  const t = text.normalized;
  // The shapes first (pure tests, so only the cost changes): most candidates have none (51 of 3,171 SmSA/EmoT
  // candidates match), and the praise guard, a replace and a long alternation, then need not run.
  if (!goesPublicByAnyShape(text)) return false;
  // Praise or a sale with no complaint word is sharing to help: "semua orang bakal tahu enaknya kue kalian".
  if (FOR_A_SALE_OR_PRAISE_RE.test(t.replace(NEGATED_PRAISE_RE, '')) && !hasAny(text, NEGATIVE_WORDS)) return false;
  return !POSTING_BLOCKED_RE.test(t);
}

function goesPublicByAnyShape(text: RuleText): boolean {
  const t = text.normalized;
  if (PUBLIC_STRONG_RE.test(t) || WARNED_SHARE_RE.test(t)) return true;
  if (ASKS_LEAVE_RE.test(t)) return false;
  if (MEDIA_CONTACT_RE.test(t) || (OWN_AUDIENCE_RE.test(t) && (LEVERAGE_RE.test(t) || grievance(text)))) return true;
  if ((UPLOAD_RE.test(t) && THREAT_CONDITION_RE.test(t)) || (hasAny(text, EVIDENCE_WORDS) && PUBLISH_EVIDENCE_RE.test(t))) return true;
  if (mentionsStars(text) && ONE_STAR_RE.test(t) && !NEARLY_RE.test(t) && (WRITER_INTENT_RE.test(t) || SHARE_TO_AUDIENCE_RE.test(t) || /\b(?:leave|leaving|give|giving|kasih|ngasih|beri|kasi|tulis|nulis|post|posting)\b/.test(t))) return true;
  // Sharing with an audience is a threat when stated, or asked with a grievance; shared to sell or
  // to praise ("aku share ke grup arisan, pada mau pesan", "my review on my blog, 5 stars!") it is not.
  if (SHARE_TO_AUDIENCE_RE.test(t) && (grievance(text) || (!t.includes('?') && !FOR_A_SALE_OR_PRAISE_RE.test(t)))) return true;
  if (VENUE_THREAT_RE.test(t) && grievance(text)) return true;
  if (newPublicShape(text)) return true;
  return AUDIENCE_LEARNS_RE.test(t) && (WRITER_INTENT_RE.test(t) || THREAT_CONDITION_RE.test(t));
}

// Other people told to keep away, to an audience or by a telling verb: "I will tell every mom in my
// group to stay away from your brand", "aku kasih tahu semua teman kantor jangan pernah order di sini".
// A warning is unhappy whatever the tone model reads, so it is not gated on tone like going public.
const TELL = alternation('make_sure pastikan tell telling told warn warning kasih_tahu bilang bilangin peringatkan ingatkan ajak share sebar sebarin post posting');
// The dissuasion is far rarer than a telling verb or an audience, so it is looked for first.
const WARNED_AWAY_RE = nearTest(DISSUADE, `(?:${TELL}|${AUDIENCE})`, 60);

export function warnsOthersAway(text: RuleText): boolean {
  return WARNED_AWAY_RE.test(text.normalized) && !ASKS_LEAVE_RE.test(text.normalized);
}

// Exposure threats whose words are the threat itself ("semua orang di kompleks bakal tahu", "saya
// pastikan seluruh jemaah tahu", "wait till my followers see this"): not gated on the tone model,
// which reads some of them as positive, but never with a sale or praise in the message.
// An audience that learns of it or gets the whole story: "my followers need to know", "my church group is getting the full story".
const AUDIENCE_LEARNS_OF_IT_RE = nearTest(AUDIENCE_WORDS, LEARN, 30);
// A one-star review promised by the writer is a verdict whatever the tone model reads
// ("siap-siap dapat review bintang 1 dari aku di mana-mana"); one they nearly gave is not.
const ONE_STAR_PROMISED_RE = new RegExp(near(ONE_STAR_RE.source, String.raw`(?:${WRITER_INTENT}|\b(?:dari (?:aku|saya|gue|gw)|from me|everywhere|di mana-mana|semuanya|every (?:site|platform|app))\b)`, 50));

export function threatensExposure(text: RuleText): boolean {
  const t = text.normalized;
  // Content about the grievance is a threat whatever the tone model reads, unless a praise word is in it.
  // The shapes run before the guards (all are pure tests, so only the cost changes): nearly every candidate has no
  // shape (none of 3,877 SmSA/EmoT candidates), and then the guards need not run at all.
  const shaped = EXPOSURE_RE.test(t) || gatedExposure(text) || AUDIENCE_LEARNS_OF_IT_RE.test(t) || getsTheStory(text) || (mentionsStars(text) && ONE_STAR_PROMISED_RE.test(t) && !NEARLY_RE.test(t) && !t.includes('?')) || makesContentAboutIt(text);
  return shaped && !(ASKS_LEAVE_RE.test(t) || FOR_A_SALE_OR_PRAISE_RE.test(t) || text.words.some((w) => polarityOfWord(w) === 'positive'));
}
