// What makes a message urgent (`high`), as families of cues rather than phrase lists:
// a health reaction to a product, a safety hazard, an account taken over or a charge the
// follower never made, a data leak, a threat to go to a regulator, the police or the public,
// a counterfeit, a scam or impersonation, and money lost. Each rule names its family.
import { alternation, family, HAPPENED, HYPOTHETICAL, near, nearTest, unnegated } from './urgency-cues.js';
import { negativeWords } from '../text/polarity-words.js';
import { words, type Rule, type RuleText } from './rule.js';
import { ROUND_SEVEN_RULES } from './urgency-round-seven.js';
import { ROUND_SEVEN_B_RULES, withCalmVeto } from './urgency-round-seven-b.js';
import { ROUND_SEVEN_C_RULES, withCalmVetoC } from './urgency-round-seven-c.js';
import { ROUND_EIGHT_RULES, withCalmVetoD } from './urgency-round-eight.js';
import { CONTENT_ANCHORS, GATED_EXPOSURE_ANCHORS, goesPublic, goesPublicByNewShape, PUBLIC_ANCHORS, SHARE, threatensExposure, VENUES, warnsOthersAway } from './urgency-public.js';

// ---- health -------------------------------------------------------------------------------
// Severe on their own (a poisoning, a hospital, blisters); the rest need the body or a use of the product.
const SEVERE = 'keracunan poisoning poisoned igd ugd hospitalized dilarikan diinfus infus melepuh blisters blistered blister bernanah anaphylaxis anafilaksis sesak sesek pingsan kejang dermatitis hives';
const SYMPTOM = 'alergi gatal gatel gatal-gatal bengkak ruam bentol bentol-bentol bruntusan biduran kemerahan memerah merah-merah perih iritasi diare mencret muntah muntah-muntah mual pusing demam mules melilit lemas radang kebas kesemutan ngilu rash rashes itchy itching swollen swelling swelled puffy irritation irritated vomiting vomited throwing sick nausea dizzy diarrhea reaction breakout breakouts stinging stings stung numb inflamed headache stomachache';
// Symptoms of more than one word; their first word is a trigger of the rule (see the anchors below).
const SYMPTOM_PHRASES = 'sakit_perut sakit_kepala sakit_tenggorokan mati_rasa threw_up stomach_ache stomach_pain allergic_reaction';
// These also describe things ("the jacket started peeling", "kemasan kebakar matahari"): only on a body part.
const ON_BODY = 'terbakar kebakar panas lecet luka ngelupas mengelupas berdarah burns burned burning peeling bleeding';
// A body part may carry a possessive ending ("bibirku", "mukanya").
const possessive = (list: string): string => `${alternation(list).slice(0, -2)}(?:ku|mu|nya)?\\b`;
const OUTER_BODY_PARTS = 'kulit muka wajah mata bibir kepala perut tenggorokan leher tangan kaki ketiak ketek badan skin face eyes eye lips scalp throat neck hand hands arms';
// Mouth and hair only carry symptoms: "panas di lidah" describes spicy food, not a burn.
const BODY_PARTS = `${OUTER_BODY_PARTS} lidah gusi gigi rambut tongue gums teeth tooth hair`;
const BODY = possessive(OUTER_BODY_PARTS);
const BODY_OR_USE = `(?:${possessive(`${BODY_PARTS} anak bayi adik adek suami istri`)}|${alternation('son daughter baby kid kids setelah sesudah abis habis sejak pas after since from pakai memakai minum makan using used use ate eating drinking drank applying applied tried')})`;
// A hospital as a place someone was taken to, not an address ("deliver to Multazam hospital").
const HOSPITALISED = String.raw`\b(?:(?:masuk|dilarikan ke|dirawat di|opname di) rumah sakit|(?:in|to|at) (?:the )?hospital|ended up in (?:the )?hospital)\b`;
const SEVERE_RE = new RegExp(unnegated(`${HOSPITALISED}|${alternation(`${SEVERE} sesak_napas susah_napas trouble_breathing chemical_burns in_the_er`)}`));
// Hair falling out has many causes: it counts only after using something.
const HAIR_LOSS_RE = new RegExp(near(alternation('rontok hair_loss falling_out'), alternation('pakai memakai pake using used use applying applied tried'), 50));
const SYMPTOM_RE = new RegExp(`${near(unnegated(alternation(`${SYMPTOM} ${SYMPTOM_PHRASES}`)), BODY_OR_USE, 50)}|${near(unnegated(alternation(ON_BODY)), BODY, 50)}`);
// A spoiled product someone already ate or drank.
const SPOILED_EATEN = new RegExp(near(alternation('gembung basi berjamur jamur mold moldy expired kadaluarsa kedaluwarsa berkarat busuk rotten'), alternation('makan dimakan minum diminum ate eaten drank drunk'), 60));
const FOREIGN_OBJECTS = 'rambut serangga plastik kaca beling belatung kecoa paku staples ulat semut lalat hair bug bugs insect glass metal plastic cockroach worm worms maggot';
const FOREIGN_OBJECT = new RegExp(near(alternation('ada nemu menemukan ketemu found there_was there_is there\'s potongan piece pieces'), alternation(FOREIGN_OBJECTS), 25));

// A symptom that went away ("sakit kepala hilang setelah minum teh") is relief, not harm;
// one that will not go away ("gatalnya tidak hilang-hilang") still is.
const RELIEF_RE = new RegExp(`(?<!\\b(?:tidak|belum|not|never|won't|didn't|hasn't)(?: [\\w-]+)? )${alternation('hilang ilang sembuh reda mereda berhenti gone went_away cleared_up cured relieved stopped stops')}`);

