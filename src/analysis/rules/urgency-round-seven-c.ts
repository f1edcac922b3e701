// Round seven c (issue #11 point 2): urgency shapes from a fourth batch of writers (wholesale buyers, drivers and
// couriers, kost residents, patients, stranded travellers, gamers, parents of toddlers, comment sections, Gen-Z, very
// polite writers). Same reasons as before, so the stacked models need no new features. Each shape is a `family`
// behind its own rare trigger words; `withCalmVetoC` holds the look-alikes that the older shapes took for reports.
import type { Rule, RuleText } from './rule.js';
import { alternation as anyOf, family, HAPPENED, near } from './urgency-cues.js';
import { polarityOfWord } from '../text/polarity-words.js';

const shape = (reason: string, anchors: string, test: (t: string, text: RuleText) => boolean): Rule =>
  family(reason, anchors, (text) => test(text.normalized, text));
const wide = (s: string): string => s.replace(/\[\^\.\?!\\n\]/g, '[^\\n]');

// Someone the writer cares for (or the writer's own body): the harmed person.
const CHILD = anyOf('anak adek adik bayi balita son daughter baby toddler kid kids child');

// ---- health and safety ------------------------------------------------------------------------
// A device smoking or smelling burnt while in use, and the hand hurt: "bau gosong terus ada asap ... tanganku kepanasan".
const SMOKE_RE = new RegExp(near(anyOf('asap smoke smoking berasap bau_gosong burning_smell'), anyOf('tangan tanganku kepanasan melepuh hand hands burned burnt'), 100));
// A child swallowed a piece that broke off: "a small piece broke off. I think he swallowed it".
const SWALLOWED_RE = new RegExp(wide(near(anyOf('swallowed ketelan tertelan kemakan nelen'), anyOf('piece pieces bagian potongan serpihan part broke patah copot lepas'), 120)));
// A child's skin raw or bleeding from the product: "popok kalian bikin pantat anak gue lecet berdarah".
const CHILD_BLEEDING_RE = new RegExp(near(CHILD, anyOf('lecet berdarah bleeding blistered raw_skin luka'), 60));
// Food served raw and the writer is now ill: "ayamnya masih pink di dalam. Now I'm stuck in the toilet".
const RAW_FOOD_RE = /\b(?:masih (?:pink|mentah|merah)|still (?:pink|raw)|undercooked|setengah matang)\b/;
const NOW_ILL_RE = /\b(?:stuck in the toilet|bolak-balik (?:ke )?(?:wc|toilet|kamar mandi)|diare|mencret|muntah|vomiting|threw up|diarrh(?:o)?ea|food poisoning|keracunan)\b/;
// Safety gear that failed and the wearer was hurt: "helm retak pas jatuh ... kepala kebentur sampai dijahit".
const STITCHES_RE = /\b(?:dijait|dijahit|jahitan|stitches|stitched)\b/;
const GEAR_FAILED_RE = /\b(?:retak|pecah|patah|copot|cracked|broke|snapped|kebentur|terbentur)\b/;