// "Pedasnya bikin bibir panas" is the taste of chilli, not a burn: heat alone is no symptom next to spicy food.
const SPICY_HEAT_RE = /\b(?:pedas|pedes|spicy|sambal|cabai|cabe|chili|chilli)\b/;
const SYMPTOM_WITHOUT_HEAT_RE = new RegExp(near(unnegated(alternation(`${SYMPTOM} ${SYMPTOM_PHRASES}`)), BODY_OR_USE, 50) + '|' + near(unnegated(alternation(ON_BODY.replace(/\bpanas\b/, ''))), BODY, 50));

// Round seven: a trait is no reaction ("kulit sensitif yang gampang gatal", "dulu gampang bruntusan"), nor is an
// allergy named in a question ("anak saya alergi, ada kandungan kacang?"); plastic chairs and trees are no
// foreign object in food (long restaurant reviews).
const TRAIT_RE = /\b(?:gampang|mudah|prone to|easily|cenderung) (?:gatal|gatel|alergi|bruntusan|jerawatan|iritasi|breakouts?|irritated|itchy)\b/g;
const ALLERGY_NAMED_RE = /\b(?:punya|memiliki|has|have|ada) (?:riwayat )?(?:alergi|allergy|allergies)\b|\b(?:anak|saya|aku|my (?:son|daughter|kid))(?: \w+)? (?:alergi|is allergic)\b/g;
const ASKS_RE = /\?|\b(?:mohon informasi|mohon info|tanya|nanya|apakah)\b/;
// "penuh sesak" is a crowd; "pepes jamur" a mushroom dish, not mould.
const NOT_A_SYMPTOM_RE = /\b(?:penuh|padat) sesak\b|\b(?:pepes|tumis|sup|sop|pizza|nasi|saus|crispy|goreng) jamur\b|\bjamur (?:tiram|kuping|enoki|shitake|shiitake|crispy|krispi|goreng|kancing)\b/g;
const MATERIAL_RE = /\b(?:kursi|meja|gelas|botol|kantong|kantung|wadah|sendok|piring|sedotan|tas|atap|pohon|tong|chairs?|tables?|cups?|bags?|trees?) (?:plastik|plastic|kaca|glass|metal|besi)\b/g;

function healthHarm(text: RuleText): boolean {
  let t = text.normalized.replace(TRAIT_RE, ' ').replace(MATERIAL_RE, ' ').replace(NOT_A_SYMPTOM_RE, ' ');
  if (ASKS_RE.test(t)) t = t.replace(ALLERGY_NAMED_RE, ' ');
  if (SEVERE_RE.test(t) || FOREIGN_OBJECT.test(t) || SPOILED_EATEN.test(t)) return true;
  // "kalau alergi kacang, aman?" asks; "setelah pakai jadi gatal, aman?" reports.
  const symptom = SPICY_HEAT_RE.test(t) ? SYMPTOM_WITHOUT_HEAT_RE : SYMPTOM_RE;
  return (symptom.test(t) || HAIR_LOSS_RE.test(t)) && (!HYPOTHETICAL.test(t) || HAPPENED.test(t)) && !RELIEF_RE.test(t);
}

// ---- account takeover and charges nobody made --------------------------------------------
const ACCOUNT = 'akun account login password sandi email pin otp card kartu kode code codes rekening m-banking mbanking banking e-wallet ewallet wallet';
// Sign-in codes the follower never asked for: someone is trying to get into the account.
const UNASKED_CODE_RE = new RegExp(near(alternation('otp kode_otp kode_verifikasi kode_login login_code login_codes verification_code verification_codes security_code sign-in_code'), alternation('random keep_coming keeps_coming bertubi-tubi berkali-kali never_requested never_asked not_requested tidak_minta tidak_pernah_minta tidak_request tidak_lagi_login tidak_sedang_login didn\'t_request did_not_request didn\'t_ask did_not_ask'), 60));
// A sign-in detail changed by someone else: "email nya diganti, bukan saya", "my password was changed and it was not me".
// Someone else as the one who changed it: "they changed the email", "pelaku mengganti nomor HP".
const CHANGED_BY_THEM_RE = /\b(?:they|someone|somebody|hacker|hackers|pelaku|penipu|scammer|orang itu|orang lain|mereka)\b(?: [\w'-]+)? (?:changed|reset|ganti|mengganti|ubah|mengubah|ganti in)\b(?: the| my| all| semua)? (?:email|password|pin|phone number|nomor|sandi|kata sandi|recovery|rekening|bank account)\b/;
const CHANGED_BY_OTHER_RE = new RegExp(near(String.raw`\b(?:email|password|sandi|kata sandi|pin|nomor hp|nomor|phone number|username|(?:shipping |delivery |home )?address|alamat pengiriman|alamat)(?: nya)? (?:sudah |tiba-tiba |suddenly )?(?:diganti|diubah|diperbarui|berubah|ganti|was changed|got changed|has been changed|had been changed|changed|was updated|got updated|has been updated|updated)\b`, alternation("didn't_touch did_not_touch didn't_change did_not_change didn't_do tidak_mengubah tidak_pernah_ubah tidak_pernah_mengubah tiba-tiba suddenly not_me wasn't_me was_not_me bukan_saya bukan_aku tanpa_izin without someone somebody orang_lain oleh_orang sama_orang by_someone by_a_stranger tidak_saya_kenal tidak_dikenal sendiri tidak_pernah never"), 60));
// Points, vouchers or a balance used by someone else: "poin saya dipakai orang lain", "my points were redeemed by someone else".
const BALANCE_WORDS = alternation('poin points voucher vouchers saldo balance rewards miles limit paylater kredit credit kuota');
const USED_BY_OTHER_RE = new RegExp(`${near(BALANCE_WORDS, String.raw`\b(?:dipakai|dipake|digunakan|ditukar|diredeem|redeemed|used|spent|claimed)\b(?: [\w-]+)?(?: (?:oleh|sama|by))? (?:orang lain|orang|someone|somebody|a stranger|someone else)\b`, 40)}|${near(String.raw`\b(?:someone|somebody|a stranger|orang lain|orang asing|ada yang|ada orang)\b(?: [\w-]+)? (?:redeemed|used|spent|claimed|took|drained|pakai|pake|memakai|menggunakan|ambil|mengambil|tukar|menukar|nukar)\b`, BALANCE_WORDS, 30)}`);
const ACCOUNT_WORD_RE = new RegExp(alternation(ACCOUNT));
// Locked out while a sign-in code arrived or someone else is in: "ada OTP masuk terus akun saya tidak bisa login".
// Locked out alone is an outage or a forgotten password, not a takeover.
const LOCKED_OUT_RE = new RegExp(near(String.raw`\b(?:(?:tidak|gagal|can't|cannot|can not|couldn't|could not|unable to) (?:bisa |dapat )?(?:login|log in|akses|sign in|access)|(?:tidak|gagal) (?:bisa|dapat) masuk|locked out|terkunci|kehilangan akses|lost access)\b`, alternation('otp kode_otp kode_verifikasi verification_code login_code someone somebody orang_lain stranger diganti changed'), 60));
const TAKEOVER_RE = new RegExp(alternation('never_seen have_never_seen tidak_pernah_lihat tidak_pernah_saya_lihat kebuka_orang dibuka_orang accessed_by dipakai_orang dipake_orang digunakan_orang used_by_someone dibajak bajak kebajak diambil_alih diambil_orang diretas dibobol kebobol jebol dijebol hijack hijacked hack hacked hacker kena_hack compromised taken_over orang_lain ada_yang someone somebody stranger berubah_sendiri ganti_sendiri diganti_orang diganti_sama_orang perangkat_lain device_lain another_device unknown_device another_city kota_lain tidak_login didn\'t_log never_logged logout_sendiri keluar_sendiri login_alert login_attempt sign-in_attempt new_device device_i_do_not device_i_don\'t suspicious_login unrecogni[sz]ed_login unknown_login'));
const CHARGE = 'tagih ditagih dicharge tarikan penarikan withdrawal withdrawals transaksi pembelian pembayaran tagihan charge charges charged dicharge debit didebet terdebet terdebit didebit debited redemption redemptions penukaran cicilan installment installments pinjaman loan auto-debit autodebit kepotong terpotong saldo purchase purchases payment payments transactions transaction subscription berkurang bought order orders pesanan';
const NOT_MINE_RE = new RegExp(`${alternation('tidak_pernah bukan_saya bukan_aku bukan_gue bukan_dari_saya tidak_merasa tanpa_izin tanpa_transaksi tanpa_sepengetahuan without_(?:my_)?(?:permission|consent|knowledge|authori[sz]ation) tidak_saya_(?:buat|lakukan|pesan|beli) never i_did_not_(?:make|buy|order|authori[sz]e) didn\'t_make didn\'t_buy didn\'t_order did_not_buy did_not_make unauthori[sz]ed don\'t_recogni[sz]e do_not_recogni[sz]e tidak_saya_kenal tidak_saya_kenali not_me padahal_sudah_unsubscribe padahal_aku_sudah_unsubscribe already_cancelled')}`);
// "Unknown" only when it qualifies the charge itself: "unknown purchases", "transaksi tidak dikenal";
// "order status unknown" is a delivery question.
const UNKNOWN_CHARGE_RE = /\b(?:unknown|unrecogni[sz]ed|strange|weird) (?:charges?|purchases?|transactions?|payments?|debits?|orders?)\b|\b(?:transaksi|pembelian|pembayaran|tagihan|pesanan) (?:asing|aneh|tidak dikenal)\b/;
const CHARGE_WORD_RE = new RegExp(alternation(CHARGE));
// Money taken without leave: "they took money from my account without permission".
const TAKEN = 'took taken diambil ditarik withdrew withdrawn deducted dipotong';
const TAKEN_WITHOUT_LEAVE_RE = new RegExp(near(alternation(TAKEN), alternation('without_permission without_my_permission without_consent without_my_consent without_my_knowledge without_authori[sz]ation tanpa_izin tanpa_seizin tanpa_sepengetahuan'), 50));
// Money taken while the writer bought nothing: "saldo kepotong padahal saya tidak belanja".
const DEBIT = alternation('kepotong terpotong terdebet didebet ditagih dicharge charged billed berkurang raib');
const DEBITED_FOR_NOTHING_RE = new RegExp(near(DEBIT, String.raw`\b(?:(?:tidak|belum) (?:pernah )?(?:ada )?(?:belanja|beli|membeli|pesan|memesan|order|transaksi|melakukan|checkout)|(?:never|did not|didn't) (?:buy|order|purchase|sign up|make)|no (?:purchase|order|transaction))`, 60));
// Billed after the writer stopped it: "autodebit jalan terus padahal langganan sudah saya stop".
const BILLED_AFTER_CANCEL_RE = new RegExp(near(alternation('autodebit auto-debit ditagih tagih tagihan charged charging billed billing kepotong terpotong didebet terdebet debit charge charges'), String.raw`\b(?:sudah|udah|already|had|have)(?: saya| aku| i)? (?:stop|stopped|berhenti|berhentikan|hentikan|cancel|cancelled|canceled|batalkan|dibatalkan|unsubscribe|unsubscribed|ended)\b`, 60));
// "tidak pernah kecewa order di sini" praises: a negated complaint word is no charge I never made.
// "pesanan yang tidak pernah datang" is a delivery that never came, not a charge never made.
const NEVER_ARRIVED_RE = /\b(?:tidak pernah|never)(?: [\w-]+)? (?:datang|sampai|nyampe|tiba|dikirim|diterima|arrived|came|delivered|received|shipped|showed up)\b/g;
// Praise that denies any trouble ("never had a single problem with my orders") is no charge either:
// up to three words between the negation and the trouble word, within one clause.
const NEGATED_COMPLAINT_RE = new RegExp(`\\b(?:tidak pernah|never|tidak|not)(?: [\\w'-]+){0,3} (?:${alternation(negativeWords().join(' '))}|\\b(?:issues?|complaints?|kendala)\\b)`, 'g');
const DEBITED_NOT_RECEIVED_RE = new RegExp(near(alternation('kepotong terpotong terdebet didebet charged'), alternation('belum_masuk tidak_masuk gagal failed hilang'), 50));
// The count qualifies the charge ("ditagih dua kali", "charged the fee twice"), not the order ("pesan dua kali karena gagal bayar").
const REPEATED_CHARGE_RE = new RegExp(near(alternation('dua_kali 2_kali 2x tiga_kali 3_kali 3x twice three_times dobel double ganda'), alternation('charged charge dicharge kepotong terpotong terdebet didebet terdebit didebit debited debit ditagih tagih tagihan bayar membayar paid payment billed'), 20));

// "ongkir 2x lipat" is twice the amount, not charged twice.
const TIMES_AS_MUCH_RE = /\b(?:2x|dua kali|3x|tiga kali) (?:lipat|lebih)\b|\btwice as\b/g;

// ---- data leak ----------------------------------------------------------------------------
const DATA = 'customer_list customer_data data_pelanggan daftar_pelanggan data database ktp nik alamat address addresses email nomor number phone kartu card details informasi info identitas pesanan order orders invoice resi selfie';
// The leak word is far rarer than a data word ("info", "order"), so it is looked for first (nearTest).
const DATA_LEAK_RE = nearTest(alternation('bocor kebocoran leak leaked leaking breach breached tersebar kesebar disebar beredar dijual diperjualbelikan sold being_sold for_sale exposed muncul_di dipakai_orang hacked dihack diretas ended_up_with ended_up_in jatuh_ke_tangan sampai_ke_tangan di_tangan_orang in_the_hands_of'), alternation(DATA), 50);
// Two pairs; a regular expression `x|y` finds a match exactly when `x` or `y` does, so each pair is tested on its own.
const STRANGER_KNOWS_PAIRS = [nearTest(alternation('orang_asing stranger strangers sales penipu scammer kurir_palsu spam_calls phishing sms_penipuan'), alternation('tahu tau knew know knows quoting menyebut sebut nama alamat address pesanan order invoice resi details'), 60), nearTest(alternation('someone_else\'s other_people\'s everyone\'s orang_lain'), alternation('alamat address addresses data invoice nomor_hp phone details order_history'), 40)];
const STRANGER_KNOWS_RE = { test: (t: string): boolean => STRANGER_KNOWS_PAIRS.some((pair) => pair.test(t)) };

// Someone else has or spread the writer's own personal data ("ada yang tahu alamat saya",
// "someone posted my address online"): the data must be the writer's, so "does anyone know the
// store's address?" asks and does not report.
const OWN_DATA = String.raw`(?:\b(?:nama lengkap|nomor resi|no resi|order number|order details|full name)\b|\b(?:alamat|nomor|nomer|data|ktp|nik|email|identitas)(?: (?:hp|wa|rumah|telepon|pribadi|lengkap))? (?:saya|aku|gue|gw|kami)\b|\b(?:alamat|nomor|nomer|data|ktp|email|identitas)(?:ku|mu)\b|\bmy (?:home |full |personal |phone |card |contact )?(?:address|number|phone number|data|details|email|info|information)\b)`;
// The writer's data in strange hands: near a stranger or an unknown number, or passed on to someone else.
const STRANGER = alternation('orang_asing stranger strangers random_number unknown_number nomor_asing nomor_tidak_dikenal nomor_random penipu scammer scammers');
const STRANGER_RE = new RegExp(STRANGER);
const SPREAD_VERB_RE = new RegExp(alternation('nyebarin menyebarkan sebarin sebar disebar kasih dikasih ngasih memberikan diberikan gave given giving shared sharing sold selling jual menjual dijual bocorin membocorkan leaked passed handed'));
const PASSED_ON_RE = new RegExp(`${near(OWN_DATA, STRANGER, 50)}|${near(OWN_DATA, String.raw`\b(?:ke|to) (?:orang lain|someone else|strangers|a stranger|a third party|third parties|pihak ketiga|pihak lain)\b`, 40)}`);
const SOMEONE_HAS_DATA_RE = new RegExp(String.raw`\b(?:ada yang|ada orang|orang lain|orang asing|someone|somebody|a stranger|strangers|random people)\b[^.?!\n]{0,40}\b(?:tahu|tau|dapat|dapet|punya|pegang|menyebarkan|nyebarin|sebar|sebut|menyebut|nyebut|telpon|telepon|nelpon|called|texted|messaged|posted|shared|has|had|got|knows|knew|know|is using|used)\b[^.?!\n]{0,45}` + OWN_DATA);
// A caller or a message that knows what only the shop should: "dapat telpon dari kurir yang tahu alamat rumah
// dan isi paket", "a caller who knew my order". A call the writer confirms was genuine is not a leak.
// What only the shop should know about the writer: "isi paket saya", "my name and the product", "my order total".
const KNOWS_MY_ORDER = String.raw`\b(?:tahu|tau|knew|knows|know|nyebut|menyebut|sebut|mentioned|quoted|quoting)\b(?: [\w-]+){0,2} (?:isi paket|isi pesanan|pesanan saya|paket saya|my order|my package|my name|nama saya|what i (?:bought|ordered)|the product i|order total)`;
// A third party who knows it: "tetangga saya bisa tahu isi paket saya", "people who knew my name and the product".
const THIRD_PARTY_KNOWS_RE = new RegExp(near(alternation('tetangga neighbour neighbor neighbours neighbors people orang orang-orang someone somebody they mereka penipu scammer scammers caller callers'), KNOWS_MY_ORDER, 40));
// The writer's own data put in a list or a group: "nomor saya ada di grup wa promosi", "my number was added to a group".
const IN_A_LIST_RE = new RegExp(near(OWN_DATA, String.raw`\b(?:ada|muncul|masuk|dimasukin|dimasukkan|added|appears?|showed up|ended up) (?:di|ke|to|in|on) (?:grup|group|list|daftar|file|spreadsheet|excel)\b`, 30));
const CALLER_KNOWS_RE = new RegExp(near(alternation('telpon telepon ditelepon ditelpon nelpon call calls called caller sms messaged texted'), String.raw`\b(?:tahu|tau|knew|knows|know|nyebut|menyebut|sebut|mentioned|quoted|quoting)\b(?: [\w-]+){0,2} (?:alamat|nama lengkap|address|full name|my name|nama saya|pesanan|order|isi paket|nomor resi|resi|riwayat)\b`, 40));
const GENUINE_AFTER_ALL_RE = /\b(?:ternyata (?:beneran|benar|memang|asli|resmi)|turned out (?:to be )?(?:real|legit|genuine|fine))\b/;

// ---- regulators, police and the courts ----------------------------------------------------
const AUTHORITY = 'bpom ylki ojk bpsk bpkn kemenhub kemendag kominfo komdigi kemenkes dinkes kppu bank_indonesia ombudsman attorney_general consumer_division satgas disperindag kementerian dinas lapor.go.id fda polisi police kepolisian polres polsek polda berwajib authorities authority regulator court pengadilan ftc bbb better_business_bureau consumer_protection consumer_affairs perlindungan_konsumen trading_standards watchdog';
const REPORT_VERBS = 'lapor laporkan laporin melapor melaporkan dilaporkan laporan aduin adukan mengadu diadukan ngadu pengaduan aduan bawa membawa report reporting reported filing file complaint contact contacting kontak take taking go goes going escalate escalating bring bringing forward forwarding teruskan meneruskan diteruskan menempuh lodge lodged lodging serahkan menyerahkan siap akan mau';
const REPORT_VERB = alternation(REPORT_VERBS);
// "mungkin lebih bagus jika ada food court" names no court.
const AUTHORITY_WORDS = alternation(AUTHORITY.replace(/\bpolisi\b/, 'polisi(?!_tidur)').replace(/\bcourt\b/, '(?<!food_)court'));
// A report verb near an authority, the writer on the way to one ("minggu depan aku ke YLKI"), or the
// authority left to judge ("let's see what the ombudsman thinks").
const AUTHORITY_RE = new RegExp([
  near(REPORT_VERB, AUTHORITY_WORDS, 60),
  String.raw`\b(?:aku|saya|gue|gw|kami|kita|i'm going|i am going|i'll go|we'll go|i will go|heading)(?: [\w-]+){0,2} (?:ke|datang ke|pergi ke|to|to the) ${AUTHORITY_WORDS}`,
  near(alternation("let's_see let_us_see we'll_see kita_lihat lihat_saja liat_aja"), AUTHORITY_WORDS, 40),
].join('|'));
// The writer's or a relative's profession ("I'm a lawyer and I love your coffee", "my lawyer friend
// recommended you", "om saya polisi") threatens nobody.
const PROFESSION_RE = /\b(?:(?:i am|i'm|saya|aku|as|sebagai)(?: a| an| seorang)? (?:lawyer|attorney|pengacara|advokat|police officer|polisi)|(?:lawyer|attorney|pengacara|police officer|polisi) (?:friend|friends|teman|temen|cousin|sister|brother|dad|mom|neighbour|neighbor)|(?:teman|temen|friend|cousin|sepupu|kakak|adik|om|tante|ayah|ibu|suami|istri|nephew|niece|uncle|aunt|dad|mom|son|daughter)(?: saya| aku| my)?(?: yang| who)?(?: is| jadi)?(?: a| an| seorang)? (?:lawyer|attorney|pengacara|police officer|polisi))\b/g;
/** The writer's or a relative's profession is named (the high-urgency head's gate reads it too). */
export function namesProfession(normalized: string): boolean {
  return normalized.search(PROFESSION_RE) !== -1;
}
// A report the writer nearly made ("tadinya mau lapor YLKI hehe") or a registration asked about
// ("udah ada izin BPOM kan?", "is the app regulated by OJK?") threatens no one.
const NOT_A_REPORT_RE = new RegExp(String.raw`\b(?:tadinya|hampir|almost|nearly|was going to|was about to|sempat)(?: mau| akan| to)? (?:lapor\w*|report\w*|ngadu|mengadu|sue|gugat|menggugat)\b|\b(?:izin|ijin|terdaftar|registrasi|sertifikat|berizin|registered|approved|regulated|licensed|diawasi)(?: [\w-]+){0,2} ${alternation(AUTHORITY)}|\b(?:nomor|cek|kode) (?:registrasi )?bpom\b`, 'g');
// Posed as a question ("legal action?") it asks, not threatens.
// Counsel named as the writer's own or handed the case: "saya serahkan ke kuasa hukum saya", "my attorney"
// ("menteri udah advokat" in a political rant is neither).
const OWN_COUNSEL = near(alternation('kuasa_hukum advokat attorney attorneys solicitor solicitors'), alternation('saya kami aku gue my our serahkan menyerahkan hubungi menghubungi contact contacting hand handing'), 30);
// A lawsuit as the writer's step: "saya sedang menyusun gugatan" ("bicara gugatan" in the news is not).
const OWN_LAWSUIT = near(alternation('gugatan'), alternation('saya kami aku gue menyusun mengajukan ajukan layangkan melayangkan siapkan'), 30);
const LEGAL_RE = new RegExp(`${OWN_COUNSEL}|${OWN_LAWSUIT}|${alternation('jalur_hukum pengacara lawyer lawyers gugat menggugat digugat sue suing somasi pidana small_claims police_report laporan_polisi lapor_polisi see_you_in_court take_you_to_court my_lawyer')}(?! \\?)|\\b(?:ketemu|bertemu|berjumpa|jumpa|see you|meet you|meet|selesaikan|diselesaikan|kita selesaikan|settle this|settle it|sort this out|sort it out|beresin|urus) (?:di|in|at) (?:pengadilan|court|meja hijau)\\b|\\bmeja hijau\\b|\\b(?:take|taking|pursue|pursuing|consider|considering|start|starting|ambil|mengambil|menempuh|tempuh|bawa|membawa) (?:(?:this|it|ini|masalah ini) (?:ke |to )?)?(?:legal action|legal steps|tindakan hukum|langkah hukum|ranah hukum)\\b(?! \\?)`);

// ---- counterfeits, scams and impersonation -------------------------------------------------
const FAKE = 'knockoff knock-off bootleg palsu kw fake counterfeit tiruan imitasi abal-abal bajakan replika asli ori original resmi official';
const FAKE_RE = new RegExp(`${alternation('knockoff knock-off bootleg palsu kw fake counterfeit tiruan imitasi abal-abal bajakan replika')}|${alternation('tidak_asli bukan_asli bukan_ori tidak_ori not_original not_genuine not_your_official bukan_akun_resmi bukan_akun_official')}`);
const SCAM = 'hadiah undian prize lottery menang won winner penipuan penipu ditipu tertipu ketipu tipu scam scammed scammer phishing fraud mengaku ngaku ngaku-ngaku claiming pretending posing minta meminta asked asking';
const SCAM_RE = new RegExp(`${alternation('penipuan penipu ditipu tertipu ketipu kena_tipu scam scammed scammer phishing fraud')}|${near(alternation('mengaku ngaku ngaku-ngaku claiming_to_be pretending_to_be posing_as'), alternation('admin cs customer_service kurir courier karyawan staff official resmi'), 30)}|${near(alternation('minta meminta asked asking'), alternation('otp kode_verifikasi kode_otp verification_code one-time'), 30)}`);
// How-to and worry questions ("cara bedain yang palsu?", "takut ketipu") name the family without reporting it.
const ONLY_ASKING_RE = new RegExp(alternation('cara how_do_i how_can_i how_to to_avoid avoid hindari takut afraid biar_tidak supaya_tidak bedain membedakan apa_benar benarkah is_it_true terhindar menghindari banyak_penipuan marak ke_mana kemana where_do_i where_can_i do_fake are_there_fake'));
// "jangan mudah tertipu" warns in general; it reports nothing.
const GENERAL_WARNING_RE = /\bjangan (?:mudah |sampai |gampang )?(?:tertipu|ketipu|percaya)\b/;
const SUSPECT_RE = new RegExp(near(alternation('asli ori original resmi official'), alternation('beda berbeda different tidak_bisa tidak_ada doesn\'t misspelled salah'), 60));

// A prize that costs money to claim, asked of the writer: "menang undian tapi disuruh transfer biaya admin".
const PRIZE_FEE_RE = new RegExp(near(alternation('hadiah undian prize lottery menang won winner'), alternation('transfer bayar pay send_money kirim_uang biaya_admin admin_fee pajak tax fee'), 50));
const ASKED_OF_WRITER_RE = new RegExp(alternation('minta meminta diminta disuruh suruh asked asking told_me requested'));

function counterfeitOrScam(text: RuleText): boolean {
  const t = text.normalized;
  const reported = SCAM_RE.test(t) || (PRIZE_FEE_RE.test(t) && ASKED_OF_WRITER_RE.test(t)) || FAKE_RE.test(t) || SUSPECT_RE.test(t);
  // "yang ori apa kw?" asks which one it is.
  const whichOne = /\b(?:asli|ori|original) (?:apa|atau|or) (?:kw|palsu|fake)\b/.test(t);
  // "kena tipu sama diri sendiri" laughs at oneself.
  const bySelf = /\b(?:tipu|ditipu|tertipu|ketipu|scammed|fooled) (?:sama|oleh|by) (?:diri sendiri|myself|my own)\b/.test(t);
  // "pernah kena tipu di toko lain, ini resmi kan?" was scammed elsewhere; one that posed as this brand still counts.
  const elsewhere = ELSEWHERE_RE.test(t) && !/\b(?:ngaku|mengaku|claiming|pretending|posing|atas nama|mengatasnamakan)\b/.test(t);
  return reported && !GENERAL_WARNING_RE.test(t) && !whichOne && !bySelf && !elsewhere && !GENUINE_AFTER_ALL_RE.test(t) && !(ONLY_ASKING_RE.test(t) && !HAPPENED.test(t));
}

const ELSEWHERE_RE = /\b(?:di|at|from|dari) (?:toko|tempat|olshop|shop|store|seller|online shop) (?:lain|sebelah)\b|\b(?:another|other|a different) (?:store|shop|seller)\b/;

// "Dangerously good" and "berbahaya buat dompet" are praise.
const DANGER_RE = new RegExp(unnegated('\\b(?:berbahaya|dangerous)\\b'));

// "ongkir ditagih dua kali ya kalau beda alamat?" asks what would happen; nothing has. A past tense
// inside the condition is still hypothetical: "kalau sudah saya cancel, masih ditagih?".
function asksWhatIf(t: string): boolean {
  return t.includes('?') && /\b(?:kalau|kalo|jika|if)\b/.test(t) && !HAPPENED.test(t.replace(/\b(?:kalau|kalo|jika|if|apakah)\b[^.?!,]*/, ''));
}

// Round six's leak shapes, each behind a word lookup: a list or group, a verb of knowing.
const LIST_WORDS: ReadonlySet<string> = new Set(words('grup group list daftar file spreadsheet excel'));
const KNOWING_WORDS: ReadonlySet<string> = new Set(words('tahu tau knew knows know nyebut menyebut sebut mentioned quoted quoting'));
function roundSixLeak(text: RuleText): boolean {
  const t = text.normalized;
  if (text.words.some((w) => LIST_WORDS.has(w)) && IN_A_LIST_RE.test(t)) return true;
  return text.words.some((w) => KNOWING_WORDS.has(w)) && (CALLER_KNOWS_RE.test(t) || THIRD_PARTY_KNOWS_RE.test(t)) && !GENUINE_AFTER_ALL_RE.test(t);
}

// Going public: share verbs, venues, audiences and warnings (urgency-public.ts).
const PUBLIC_ANCHORS_OLD = `${SHARE} ${VENUES} news reporters journalists awas just wait watch you'll lihat liat tunggu viral rame siap-siap press media wartawan jurnalis everyone orang followers semua netizen warganet people whole every all seluruh star bintang rating readers viewers audience fans pembaca penonton subscribers have got punya contacting contact calling call emailing hubungi menghubungi tipping upload unggah google goes going akun gosip lambe stop tujuan`;
const OLD_PUBLIC_ANCHOR_SET: ReadonlySet<string> = new Set(words(PUBLIC_ANCHORS_OLD));

const ALL_URGENCY_RULES: readonly Rule[] = [
  // Anchors are the rarer half of each pair (the symptom, the object), so common words such as "ada" or "after" never wake the rule.
  family('health_risk', `${SEVERE} ${SYMPTOM} perut kepala tenggorokan mati threw stomach allergic rontok loss falling ${ON_BODY} ${FOREIGN_OBJECTS} hospital rumah gembung basi berjamur jamur mold moldy expired kadaluarsa kedaluwarsa berkarat busuk rotten`, healthHarm),
  {
    reason: 'safety_risk',
    triggers: words('meledak ledakan kebakaran terbakar korslet korsleting nyetrum kesetrum asap berasap smoking exploded explode fire swelled rem blong celaka kecelakaan tertelan nelen menelan choking ugal nabrak berbahaya dangerous sni melted meleleh menggelembung overheating overheated'),
    matches: (t) => /\b(?:meledak|ledakan|kebakaran|terbakar|korslet|korsleting|nyetrum|kesetrum|keluar asap|berasap|(?<!non[- ]|no )smoking(?! area| room| section)|exploded|explode|caught fire|swelled|rem (?:mobil saya )?blong|celaka|kecelakaan|tertelan|nelen|menelan|choking|ugal-ugalan|hampir nabrak|tidak sesuai sni|melted|meleleh|menggelembung|overheating(?! protection)|overheated)\b/.test(t.normalized)
      || (DANGER_RE.test(t.normalized) && !/\b(?:enak|good|addictive|ketagihan|dompet|wallet)\b/.test(t.normalized)),
  },
  family('account_takeover', `${ACCOUNT} username poin points voucher vouchers saldo balance rewards miles limit paylater kredit credit kuota alamat address nomor phone shipping`, (t) => ((ACCOUNT_WORD_RE.test(t.normalized) && (TAKEOVER_RE.test(t.normalized) || UNASKED_CODE_RE.test(t.normalized) || CHANGED_BY_THEM_RE.test(t.normalized) || LOCKED_OUT_RE.test(t.normalized))) || CHANGED_BY_OTHER_RE.test(t.normalized) || USED_BY_OTHER_RE.test(t.normalized)) && !asksWhatIf(t.normalized)),
  family('unauthorised_charge', `${CHARGE} ${TAKEN} ditagih dicharge billed billing charging raib`, (t) => ((CHARGE_WORD_RE.test(t.normalized) && NOT_MINE_RE.test(t.normalized.replace(NEGATED_COMPLAINT_RE, '').replace(NEVER_ARRIVED_RE, ''))) || TAKEN_WITHOUT_LEAVE_RE.test(t.normalized) || DEBITED_FOR_NOTHING_RE.test(t.normalized) || UNKNOWN_CHARGE_RE.test(t.normalized) || (BILLED_AFTER_CANCEL_RE.test(t.normalized) && !asksWhatIf(t.normalized))) && !/\b(?:didn't expect|tidak (?:jelas|tahu))\b/.test(t.normalized)),
  family('money_lost', 'balance credit points poin koin coins terdebit didebit debited kepotong terpotong terdebet didebet charged dua 2 2x tiga 3 3x twice three dobel double ganda saldo uang dirugikan gone transfer bayar paid', (t) =>
    (REPEATED_CHARGE_RE.test(t.normalized.replace(TIMES_AS_MUCH_RE, '')) && !asksWhatIf(t.normalized))
      || DEBITED_NOT_RECEIVED_RE.test(t.normalized)
      || /\b(?:saldo (?:saya |aku |gue )?(?:hilang|raib)|uang (?:[\w-]+ ){0,3}(?:hilang|raib)|(?:saldo|balance|credit|points|poin|koin|coins)(?: [\w-]+)? (?:vanished|disappeared|is gone|was gone|went missing|ludes|lenyap)|dirugikan|\$\d+ gone|uang usaha saya tertahan)\b/.test(t.normalized)
      || /\b(?:sudah|already) (?:transfer|bayar|paid)\b[^.?!]{0,50}\b(?:tidak|never|menghilang)\b/.test(t.normalized)),
  family('data_leak', 'isi name bought ordered total pesanan info informasi ended jatuh tangan hands telpon telepon ditelepon ditelpon nelpon call calls called caller sms messaged texted nama resi full hacked dihack diretas alamat nomor nomer ktp nik email identitas data address number details alamatku nomorku nomerku dataku ktpku emailku identitasku alamatmu nomormu datamu bocor kebocoran leak leaked leaking breach breached tersebar kesebar disebar beredar dijual exposed muncul dipakai asing stranger strangers sales penipu scammer palsu spam phishing penipuan else\'s other people\'s everyone\'s lain', (t) => DATA_LEAK_RE.test(t.normalized) || STRANGER_KNOWS_RE.test(t.normalized) || SOMEONE_HAS_DATA_RE.test(t.normalized) || ((SPREAD_VERB_RE.test(t.normalized) || STRANGER_RE.test(t.normalized)) && PASSED_ON_RE.test(t.normalized)) || /\bdata breach\b/.test(t.normalized) || roundSixLeak(t)),
  family('threatens_regulator', `${AUTHORITY} better consumer perlindungan standards teruskan meneruskan diteruskan lapor laporkan laporin melapor melaporkan dilaporkan laporan aduin adukan mengadu diadukan ngadu pengaduan aduan`, (t) => AUTHORITY_RE.test(t.normalized.replace(NOT_A_REPORT_RE, '')) || AUTHORITY_RE.test(t.raw.replace(NOT_A_REPORT_RE, ''))),
  family('threatens_police', 'gugatan legal tindakan langkah ranah court pengadilan hijau jalur pengacara lawyer lawyers kuasa advokat attorney attorneys solicitor solicitors gugat menggugat digugat sue suing somasi pidana small police laporan lapor', (t) => LEGAL_RE.test(t.normalized.replace(PROFESSION_RE, ''))),
  family('threatens_viral', PUBLIC_ANCHORS_OLD, goesPublic),
  // Round six: the new shapes alone, when none of the anchors above is present (no reason twice).
  family('threatens_viral', PUBLIC_ANCHORS, (t) => !t.words.some((w) => OLD_PUBLIC_ANCHOR_SET.has(w)) && goesPublicByNewShape(t)),
  family('threatens_exposure', `pastikan memastikan make ensure let wait tunggu siap-siap siap awas lihat liat jadi menjadi be becomes become konten content thread review ulasan masuk goes go ends end nongol muncul everyone semua followers subscribers readers viewers audience fans pembaca penonton pengikut pengikutku netizen netizens warganet people internet star bintang rating cerita kronologi details hear learn read ${GATED_EXPOSURE_ANCHORS} ${CONTENT_ANCHORS}`, threatensExposure),
  family('warns_others_away', "jangan usah never don't not stay keep avoid boikot boycott nobody one ada", warnsOthersAway),
  family('counterfeit_or_scam', `${FAKE} ${SCAM}`, counterfeitOrScam),
  // Round seven: who is harmed, what happened, the writer's step, impersonation (urgency-round-seven.ts).
  ...ROUND_SEVEN_RULES,
  // Round seven b: a third batch of writers (urgency-round-seven-b.ts); every rule then loses its calm look-alikes.
  ...ROUND_SEVEN_B_RULES,
  // Round seven c: a fourth batch of writers (urgency-round-seven-c.ts), with its own calm look-alikes.
  ...ROUND_SEVEN_C_RULES,
  // Round eight: each weak family's structure (urgency-round-eight.ts).
  ...ROUND_EIGHT_RULES,
];

export const URGENCY_RULES: readonly Rule[] = ALL_URGENCY_RULES.map((r) => withCalmVetoD(withCalmVetoC(withCalmVeto(r))));

export const HIGH_URGENCY_REASONS: ReadonlySet<string> = new Set(URGENCY_RULES.map((r) => r.reason));

/** Reasons that only make a message urgent when its tone is not praise ("I'll post my review on TikTok, loved it!"). */
export const NEEDS_UNHAPPY_TONE: ReadonlySet<string> = new Set(['threatens_viral']);