// ---- account and money ---------------------------------------------------------------------------
// The account moved to someone else's number: "akun nya sudah di-bind ke nomor lain", "linked to another email".
const REBOUND_RE = /\b(?:di-bind|dibind|bound|linked|ditautkan|dipindah|pindah) (?:ke|to) (?:nomor|email|number|akun|account|device|hp)(?: [\w-]+)? (?:lain|orang|another|other|someone)\b|\b(?:to|ke) (?:another|someone else's) (?:number|email|account)\b/;
const LOST_OR_NEVER_RE = /\b(?:ilang|hilang|lenyap|gone|disappeared|tidak pernah|gak pernah|nggak pernah|never)\b/;
// The sign-in email changed on its own and reset no longer works: "email akun berubah sendiri ... gak bisa reset password".
const CHANGED_ITSELF_RE = /\b(?:email|password|nomor|number|sandi|pin)\b(?: [\w-]+){0,3} (?:berubah|diganti|diubah|changed) (?:sendiri|by itself|on its own)\b/;
const CANNOT_RESET_RE = /\b(?:tidak|gak|nggak|ga|can't|cannot|can not|unable to) (?:bisa )?(?:reset|recover|pulihkan|memulihkan|masuk|login|log in)\b/;
// A code handed over to a caller, then money gone: "dimintai kode OTP. Setelah diberikan, saldo ... berkurang Rp3 juta".
const OTP_GIVEN_RE = /\b(?:otp|kode verifikasi|verification code)\b/;
const THEN_GONE_RE = /\b(?:berkurang|terkuras|dikuras|ludes|raib|hilang|ditarik|drained|gone|withdrawn|missing|vanished)\b/;
// The phone number changed and the balance pulled out: "nomor hp di akun sudah diganti dan saldo ... ditarik semua".
const DETAIL_SWAPPED_RE = /\b(?:nomor|nomer|email|password|sandi|number)\b(?: [\w-]+){0,4} (?:sudah |udah |telah )?(?:diganti|diubah|berubah|changed)\b/;
const DRAINED_RE = /\b(?:ditarik semua|dikuras|terkuras|dicairkan|withdrawn|drained|cashed out)\b/;
// Points or miles spent on something the writer never booked: "miles were redeemed for a ticket I never booked".
const REDEEMED_RE = /\b(?:redeemed|ditukar|ditukarkan|dipakai|used)\b/;
const NEVER_BOOKED_RE = /\b(?:never (?:booked|made|ordered|redeemed)|don't recognise|don't recognize|do not recognise|do not recognize|tidak pernah (?:pesan|memesan|tukar|menukar))\b/;
// A charge on a relative's card who does not shop online: "a Rp1.2m charge ... on my mum's card. She's 70 and doesn't shop online".
const RELATIVE_CARD_RE = /\b(?:my )?(?:mum's|mom's|mother's|dad's|father's|grandma's|grandmother's|wife's|husband's) card\b|\bkartu (?:kredit |debit )?(?:ibu|ayah|bapak|mama|papa|nenek|kakek|istri|suami) (?:saya|aku|gue)\b/;
const NEVER_SHOPS_RE = /\b(?:doesn't|does not|never|didn't|did not) (?:shop|buy|order|use)|\b(?:tidak|gak|nggak) pernah (?:belanja|beli|pesan)\b/;
// A child spent a large sum without any check: "bisa top up game pakai akun saya tanpa PIN, total Rp4 juta".
const NO_CHECK_RE = /\b(?:tanpa|without|no) (?:pin|otp|verifikasi|verification|password|konfirmasi|confirmation)\b/;
const LARGE_SUM_RE = /\b(?:rp ?\d[\d.,]*(?: ?(?:juta|jt|rb|ribu|k|m))?|\d+ ?(?:juta|jt)|total)\b/;
// The account stolen and held for ransom or its items sold: "akun gue dicolong, item dijual, pelaku minta tebusan".
const STOLEN_ACCOUNT_RE = /\b(?:akun|account)\b(?: [\w-]+){0,3} (?:dicolong|dicuri|direbut|stolen|taken over)\b/;
const RANSOM_OR_SOLD_RE = /\b(?:tebusan|ransom|dijual|sold|minta uang|asking for money)\b/;
// A loan or credit applied for in the writer's name: "pengajuan limit kredit atas nama aku ... aku gak pernah upload KTP".
const APPLIED_IN_NAME_RE = new RegExp(near(String.raw`(?:\b(?:pengajuan|application|applied|mengajukan|diajukan)\b(?: [\w-]+){0,3} (?:limit|kredit|pinjaman|paylater|loan|credit)\b|\b(?:loan|credit|pinjaman|paylater) (?:application|applied)\b)`, String.raw`\b(?:atas nama (?:aku|saya|gue)|in my name|under my name)\b`, 80));

// ---- leak -----------------------------------------------------------------------------------------
// The shop's database shown or sold, with identity fields: "spill screenshot database kalian ... NIK, no hp, alamat".
const DATABASE_RE = /\b(?:database|db)\b/;
const ID_FIELDS_RE = /\b(?:nik|ktp|no hp|nomor hp|alamat|phone numbers?|addresses|emails?|my name|nama saya|nama aku|nama gue)\b/;
const SHOWN_RE = /\b(?:spill|screenshot|ss|bocor|dijual|leaked|posted|beredar|tersebar|jual)\b/;
// A stranger (or another firm) who knows a private fact: "nomor asing nelpon nyebut nama tanggal lahir gue",
// "orang yang tidak saya kenal bisa mengetahui jadwal kontrol saya", "pihak asuransi lain ... tahu diagnosis saya".
const STRANGER = String.raw`\b(?:nomor asing|nomer asing|orang asing|tidak saya kenal|gak gue kenal|nggak aku kenal|unknown numbers?|strangers?|pihak (?:asuransi )?lain|another (?:insurer|company))\b`;
const KNEW_PRIVATE = String.raw`\b(?:tahu|tau|mengetahui|nyebut|menyebut|knew|knows|know|quoted)\b(?: [\w-]+){0,3} (?:nama|tanggal lahir|diagnosis|diagnosa|jadwal|alamat|my name|my address|my diagnosis|birthday|date of birth|schedule)\b`;
const STRANGER_KNEW_RE = new RegExp(wide(near(STRANGER, KNEW_PRIVATE, 100)));
// An ID photo open to anyone: "foto KTP yang saya unggah ... bisa dilihat di tautan publik tanpa login".
const ID_OPEN_RE = new RegExp(wide(near(anyOf('ktp paspor passport selfie id_card'), String.raw`\b(?:tautan publik|link publik|public link|publicly|tanpa login|without (?:logging in|login)|bisa dilihat siapa saja|anyone can see)\b`, 140)));
// A customer list on sale: "ada yang jual list nomor customer alamat per kecamatan".
const LIST_SOLD_RE = new RegExp(near(anyOf('jual dijual menjual selling sold sells'), String.raw`\b(?:list|daftar|database)\b(?: [\w-]+){0,2} (?:nomor|nomer|data|alamat|customer|pelanggan|nasabah|numbers|customers)\b`, 30));
// Children's data from an app leaked, and the writer's own child is there: "leaked photos of the kids ... Mine is enrolled".
const KIDS_LEAK_RE = new RegExp(near(anyOf('leaked bocor bocorin tersebar'), anyOf('kids children anak-anak murid siswa photos foto'), 60));
const MINE_TOO_RE = /\b(?:mine is|mine's|my (?:son|daughter|kid|child) is|anak saya (?:juga )?(?:terdaftar|ikut|sekolah))\b/;
// A public export that lists customers: "your export CSV link ... is public and lists every customer".
const OPEN_EXPORT_RE = new RegExp(wide(near(anyOf('csv spreadsheet export excel'), String.raw`\b(?:is public|publik|public link|lists every|berisi semua|names, phones|anyone can open)\b`, 80)));

// ---- regulators, police, counsel -------------------------------------------------------------------
const AUTHORITY_C = anyOf('ylki ojk bpom bpsk disperindag dinas_perdagangan kominfo komdigi polisi kepolisian police ombudsman lbh civil_aviation_authority aviation_authority consumer_tribunal consumer_forum consumer_court dti');
// A report already sent, or a verb far from its authority: "sudah aku kirim kronologi lengkap ke YLKI",
// "akan mengadukan praktik ... ke Dinas Perdagangan dan YLKI", "Reported your seller ... and to the police".
const SENT_TO_RE = new RegExp(`\\b(?:kirim|kirimkan|mengirim|sent|submitted|mengadukan|melaporkan|reported|lodged)\\b[^.?!\\n]{0,160}\\b(?:ke|kepada|to|to the|and to the)(?: \\w+)?(?: dan)? ${AUTHORITY_C}`);
// A case opened with a regulator: "I've already opened a case with the civil aviation authority".
const CASE_OPENED_RE = /\b(?:opened|filed|lodged|raised) (?:a |an )?(?:case|complaint|report|claim) with (?:the )?(?:[\w-]+ ){0,3}(?:authority|ombudsman|regulator|commission|police|tribunal|ministry)\b/;
// Police considered, even hedged: "Apakah saya perlu melibatkan kepolisian agar uang deposit ... dikembalikan?".
const INVOLVE_RE = /\b(?:melibatkan|involve|involving|bawa ke|membawa ke|bring in)(?: the| pihak)? (?:kepolisian|polisi|police|pengacara|lawyer|lawyers|jalur hukum)\b/;
// Counsel already consulted (raw, since slang expansion reads "LBH" as "lebih"): "udah konsultasi sama LBH kampus".
const LBH_RAW_RE = /\b(?:konsultasi|konsul|lapor|ngadu|mengadu|ke)\b[^.?!\n]{0,20}\blbh\b/;

// ---- going public ---------------------------------------------------------------------------------
// An audience with a next post or a share held back: "a parenting page with 90k followers ... my next post will be about
// your car seat", "grup ... dengan 40 ribu anggota ... sebelum saya bagikan", "share it with the 12 mum groups I'm in".
const AUDIENCE_RE = /\b\d+(?:[.,]\d+)? ?(?:k|rb|ribu|juta|thousand)? (?:[\w-]+ )?(?:followers|subscribers|viewers|members|anggota|pengikut|groups|grup)\b/;
const HELD_BACK_RE = /\b(?:next post|next video|konten berikutnya|sebelum (?:saya|aku|gue) (?:bagikan|share|posting|sebarkan)|share it with|keep this between us|screenshot lengkap|sudah di galeri|inget ya|ingat ya|remember this)\b/;
// A community already talking about the case: "grup WhatsApp wali murid ... sedang membahas kasus ini".
const GROUP_TALKS_RE = new RegExp(near(anyOf('grup group komunitas community forum'), String.raw`\b(?:membahas|ngomongin|discussing|talking about|rame bahas)\b(?: [\w-]+){0,2} (?:kasus|masalah|case|issue|this)\b`, 80));
// Content naming the brand as a cheat: "mau bikin konten 'toko yang nipu anak kost' ... kalian kandidat terkuat".
const CONTENT_ABOUT_RE = new RegExp(near(String.raw`\b(?:bikin|buat|membuat|making|make) (?:konten|content|video|series|episode)\b`, anyOf('nipu menipu penipu scam scams tipu kandidat worst terburuk zonk'), 80));
// A letter to the paper prepared with a deadline: "menyiapkan surat pembaca untuk dikirim ke koran lokal".
const LETTER_RE = /\b(?:surat pembaca|letter to the editor|op-ed)\b/;
// A video already seen widely and a statement asked for: "sudah masuk FYP ... 1,3 juta views. mau klarifikasi".
const VIEWS_RE = /\b\d+(?:[.,]\d+)? ?(?:k|rb|ribu|juta|jt|m|million)? (?:views|viewers|penonton|ditonton)\b|\bmasuk fyp\b/;
const STATEMENT_ASKED_RE = /\b(?:klarifikasi|clarify|clarification|statement|tanggapan|respond publicly)\b/;
// A journalist tagged on the writer's post: "Tagged a journalist ... on my post about your recalled stroller".
const TAGGED_PRESS_RE = new RegExp(near(anyOf('tagged tag ngetag mention mentioned'), anyOf('journalist journalists reporter wartawan jurnalis media outlet'), 40));
// A one-star draft ready: "Draft Google review ready: one star, photos ... Should I publish it?".
const DRAFT_RE = new RegExp(wide(near(anyOf('draft drafted'), anyOf('review ulasan post thread publish posting one_star bintang_satu'), 60)));
// Reposted by a gossip account, takedown only after a refund: "di-repost akun gosip ... mau minta takedown? balikin dulu duit".
const REPOSTED_RE = /\b(?:di-repost|direpost|reposted|repost) (?:\w+ )?(?:akun gosip|gossip account|lambe|akun besar|big account)\b|\b(?:minta|want a|request a) (?:takedown|take down)\b/;

// ---- counterfeit and impersonation -----------------------------------------------------------------
// Marks that differ from the real one, with harm or doubt: "different font on the batch code and the scoop is missing",
// "karungnya pakai merek kalian tapi jahitannya beda".
const MARK_DIFFERS_RE = new RegExp(wide(near(anyOf('font batch_code kode_batch jahitan jahitannya hologram'), anyOf('different beda berbeda lain missing'), 50)));
const HARM_OR_DOUBT_RE = /\b(?:genuine|asli|ori|palsu|fake|dicampur|campur|or not|apa bukan|atau tidak|drinking|minum|missing|hilang)\b/;
// A seal that comes off and goes back: "segelnya bisa dilepas pasang".
const SEAL_LOOSE_RE = /\bsegel(?: ?nya)?(?: [\w-]+){0,2} (?:dilepas pasang|lepas pasang|bisa dilepas|bisa dibuka tutup)\b|\bseal (?:comes off|peels off) and\b/;
// The brand's name, logo or domain worn by someone else, with money or secrets asked or lost: "web top up yang pakai
// nama logo kalian ... diamond gak masuk", "alamat mirip domain Anda ... mengisi data kartu kredit", "your brand with an
// extra underscore ... shipping fee", "\"Driver Support\" with your logo asking me to ... bank login".
const WEARS_BRAND_RE = /\b(?:with|using|has|pakai|pake) your (?:logo|name|brand)\b|\b(?:pake|pakai|memakai|using|with|has) (?:nama (?:dan |\+ )?)?(?:logo|nama|name|brand) (?:\+ |dan )?(?:logo )?(?:kalian|anda|kamu|your)\b|\b(?:mirip domain|domain mirip|lookalike domain|similar domain|extra underscore|extra letter|huruf tambahan)\b|\batas nama jaringan\b/;
const ASKED_OR_LOST_RE = /\b(?:top up|topup|paid|bayar|transfer|gak masuk|tidak masuk|never arrived|ilang|hilang|kartu kredit|credit card|bank login|password|otp|pin|fee|ongkir|biaya|verify|verifikasi|diblokir|blocked|berbeda|different)\b/;
// Someone claiming to be staff who asks for money, a code, an install or an investment: "mengaku petugas rumah sakit Anda,
// meminta transfer", "mengaku layanan pelanggan Anda mengirim file APK", "mengaku direktur ... investasi".
const CLAIMS_STAFF_RE = /\b(?:mengaku|ngaku|claiming to be|claims to be|pretending to be|posing as)(?: sebagai)? (?:[\w-]+ ){0,1}(?:petugas|direktur|director|layanan pelanggan|customer service|cs|support|staf|staff|karyawan|pegawai|manager|manajer|kurir|agent|agen|dari)\b/;
const ASKS_MONEY_OR_SECRET_RE = /\b(?:transfer|otp|kode|apk|install|investasi|investment|bank|remote|biaya|fee|pin|password|kartu kredit|credit card|saldo)\b/;
// Details typed into a look-alike site: "I entered my login there before noticing the spelling".
const ENTERED_RE = /\b(?:entered|typed|masukin|memasukkan) (?:my |data |saya )?(?:login|password|card|details|data|kartu|pin)\b/;
const LOOKALIKE_RE = /\b(?:spelling|ejaan|mirip|typo|actually you|beneran kalian|official-|-official|\.shop|\.xyz|\.site)\b/;
// A remote-control app pushed by a caller: "asking them to install a remote desktop app for a refund? My grandmother did."
const REMOTE_APP_RE = /\b(?:remote desktop|anydesk|teamviewer|remote app|aplikasi remote|remote access)\b/;
const DID_IT_RE = /\b(?:did|installed|sudah|udah|terlanjur|already|my (?:grandmother|grandma|mother|mum|mom|dad|father) did)\b/;
// A branch doubted after an odd product: "apotek online atas nama jaringan apotek Anda ... Apakah toko itu benar cabang resmi?".
const BRANCH_DOUBT_RE = /\b(?:benar|beneran|really) (?:cabang|akun|toko|reseller) resmi\b|\b(?:live|akun) (?:\w+ )?beneran apa bukan\b/;

/** Trigger words, one list per shape: every match contains one of them. */
export const ROUND_SEVEN_C_RULES: readonly Rule[] = [
  shape('safety_risk', 'asap smoke smoking berasap gosong burning', (t) => SMOKE_RE.test(t)),
  shape('health_risk', 'swallowed ketelan tertelan kemakan nelen', (t) => SWALLOWED_RE.test(t) && new RegExp(CHILD).test(t)),
  shape('health_risk', 'lecet berdarah bleeding blistered', (t) => CHILD_BLEEDING_RE.test(t)),
  shape('health_risk', 'pink mentah raw undercooked matang', (t) => RAW_FOOD_RE.test(t) && NOW_ILL_RE.test(t)),
  shape('safety_risk', 'dijait dijahit jahitan stitches stitched', (t) => STITCHES_RE.test(t) && GEAR_FAILED_RE.test(t)),
  shape('account_takeover', 'di-bind dibind bound linked ditautkan dipindah pindah', (t) => REBOUND_RE.test(t) && LOST_OR_NEVER_RE.test(t)),
  shape('account_takeover', 'berubah diganti diubah changed', (t) => CHANGED_ITSELF_RE.test(t) && CANNOT_RESET_RE.test(t)),
  shape('unauthorised_charge', 'otp', (t) => OTP_GIVEN_RE.test(t) && THEN_GONE_RE.test(t) && /\b(?:setelah|after|lalu|then|terus|diberikan|gave|kasih)\b/.test(t)),
  shape('account_takeover', 'ditarik dikuras terkuras dicairkan withdrawn drained cashed', (t) => DETAIL_SWAPPED_RE.test(t) && DRAINED_RE.test(t)),
  shape('account_takeover', 'redeemed ditukar ditukarkan', (t) => REDEEMED_RE.test(t) && NEVER_BOOKED_RE.test(t)),
  shape('unauthorised_charge', 'card kartu', (t) => RELATIVE_CARD_RE.test(t) && NEVER_SHOPS_RE.test(t)),
  shape('unauthorised_charge', 'pin otp verifikasi verification', (t) => NO_CHECK_RE.test(t) && LARGE_SUM_RE.test(t) && /\b(?:top up|topup|belanja|beli|spent|bought|purchases?)\b/.test(t)),
  shape('account_takeover', 'dicolong dicuri direbut stolen', (t) => STOLEN_ACCOUNT_RE.test(t) && RANSOM_OR_SOLD_RE.test(t)),
  shape('unauthorised_charge', 'pengajuan application applied mengajukan diajukan', (t) => APPLIED_IN_NAME_RE.test(t)),
  shape('data_leak', 'database db', (t) => DATABASE_RE.test(t) && ID_FIELDS_RE.test(t) && SHOWN_RE.test(t)),
  shape('data_leak', 'asing kenal unknown stranger strangers pihak another', (t) => STRANGER_KNEW_RE.test(t)),
  shape('data_leak', 'tautan link public publicly login siapa anyone', (t) => ID_OPEN_RE.test(t)),
  shape('data_leak', 'list daftar database', (t) => LIST_SOLD_RE.test(t)),
  shape('data_leak', 'leaked bocor bocorin tersebar', (t) => KIDS_LEAK_RE.test(t) && MINE_TOO_RE.test(t)),
  shape('data_leak', 'csv spreadsheet export excel', (t) => OPEN_EXPORT_RE.test(t)),
  shape('threatens_regulator', 'kirim kirimkan mengirim sent submitted mengadukan melaporkan reported lodged', (t) => SENT_TO_RE.test(t)),
  shape('threatens_regulator', 'opened filed lodged raised', (t) => CASE_OPENED_RE.test(t)),
  shape('threatens_police', 'melibatkan involve involving bawa membawa bring', (t) => INVOLVE_RE.test(t)),
  shape('threatens_police', 'lebih', (_t, text) => text.raw.includes('lbh') && LBH_RAW_RE.test(text.raw)),
  shape('threatens_viral', 'followers subscribers viewers members anggota pengikut groups grup', (t) => AUDIENCE_RE.test(t) && HELD_BACK_RE.test(t)),
  shape('threatens_viral', 'membahas ngomongin discussing talking bahas', (t) => GROUP_TALKS_RE.test(t)),
  shape('threatens_viral', 'konten content video series episode', (t) => CONTENT_ABOUT_RE.test(t)),
  shape('threatens_viral', 'pembaca editor op-ed', (t) => LETTER_RE.test(t)),
  shape('threatens_viral', 'views viewers penonton ditonton fyp', (t) => VIEWS_RE.test(t) && STATEMENT_ASKED_RE.test(t)),
  shape('threatens_viral', 'tagged tag ngetag mention mentioned', (t) => TAGGED_PRESS_RE.test(t)),
  shape('threatens_viral', 'draft drafted', (t) => DRAFT_RE.test(t)),
  shape('threatens_viral', 'di-repost direpost reposted repost takedown', (t) => REPOSTED_RE.test(t)),
  shape('counterfeit_or_scam', 'font batch kode jahitan jahitannya hologram', (t) => MARK_DIFFERS_RE.test(t) && HARM_OR_DOUBT_RE.test(t)),
  shape('counterfeit_or_scam', 'segel segelnya seal', (t) => SEAL_LOOSE_RE.test(t)),
  shape('counterfeit_or_scam', 'logo domain brand underscore huruf mirip lookalike similar jaringan', (t) => WEARS_BRAND_RE.test(t) && ASKED_OR_LOST_RE.test(t)),
  shape('counterfeit_or_scam', 'mengaku ngaku claiming claims pretending posing', (t) => CLAIMS_STAFF_RE.test(t) && ASKS_MONEY_OR_SECRET_RE.test(t)),
  shape('counterfeit_or_scam', 'entered typed masukin memasukkan', (t) => ENTERED_RE.test(t) && LOOKALIKE_RE.test(t)),
  shape('counterfeit_or_scam', 'remote anydesk teamviewer', (t) => REMOTE_APP_RE.test(t) && DID_IT_RE.test(t)),
  shape('counterfeit_or_scam', 'cabang akun toko reseller beneran', (t) => BRANCH_DOUBT_RE.test(t)),
];

// ---- calm look-alikes the older shapes took for reports --------------------------------------------
// Fun shared with friends: "tiktok kalian lucu banget, gue share ke grup", "the meme ... so relatable. Sharing it".
const NOT_FUNNY_RE = /\b(?:gak|tidak|nggak|ga|not|bukan) (?:lucu|funny)\b/;
const FUN_RE = /\b(?:lucu|ngakak|kocak|relatable|lol|wkwk\w*|top|keren|only brand|satu-satunya)\b/;
const NEGATION_RE = /^(?:tidak|gak|nggak|ga|bukan|belum|never|not|no|pernah|tanpa)$/;
// Slang intensifiers the lexicon reads as negative ("kocak parah", "lucu gila"): praise, not a grievance.
const INTENSIFIERS: ReadonlySet<string> = new Set(['parah', 'gila', 'anjir', 'anjay', 'sumpah', 'banget']);
/** Negative words that are not negated just before ("gak pernah bikin ruam" is praise). */
const hasPlainNegative = (text: RuleText): boolean =>
  text.words.some((w, i) => polarityOfWord(w) === 'negative' && !INTENSIFIERS.has(w) && !text.words.slice(Math.max(0, i - 3), i).some((p) => NEGATION_RE.test(p)));
const THREAT_MARK_RE = /\b(?:kalau|if|unless|sebelum|before|atau|or|refund|balikin|kembalikan)\b/;
const funOnly = (t: string, text: RuleText): boolean => FUN_RE.test(t) && !NOT_FUNNY_RE.test(t) && !THREAT_MARK_RE.test(t) && !hasPlainNegative(text);
// A friend who writes about food and wants to cover it: "temen gue wartawan kuliner ... mau diliput".
const FRIEND_PRESS_RE = /\b(?:teman|temen|friend)(?: \w+)? (?:seorang )?(?:wartawan|jurnalis|journalist|reporter|food blogger)\b/;
// (Only with praise of the food: a friend reporter keen on "driver yang di-suspend tanpa alasan" is going public.)
const FOOD_PRAISE_RE = /\b(?:top|enak|mantap|lezat|bagus|juara|diliput|liput)\b/;
// A question before writing a review: "Before I post my review on YouTube, can you confirm the exact model name".
const BEFORE_REVIEW_ASK_RE = /\b(?:before i (?:post|publish|write)|sebelum (?:saya|aku|gue) (?:posting|review|nulis))\b[^\n]{0,80}\b(?:can you confirm|could you confirm|bisa konfirmasi|what is|apa nama|\?)/;
// Prevention asked about, nothing happened: "biar gak gampang di-hack?", "agar tidak tertipu akun palsu".
const PREVENT_RE = /\b(?:biar|agar|supaya|so that|to avoid|so i don't)(?: \w+){0,3} (?:gak|tidak|nggak|ga|not|don't|won't)(?: \w+){0,2} (?:di-hack|dihack|kena hack|hacked|diretas|tertipu|ketipu|scammed|kena tipu)\b|\bcara(?:nya)? (?:ngamanin|mengamankan|amankan)\b/;
// Not happened yet, or the call was genuine after all: "belum kejadian kok", "terus paketnya beneran datang".
const NOT_YET_RE = /\b(?:belum kejadian|belum terjadi|hasn't happened|has not happened|not happened yet|sebelum beli|before buying)\b/;
const TURNED_OUT_REAL_RE = /\b(?:beneran|benar-benar|benar|really|actually) (?:datang|dateng|sampai|nyampe|arrived|came)\b/;
// Asking how to report a fake account if ever found: "cara melaporkan akun palsu ... kalau menemukannya".
const IF_FOUND_RE = /\b(?:kalau|jika|if i) (?:menemukan(?:nya)?|nemu|ketemu|find|come across|see one)\b/;
// News about another company's leak, asked about: "lihat berita tentang kebocoran data di perusahaan lain. Apakah ...?".
const NEWS_OTHER_RE = /\b(?:lihat|liat|nonton|saw|seen|read) (?:berita|the news|news)\b|\bberita tentang\b/;
// A report procedure for coursework: "cara mengajukan keberatan ke Kemenhub untuk tugas kuliah".
const COURSEWORK_RE = /\b(?:tugas kuliah|tugas sekolah|untuk tugas|skripsi|for (?:a |my )?(?:class|school|college|uni|university) (?:assignment|project)|homework)\b/;
// Ruled out by a doctor, or a procedure that did not hurt: "ternyata bukan dari susunya", "infus gak sakit sama sekali".
const RULED_OUT_RE = /\b(?:ternyata bukan (?:dari|karena)|bukan karena (?:produk|susu)|not (?:from|caused by) (?:your|the) (?:product|milk|food)|cuma flu|just a cold|just the flu)\b|\b(?:gak|tidak|nggak|no|not) sakit sama sekali\b/;
// A flat fee counted twice: "I was charged the delivery fee twice" (a complaint, no money lost beyond a fee).
const FEE_TWICE_RE = /\b(?:delivery fee|ongkir|shipping fee|service fee|biaya (?:kirim|layanan|admin))\b(?: [\w-]+){0,3} (?:twice|dua kali|double)\b/;

const VETOES_C: Readonly<Record<string, (t: string, text: RuleText) => boolean>> = {
  threatens_viral: (t, text) => funOnly(t, text) || (FRIEND_PRESS_RE.test(t) && FOOD_PRAISE_RE.test(t) && !hasPlainNegative(text)) || (BEFORE_REVIEW_ASK_RE.test(t) && !hasPlainNegative(text)),
  health_risk: (t, text) => RULED_OUT_RE.test(t) || funOnly(t, text),
  account_takeover: (t) => PREVENT_RE.test(t) && !HAPPENED.test(t),
  counterfeit_or_scam: (t) => (PREVENT_RE.test(t) && !HAPPENED.test(t)) || NOT_YET_RE.test(t) || TURNED_OUT_REAL_RE.test(t) || IF_FOUND_RE.test(t),
  data_leak: (t) => NEWS_OTHER_RE.test(t) && t.includes('?') && /\b(?:lain|other|another)\b/.test(t),
  threatens_regulator: (t) => COURSEWORK_RE.test(t),
  money_lost: (t) => FEE_TWICE_RE.test(t),
};

/** The rule with round seven c's calm look-alikes vetoed (runs only after the rule matched). */
export function withCalmVetoC(rule: Rule): Rule {
  const veto = VETOES_C[rule.reason];
  return veto === undefined ? rule : { ...rule, matches: (text) => rule.matches(text) && !veto(text.normalized, text) };
}
