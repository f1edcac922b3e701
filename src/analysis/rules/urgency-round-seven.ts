// Round-seven urgency shapes (issue #11 point 2): who is harmed, what happened, the writer's
// intent to report or go public, impersonation, in the sentence shapes of two new writers
// (slang-heavy Indonesian; English, Jaksel mix and formal "Bapak/Ibu" letters). They name the
// existing reasons, so the stacked models need no new features. Each shape is a `family`: its
// anchors are words every match contains, so it runs only on messages that carry one.
import { polarityOfWord } from '../text/polarity-words.js';
import type { Rule, RuleText } from './rule.js';
import { alternation as anyOf, family, HAPPENED, HYPOTHETICAL, near, NEGATED_BEFORE, unnegated } from './urgency-cues.js';
import { ASKS_LEAVE_RE, grievance } from './urgency-public.js';

/** Only asking how or whether ("cara lapor ke OJK?", "how do I spot a fake?"): nothing has happened. */
const HOW_TO_RE = /\b(?:cara|how do i|how can i|how to|gimana cara|bagaimana cara|ke mana(?!-)|where do i|where can i|tips)\b/;
const onlyAsks = (t: string): boolean => t.includes('?') && HOW_TO_RE.test(t) && !HAPPENED.test(t);
/** What would happen if ("kalau sudah saya cancel, masih ditagih?"): the past inside the condition is still hypothetical. */
const asksWhatIf = (t: string): boolean => t.includes('?') && /\b(?:kalau|kalo|jika|if)\b/.test(t) && !HAPPENED.test(t.replace(/\b(?:kalau|kalo|jika|if|apakah)\b[^.?!,]*/, ''));
/** A praise word with no complaint around it: "viralin aja, worth it", "the best" ("suka" is also "likes to", "secara baik-baik" is "amicably"). */
const NOT_PRAISE: ReadonlySet<string> = new Set(['suka', 'baik', 'baik-baik']);
const praises = (text: RuleText): boolean => text.words.some((w) => !NOT_PRAISE.has(w) && polarityOfWord(w) === 'positive') && !grievance(text);

// ---- health: who was harmed and how ------------------------------------------------------
// Breathing, fainting, the ER, a chemical burn: severe whoever it is.
// The lookahead first: a negation lookbehind tried at every position of a long review is dear.
const SEVERE_RE = new RegExp(`(?=\\b(?:susah|sulit|hard|difficulty|trouble|sesak|fainted|in|to|chemical|palpitations|pusing|lemas|mual)\\b)${NEGATED_BEFORE}(?:\\b(?:susah|sulit|hard to|difficulty|trouble|sesak) (?:napas|nafas|bernapas|bernafas|breathe|breathing)\\b|\\bfainted\\b|\\b(?:in|to) the er\\b|\\bchemical burns?\\b|\\bpalpitations\\b|\\b(?:pusing|lemas|mual)(?: [\\w-]+){0,2} (?:sampai|sampe|until) (?:jatuh|jatoh|pingsan)\\b)`);
// A foreign object or mould inside food: "ada baut kecil di dalamnya", "metal staple inside one".
const OBJECTS = 'baut kuku logam sekrup kawat kerikil staple staples screw bolt nail fingernail serpihan_kaca serpihan_logam serpihan_besi potongan_kuku';
const OBJECT_INSIDE_RE = new RegExp(near(unnegated(anyOf(OBJECTS)), anyOf('di_dalam di_dalem dalamnya dalemnya inside in_one in_my di_dalam_salah'), 40));
const MOULD_SEALED_RE = /\b(?:jamur|berjamur|mould|mold|mouldy|moldy)\b[^\n]{0,60}\b(?:tersegel|sealed|segel|expiry|exp)\b|\b(?:tersegel|sealed)\b[^\n]{0,60}\b(?:jamur|berjamur|mould|mold|mouldy|moldy)\b/;
// Symptoms the older lists lack, on a person or after use: "my son now has stomach cramps".
const SYMPTOMS = 'cramps kram keram puffed swell swelled swollen deg-degan deg2an berdebar sparking burn burns burning peeling bleeding berdarah drooling gemetar';
const SYMPTOM_WORDS: ReadonlySet<string> = new Set(SYMPTOMS.split(' '));
const PERSON_OR_USE = anyOf('pipi cheeks cheek eyelids eyelid kelopak gum gums gusi back punggung son daughter dad mom father mother grandma grandpa nenek kakek ayah bapak ibu anak suami istri adik dog kucing cat after setelah sesudah abis habis sejak minum makan pakai pake dikasih gave taking took drank ate');
const SYMPTOM_RE = new RegExp(near(unnegated(anyOf(SYMPTOMS)), PERSON_OR_USE, 50));
// Only the burn words need a body: "the toast burned".
const BODY_ONLY: ReadonlySet<string> = new Set(['burn', 'burns', 'burning', 'peeling', 'bleeding', 'berdarah', 'gemetar', 'sparking']);
const BODY_RE = new RegExp(near(anyOf('burn burns burning peeling bleeding berdarah sparking'), anyOf('pipi cheeks cheek eyelids gum gums gusi back punggung skin kulit'), 40));
// Each part runs only when one of its own words is present (rules run on every message).
const SEVERE_WORDS: ReadonlySet<string> = new Set(['susah', 'sulit', 'hard', 'difficulty', 'trouble', 'sesak', 'fainted', 'er', 'chemical', 'palpitations', 'pusing', 'lemas', 'mual']);
const OBJECT_WORDS: ReadonlySet<string> = new Set([...OBJECTS.split(' ').map((w) => w.split('_')[0] ?? w), 'jamur', 'berjamur', 'mould', 'mold', 'mouldy', 'moldy']);
const hasWord = (text: RuleText, set: ReadonlySet<string>): boolean => text.words.some((w) => set.has(w));

function healthHarm(text: RuleText): boolean {
  const t = text.normalized;
  if (hasWord(text, SEVERE_WORDS) && SEVERE_RE.test(t) && (!HYPOTHETICAL.test(t) || HAPPENED.test(t) || /\b(?:sampai|sampe|until)\b/.test(t))) return true;
  if (hasWord(text, OBJECT_WORDS) && (OBJECT_INSIDE_RE.test(t) || MOULD_SEALED_RE.test(t))) return true;
  const symptoms = text.words.filter((w) => SYMPTOM_WORDS.has(w));
  if (symptoms.length === 0 || !SYMPTOM_RE.test(t) || (HYPOTHETICAL.test(t) && !HAPPENED.test(t)) || praises(text)) return false;
  return symptoms.some((w) => !BODY_ONLY.has(w)) || BODY_RE.test(t);
}
// Smoke or sparks from a device: "mengeluarkan asap saat diisi daya", "started sparking".
const SMOKE_RE = /\b(?:mengeluarkan|ngeluarin|keluarin|ngeluarkan|keluarkan|keluar) asap\b|\b(?:started|starts|was|kept) sparking\b|\bpercikan api\b|\bhampir (?:kebakar|terbakar)\b|\bmenggembung\b/;

// ---- account: someone else in, or money moved without the writer -------------------------
// A sign-in detail changed and the writer denies it: "kata sandi berhasil diubah, padahal dia tidak ngapa-ngapain".
const CHANGED = String.raw`\b(?:password|kata sandi|sandi|pin|email|phone number|nomor hp|nomor telepon|nomor|address|alamat)\b(?: [\w'-]+){0,4} (?:was reset|had been changed|been reset|got reset|was changed|been changed|successfully changed|berhasil diubah|berhasil diganti|sudah diubah|sudah diganti|telah diubah|telah diganti|diubah|diganti|direset|reset)\b|\bwho changed\b`;
const DENIED = String.raw`\b(?:padahal|did not (?:reset|change|do|touch|request|ask)|have not (?:tried|reset|changed)|was not me|it was not me|bukan saya|bukan aku|bukan gue|tidak (?:pernah )?(?:ngapa-ngapain|ngapa2in|ngapain|merasa|ganti|ubah|mengubah|reset|minta)|never (?:changed|reset|requested|asked)|locked out|terkunci)\b`;
// Across a question mark: "Who changed the phone number? Because it was not me."
const CHANGED_DENIED_RE = new RegExp(`(?:${CHANGED})[^\\n]{0,90}${DENIED}|${DENIED}[^\\n]{0,90}(?:${CHANGED})`);
// A sign-in from a device or place the writer is not: "login dari perangkat baru di Batam, saya di Surabaya".
const NEW_DEVICE_RE = new RegExp(String.raw`\b(?:login|log in|sign-in|sign in)\b(?: [\w-]+){0,3} (?:dari|from) (?:perangkat|device|hp|iphone|android|lokasi|location)\b|\b(?:perangkat|device) (?:asing|baru|lain|tidak dikenal|unknown|new)\b[^.?!\n]{0,40}\b(?:terdaftar|registered|akun|account|login)\b`);
const NOT_THERE_RE = /\b(?:padahal|saya di|aku di|i am in|i live in|i was in|tidak ke ?mana|tidak kemana|tidak dapat lagi|tidak bisa lagi|never|tidak pernah)\b/;
// A balance drained: "saldo e-wallet suami kesedot 1,5 juta", "saldo gue drained overnight".
const BALANCE = anyOf('saldo balance wallet dompet e-wallet ewallet rekening tabungan tabungannya saldonya koin');
const DRAINED_STRONG_RE = new RegExp(near(BALANCE, anyOf('kesedot disedot tersedot drained drain ludes terkuras dikuras emptied wiped raib transfer_keluar'), 50));
const DRAINED_WEAK_RE = new RegExp(near(BALANCE, anyOf('kosong berkurang dipindah dipindahkan gone hilang ilang'), 50));
const SUDDEN_RE = /\b(?:tiba-tiba|suddenly|overnight|semalam|tanpa|padahal|tidak pernah|never|tidak (?:ada )?transaksi|jam \d|dibekukan|tidak dikenal)\b/;
// Money out that the writer never made: "potongan Rp2 juta yang tidak pernah saya lakukan", "I bought none of them".
const MONEY_OUT = anyOf('potongan mutasi kedebet didebit terdebit pembelian purchase purchases tagihan ditarik transaksi order_history riwayat_pesanan laptops');
const NEVER_MINE = String.raw`\b(?:tidak pernah saya (?:lakukan|buat|pesan|beli)|tanpa (?:ada )?(?:transaksi|persetujuan|izin)|tanpa persetujuan saya|bought none|ordered none|none of them|did not (?:buy|order|authori[sz]e|approve)|never (?:authori[sz]e|approve|approved|bought|ordered)|tidak pernah (?:approve|menyetujui|pesan|order|beli))\b`;
const NEVER_MINE_RE = new RegExp(`${MONEY_OUT}[^\\n]{0,90}${NEVER_MINE}|${NEVER_MINE}[^\\n]{0,90}${MONEY_OUT}`);
// Codes the writer did not ask for: "OTP 3x in a row padahal aku lagi tidur", "kode verifikasi padahal saya tidak sedang masuk".
const CODE_UNASKED_RE = new RegExp(near(anyOf('otp otps kode_verifikasi verification_code verification_codes kode_otp otp_code otp_codes'), String.raw`\b(?:not trying|have not tried|not logging|tidak sedang (?:masuk|login|log in)|lagi tidur|sedang tidur|tidak (?:pernah )?(?:minta|request|login)|every few minutes|in a row|tiap beberapa menit)\b`, 90));
// Points redeemed by someone else or never by the writer.
const POINTS_TAKEN_RE = new RegExp(near(near(anyOf('poin points point'), anyOf('ditukar ditukarkan redeemed dipakai using used nuker menukar'), 80), anyOf('orang_lain someone somebody tidak_pernah never bukan_saya never_saw'), 60));
// The account itself taken: "akun saya dihack", "di-takeover orang".
const TAKEN_OVER_RE = new RegExp(near(anyOf('akun account'), anyOf('dihack di-hack takeover di-takeover taken_over'), 30));
// A loan or paylater in the writer's name or with their ID: "pinjam uang pakai KTP saya", "paylater account opened in my name".
const IN_MY_NAME_RE = new RegExp(near(anyOf('pinjol paylater pinjaman loan debt_collector ditagih nagih pinjem pinjam tagihannya paket cod'), String.raw`\b(?:(?:pakai|pake|menggunakan|using|with) (?:ktp|identitas|nik|data) (?:saya|aku|gue)|in my name|atas nama saya|never (?:did|signed)|tidak pernah (?:daftar|mengajukan|pinjam))\b`, 80));
// A purchase by some other party with the writer's card: "ada pihak yang melakukan pembelian menggunakan kartu".
const THIRD_PARTY_BUYS_RE = /\b(?:ada pihak|ada orang|someone|somebody)\b[^.?!\n]{0,40}\b(?:pembelian|purchase|purchases|transaksi|belanja)\b[^.?!\n]{0,40}\b(?:kartu|card|saldo|akun)\b/;
// Billed again after the writer cancelled: "langganan telah saya batalkan ... tetap didebit".
const CANCELLED = String.raw`\b(?:sudah|telah|already|had)(?: saya| aku| i)? (?:batalkan|dibatalkan|cancel|cancelled|canceled|unsubscribe|unsubscribed)\b`;
const BILLED_AGAIN_RE = new RegExp(near(CANCELLED, anyOf('didebit terdebit kedebet ditagih charged billed debited tetap_didebit'), 80));

// ---- leak: the writer's data where it should not be --------------------------------------
const DUMP_RE = new RegExp(near(anyOf('database data_pelanggan data_customer data_member customer_list customer_records customer_data member_data spreadsheet excel records data_pembeli'), anyOf('forum telegram dijual jualan for_sale viral nyebar tersebar beredar advertising hacking dump sample sampel upload uploaded diupload'), 80));
// Someone else's data shown or sent to the writer: "your app showed me another customer's full profile".
const OTHERS_DATA_RE = new RegExp(near(String.raw`\b(?:another customer's|other customers|someone else's|data pelanggan lain|pelanggan lain|patient list)\b`, anyOf('showed shown sent attached melihat terlihat visible saw lihat nampil muncul was_in invoice profile id_card'), 60));
// A stranger who knows the writer's details: "ditelpon orang yang tahu nama, alamat, dan nomor resi".
const KNOWS_DETAILS = String.raw`\b(?:tahu|tau|mengetahui|knew|knows|menyebut|menyebutkan|nyebutin|sebutin)\b(?:[\s,]+[\w'-]+){0,3}?[\s,]+(?:nama|alamat|nik|tanggal lahir|rincian pesanan|nomor resi|tagihan|barang yang|my name|my address|my order|what i)\b`;
const CONTACTED = anyOf('telpon telepon ditelpon ditelepon nelpon sms dm whatsapp wa call called caller texted messaged cowok marketing sales');
const STRANGER_KNOWS_RE = new RegExp(KNOWS_DETAILS);
// Spam at an address or number given only to this shop: "email yang cuma dipake di sini dapat email phising".
const SPAM_RE = new RegExp(near(anyOf('spam di-spam phising phishing judi pinjol brosur telemarketer loan_offers spam_calls'), anyOf('cuma hanya only khusus doang the_same_day sejak since baru_install'), 100));
const CONTACT_DATA_RE = /\b(?:email|nomor|number|alamat|address|no hp|hp)\b/;
// Data sold or shared onwards: "kalian jual data pembeli ke pihak ketiga?", "did you sell my number?".
const SOLD_ON_RE = /\b(?:sell|sold|jual|menjual|share|kasih|berikan|memberikan)\b (?:my |data )?(?:data|number|nomor|customer data|data customer|data pembeli|data pelanggan)\b/;
// The writer's own details exposed or kept: "alamat rumah aku kelihatan di public profile", "driver nyimpen nomor aku".
const MY_DETAILS = String.raw`\b(?:alamat|nomor|address|number|invoice|label alamat|foto paket|photo of my parcel|data)\b(?: [\w-]+){0,2} (?:saya|aku|gue|my|anak saya|sendiri)\b|\bmy (?:full )?(?:address|number|invoice|parcel|phone)\b|\b(?:alamat|nomor)(?:ku|nya)\b`;
const EXPOSED = anyOf('ngirim mengirim dm texted messaged terlihat kelihatan visible public publik dipost diposting posted nampilin menampilkan kebuka dibuka nyimpen menyimpan kept screenshot group_chat ke_grup menyebarkan dipake dipakai dikirim');
const MY_DETAILS_EXPOSED_RE = new RegExp(near(`(?:${MY_DETAILS})`, EXPOSED, 60));
// Anyone can open it: "link tracking kalian bisa dibuka siapa saja dan menampilkan alamat lengkap".
const OPEN_TO_ANYONE_RE = new RegExp(near(String.raw`\b(?:(?:bisa|dapat) (?:dibuka|dilihat|diakses) siapa (?:saja|aja)|anyone can (?:see|open|view|access))\b`, anyOf('alamat nomor data address addresses phone number details'), 60));
const ALARM_RE = /\b(?:pengguna lain|other users|siapa aja|siapa saja|anyone|public|publik|forum|grup|group|orang lain|pihak lain|tanpa izin|never|tidak pernah|creepy|takut|unsafe|bodong|asing|stranger|ngajak|messaged me|pinjol|by mistake|ada yang|someone|somebody|padahal|texting me|personal messages)\b/;

// ---- regulators, police and the courts: the writer's step ---------------------------------
const AUTHORITY = 'bpom ylki ojk bpsk bpkn kemenhub kemendag kominfo kemenkominfo komdigi kemenkes dinkes kppu ombudsman satgas disperindag polisi police polres polsek polda penyidik authorities regulator health_department transport_ministry ministry kementerian consumer_tribunal consumer_court consumer_association lembaga_konsumen otoritas_jasa_keuangan card_issuer penerbit_kartu disputes_team';
const AUTH = anyOf(AUTHORITY.replace(/\bpolisi\b/, 'polisi(?!_tidur)'));
// Steps the older verb list lacks: "datengin BPSK", "tak laporke YLKI", "emailed the transport ministry",
// "see you di BPSK", "involve the Consumer Association", "OJK harus tahu", "Kominfo will be getting a screenshot".
const STEP = anyOf("emailed email filing filed file reporting reported laporkan laporke lapor laporin ajuin ajukan mengajukan nyusun menyusun serahin serahkan datengin datangi datangin see_you involve cc'd copying will_be_getting harus_tahu harus_tau to_see directly initiated membawa bawa kumpulin aduan pengaduan keberatan shall_i should_i");
const STEP_RE = new RegExp(near(STEP, AUTH, 60));
// Evidence kept for an authority: "udah aku screenshot buat Kominfo".
const EVIDENCE_FOR_RE = new RegExp(near(anyOf('screenshot screenshots bukti foto photos chat'), `\\b(?:buat|untuk|for|ke|kepada|getting)\\b(?: [\\w-]+){0,2} ${AUTH}`, 40));
// "if OJK found out ...", "kalo BPOM ngecek produk kalian lolos gak?": the authority as a threat.
const AUTH_FINDS_OUT_RE = new RegExp(String.raw`\b(?:kalau|kalo|if|what if|do you really want) (?:the )?${AUTH}(?: [\w-]+)? (?:tahu|tau|know|knew|found out|finds out|ngecek|cek|to see)\b|\b(?:reporting|report|lapor\w*) (?:you |kalian )?(?:to|ke) (?:them|mereka|sana)\b`);
// A report the writer nearly made: "tadinya mau lapor YLKI hehe".
const NEARLY_RE = /\b(?:tadinya|hampir|almost|nearly|was going to|sempat)\b/;
const REGISTRATION_RE = /\b(?:nomor|no|cek|kode|registrasi|izin|ijin|terdaftar|sertifikat) ?bpom\b|\bcekbpom\b/;
// Chargebacks and the card issuer's dispute desk: "chargeback initiated with my card issuer".
const DISPUTE_RE = /\b(?:chargeback|formal complaint|keberatan resmi|pengaduan resmi|dispute|disputes)\b[^.?!\n]{0,60}\b(?:initiated|filed|lodging|lodged|bank|card issuer|penerbit kartu|mengajukan)\b|\b(?:lodging|lodged|filing|filed) a (?:formal )?(?:complaint|dispute)\b/;
// Counsel on the thread, the case taken to the law: "solicitor cc'd", "membawa persoalan ini ke ranah hukum".
const LEGAL_RE = /\b(?:solicitor|lawyer|attorney|pengacara|kuasa hukum)\b[^.?!\n]{0,30}\b(?:cc'd|cc|copied|copying|on this thread)\b|\b(?:bawa|membawa|take|taking)(?: [\w-]+){0,3} (?:ke |to )?(?:ranah hukum|jalur hukum|legal action|court|pengadilan)\b|\bserahin\b[^.?!\n]{0,40}\b(?:polisi|police)\b|\b(?:illegal|melanggar)\b[^.?!\n]{0,30}\b(?:consumer law|consumer protection law|uu perlindungan konsumen|undang-undang perlindungan konsumen)\b/;

// ---- going public: media, creators, live streams, audiences -------------------------------
const MEDIA = 'journalist journalists jurnalis wartawan reporter reporters redaksi surat_pembaca local_news news consumer_desk consumer_column consumer_segment tv_station stasiun_tv portal_berita media_massa kompas detik detikcom kumparan tvone tempo straits_times media';
// A reporter or a creator interested in the writer's case, or the writer writing to one.
const MEDIA_TAKES_IT_RE = new RegExp(near(anyOf(`${MEDIA} content_creator creator kontenkreator influencer food_account`), anyOf('interested tertarik berminat cover meliput liput diliput memuat muat run_my_story run wants offered bahas written menulis emailed email kirimkan sent called laporin write replied'), 80));
// Live on a platform about the brand: "aku live IG depan outlet kalian", "sudah live ngebahas toko kalian".
const LIVE_RE = /\blive (?:ig|instagram|tiktok|youtube|yt)\b|\b(?:going|go|aku|saya|gue|sudah|udah|lagi) live\b/;
// Audiences told, informed or warned: "semua orang di komunitas sudah saya kabarin", "seluruh kolega saya mengetahui",
// "agar masyarakat berhati-hati", "ben kabeh wong ngerti", "if my 200k followers found out".
const AUDIENCE = anyOf('semua seluruh everyone all anggota members kolega kenalan tetangga komunitas grup group followers subscribers masyarakat orang kabeh wong people others');
// The writer's act or intent before the verb ("akan saya informasikan", "sudah saya kabarin", "pastikan ...
// mengetahui", "if my followers found out"), with an audience in the message: a review saying food lovers
// "mengetahui" the place is no threat.
const TOLD_ACT_RE = new RegExp(String.raw`\b(?:akan saya|sudah saya|telah saya|saya akan|aku akan|gue bakal|pastikan|i will|i'll|is going to|are going to|gonna|if)\b(?: [\w'-]+){0,6} ${anyOf('mengetahui ngerti found_out find_out informasikan kabarin dikabarin hear_about')}`);
const AUDIENCE_RE = new RegExp(AUDIENCE);
// Posted, spread or put on a venue: "sebarluaskan di media sosial", "put the whole email chain on LinkedIn",
// "posting this on r/indonesia", "my review video hits YouTube".
const VENUE = anyOf('media_sosial medsos social_media linkedin reddit r youtube tiktok instagram x twitter facebook google_maps google trustpilot tripadvisor surat_pembaca media_massa');
// The writer does it ("saya sebarluaskan", "I will put", "I am posting"), or their content "hits YouTube": not a story about someone's posts.
const SPREAD_RE = new RegExp(near(String.raw`(?:\b(?:saya|aku|gue|gw|i|i'll|i am|akan|bakal|will|mau)\b(?: [\w'-]+){0,3} ${anyOf('sebarluaskan menyebarluaskan put menyampaikannya menyampaikan menuliskan posting spill upload letting')}|\bmy (?:[\w-]+ ){0,2}(?:video|review|post|thread) hits\b)`, VENUE, 60));
const REVIEW_SITES = new Set(['trustpilot', 'google', 'tripadvisor', 'yelp', 'reddit']);
// "siap-siap jadi bahan thread gw", "mau aku bikin part 2?", "sebelum video unboxing ini saya upload".
const CONTENT_THREAT_RE = /\bbahan (?:thread|utas|video|konten|content|tiktok|review)\b|\b(?:video|thread|review|utas|konten|content)\b[^.?!\n]{0,40}\b(?:\d+k? views|part (?:2|two|dua))\b|\butas lengkap\b/;
const DEADLINE_RE = /\b(?:1x24|2x24|24 jam|kasih waktu|sebelum|before|last chance|kesempatan terakhir|sampai besok|by tomorrow|unless|apabila|bila|if i have to|kalau tidak|kalau gak)\b/;
// Tagging a media or watchdog account: "tagging @KompasTV, @detikcom", "mau saya tag @ylki @detikcom?".
const TAGS_MEDIA_RE = /@\w*(?:kompas|detik|kumparan|tvone|cnn|tempo|ylki|bpom|ojk|berita|news|lambe|gosip)\w*/;
// So that people know or beware: "biar orang pada tahu kualitasnya", "ben kabeh wong ngerti kelakuanmu".
const SO_PEOPLE_KNOW_RE = /\b(?:biar|supaya|agar|ben) (?:semua )?(?:orang|orang-orang|wong|kabeh wong|masyarakat|people|everyone|others)(?: pada| lain)? (?:tahu|tau|ngerti|mengerti|know|berhati-hati|waspada)\b/;
// "kalau media tahu kalian jual barang bekas ...?": the press as the threat.
const MEDIA_FINDS_OUT_RE = /\b(?:kalau|kalo|if|what if) (?:the )?(?:media|wartawan|netizen|netizens|press|journalists|reporters)(?: [\w-]+)? (?:tahu|tau|know|knew|found out|finds out)\b/;
// The writer has already gone to the press: "I've already written to a travel journalist", "saya laporin ke Kompas".
const WRITER_TO_MEDIA_RE = /\b(?:written|wrote|emailed|email|sent|called|contacted|laporin|lapor|kirimkan|diliput|liput|meliput)\b/;
// The writer's own content, with a deadline: "sebelum video unboxing ini saya upload", "apabila tidak ada penyelesaian, saya akan membuat utas".
const WRITER_CONTENT_RE = /\b(?:video|foto|thread|utas|review|ulasan|bukti|konten)\b(?: [\w-]+){0,5} (?:saya|aku|gue|i will|i'll) (?:upload|posting|post|sebar|spill)\b|\b(?:saya|aku|gue|i)\b(?: [\w'-]+){0,2} (?:membuat|bikin|buat|nulis|menulis|write|post)(?: [\w-]+){0,2} (?:utas|thread|video|review|ulasan)\b/;
const ONE_STAR_IF_RE = /\b(?:bintang (?:1|satu)|(?:one|1)[- ]star)\b/;

// ---- counterfeits, scams and impersonation -----------------------------------------------
// Someone using the brand's look: "akun IG pakai logo sama nama kalian", "a Facebook page ... with your logo".
const USES_THE_LOOK_RE = /\b(?:pakai|pake|menggunakan|using|with|running)\b(?: [\w-]+){0,3} (?:logo|nama|foto|foto-foto|wajah|profil|profile)\b(?: [\w-]+){0,3} (?:kalian|your|anda|bapak\/ibu|perusahaan|pimpinan)\b/;
// A clone of the brand: "web dengan domain mirip kalian", "copycat account", "TikTok clone", "menyerupai tagihan resmi".
const CLONE_RE = new RegExp(near(anyOf('clone cloned kloningan copycat niru meniru menyerupai plek domain_mirip lookalike look-alike verified-looking looked_exactly mirip_banget'), anyOf('akun account web website site domain page halaman toko invoice tagihan email surel link tiktok instagram bio kalian your'), 50));
// In the brand's name and asking for money or data: "akun yang mengatasnamakan perusahaan dan meminta transfer".
const IN_THEIR_NAME_RE = new RegExp(near(String.raw`\b(?:atas nama (?:kalian|perusahaan|anda|bapak|ibu|toko|brand|your|you)|mengatasnamakan|calling himself|calling herself|claiming to be|katanya dari|katanya dr|ngaku dari|ngaku dr)\b`, anyOf('minta meminta disuruh suruh otp transfer biaya data link tautan lowongan undian akun email kartu_kredit deposit deposits fee bayar'), 80));
// A lure with a fee, doubted or already paid: "lowongan atas nama kalian minta biaya training, itu beneran kalian?".
const LURE = anyOf('giveaway undian hadiah prize lowongan loker job job_offer kerja training pelatihan member_vip agent agen customs asuransi link apk');
const FEE = anyOf('bayar biaya fee fees ongkir transfer deposit deposits paid pay admin_fee');
const LURE_FEE_RE = new RegExp(near(LURE, FEE, 80));
const DOUBT_OR_LOSS_RE = /\b(?:beneran|bener|benar|resmi|yours|from you|was that you|not you|itu kalian|is this you|rugi|lost|gone|diblok|diblokir|blocked|vanished|kabur|tidak aktif|gak aktif|sudah transfer|udah transfer|ngilang|menghilang|kosong|katanya)\b/;
// The writer doubts a message is the brand's, and it asks for data or money: "ini bener CS kalian? dia minta foto KTP".
const DOUBT_RE = /\b(?:ini bener(?!-)|ini benar(?!-)|beneran|apakah itu resmi|is this (?:link )?from you|is it yours|was that you|not you|itu kalian|is this you|akun resmi anda)\b/;
const ASKS_DATA_RE = /\b(?:minta|meminta|asking|asks|wanted|verify|verifikasi|pembaruan data|kartu kredit|credit card|ktp|selfie|otp|password|bayar|transfer|fee|biaya|closed|ditutup|diblokir)\b/;
const DOUBT_ASKS_RE = new RegExp(`${DOUBT_RE.source}[^\\n]{0,80}${ASKS_DATA_RE.source}|${ASKS_DATA_RE.source}[^\\n]{0,80}${DOUBT_RE.source}`);
// The product itself betrays it: "barcode-nya tidak terdaftar", "nomor serinya sudah dipakai orang lain", "IMEI sudah aktif 8 bulan lalu".
const MARKS_RE = new RegExp(near(anyOf('barcode barcodenya barcode-nya serial serial_number nomor_seri nomor_serinya imei hologram certification sertifikasi label labelnya bpom_nya'), anyOf('tidak_terdaftar not_registered tidak_kebaca not_match does_not_match tidak_cocok sudah_aktif dipakai_orang dipake_orang fotokopi no_certification has_no punya_produk_lain rekondisi'), 60));
// The writer suspects a swap: "saya curiga dituker", "I suspect it was swapped".
const SWAPPED_RE = /\b(?:curiga|suspect|suspicious)\b(?: [\w-]+){0,3} (?:dituker|ditukar|swapped|switched|palsu|fake|kw|bukan asli)\b/;
const NOT_GENUINE_RE = /\bbukan (?:produk |barang )?(?:asli|ori|original)\b|\bnot (?:your|the|an|a) (?:original|genuine|authentic)\b|\b(?:rekondisi|refurbished) dijual baru\b|\bsold as new\b|\b(?:genuine|authentic|asli) one\b[^.?!\n]{0,30}\b(?:half|lighter|different|beda)\b|\bhalf what the genuine\b/;

const STRANGER_CONTACTED_RE = new RegExp(CONTACTED);
const SOLD_ON_CONTEXT_RE = /\b(?:spam|pinjol|brosur|nyasar|telemarketer|calls|judi|soalnya|because)/;
const MEDIA_STORY_RE = /\b(?:story|kisah|kasus|cerita|pengalaman|experience|about this|soal|mengenai|this)\b/;
const wronged = (t: RuleText): boolean => grievance(t) || DEADLINE_RE.test(t.normalized);

/** A shape (tested first: the guards cost more than most shapes) that counts unless the message only asks how, or praises; asking leave to post ("boleh aku upload video review-nya ke YouTube?") is no threat. */
function shape(reason: string, anchors: string, test: (t: string, text: RuleText) => boolean, praiseOk = false): Rule {
  const asksLeaveMatters = reason === 'threatens_viral';
  // Multi-word cues ("consumer_desk") are anchored by each of their words.
  return family(reason, anchors.replace(/(\w)_(\w)/g, '$1 $2'), (text) => test(text.normalized, text) && !onlyAsks(text.normalized) && (praiseOk || !praises(text)) && !(asksLeaveMatters && ASKS_LEAVE_RE.test(text.normalized)));
}

/** Trigger words, one list per shape: every match of the shape contains one of them. */
export const ROUND_SEVEN_RULES: readonly Rule[] = [
  family('health_risk', `susah sulit hard difficulty trouble sesak fainted er chemical palpitations pusing lemas mual ${OBJECTS} serpihan potongan jamur berjamur mould mold mouldy moldy ${SYMPTOMS}`, healthHarm),
  shape('safety_risk', 'mengeluarkan ngeluarin keluarin ngeluarkan keluarkan keluar sparking percikan hampir menggembung', (t) => SMOKE_RE.test(t)),
  // account
  // Sarcasm about security ("wah hebat banget security nya, saldo gue drained") is still a report: no praise guard here.
  shape('account_takeover', 'password sandi pin email phone nomor who address alamat', (t) => !asksWhatIf(t) && CHANGED_DENIED_RE.test(t), true),
  shape('account_takeover', 'login log sign-in sign perangkat device', (t) => !asksWhatIf(t) && (NEW_DEVICE_RE.test(t) && NOT_THERE_RE.test(t)), true),
  shape('account_takeover', 'otp otps kode verification', (t) => !asksWhatIf(t) && CODE_UNASKED_RE.test(t), true),
  shape('account_takeover', 'poin points point', (t) => !asksWhatIf(t) && POINTS_TAKEN_RE.test(t), true),
  shape('account_takeover', 'dihack di-hack takeover di-takeover taken', (t) => !asksWhatIf(t) && TAKEN_OVER_RE.test(t), true),
  shape('unauthorised_charge', 'saldo balance wallet dompet e-wallet ewallet rekening tabungan tabungannya saldonya koin', (t) => !asksWhatIf(t) && (DRAINED_STRONG_RE.test(t) || (DRAINED_WEAK_RE.test(t) && SUDDEN_RE.test(t))), true),
  shape('unauthorised_charge', 'potongan mutasi kedebet didebit terdebit pembelian purchase purchases tagihan ditarik transaksi order riwayat laptops', (t) => !asksWhatIf(t) && NEVER_MINE_RE.test(t), true),
  shape('unauthorised_charge', 'pinjol paylater pinjaman loan debt ditagih nagih pinjem pinjam tagihannya paket cod', (t) => !asksWhatIf(t) && IN_MY_NAME_RE.test(t), true),
  shape('unauthorised_charge', 'pembelian purchase purchases transaksi belanja', (t) => !asksWhatIf(t) && THIRD_PARTY_BUYS_RE.test(t), true),
  shape('unauthorised_charge', 'batalkan dibatalkan cancel cancelled canceled unsubscribe unsubscribed', (t) => !asksWhatIf(t) && BILLED_AGAIN_RE.test(t), true),
  // leak
  shape('data_leak', 'database data customer member spreadsheet excel records pembeli', (t) => DUMP_RE.test(t)),
  shape('data_leak', "another other customers someone else's pelanggan patient", (t) => OTHERS_DATA_RE.test(t)),
  shape('data_leak', 'tahu tau mengetahui knew knows menyebut menyebutkan nyebutin sebutin', (t) => STRANGER_KNOWS_RE.test(t) && STRANGER_CONTACTED_RE.test(t)),
  shape('data_leak', 'spam di-spam phising phishing judi pinjol brosur telemarketer loan', (t) => SPAM_RE.test(t) && (CONTACT_DATA_RE.test(t) || SOLD_ON_RE.test(t))),
  shape('data_leak', 'siapa anyone', (t) => OPEN_TO_ANYONE_RE.test(t)),
  shape('data_leak', 'data number nomor', (t) => SOLD_ON_RE.test(t) && SOLD_ON_CONTEXT_RE.test(t)),
  shape('data_leak', 'ngirim mengirim dm texted messaged terlihat kelihatan visible public publik dipost diposting posted nampilin menampilkan kebuka dibuka nyimpen menyimpan kept screenshot group chat grup menyebarkan dipake dipakai dikirim', (t) => ALARM_RE.test(t) && MY_DETAILS_EXPOSED_RE.test(t)),
  // regulator, police
  shape('threatens_regulator', `${AUTHORITY} health transport consumer lembaga otoritas card penerbit disputes bagian reporting report lapor laporkan`, (t) => !NEARLY_RE.test(t) && (AUTH_FINDS_OUT_RE.test(t) || (!REGISTRATION_RE.test(t) && (STEP_RE.test(t) || EVIDENCE_FOR_RE.test(t)))), true),
  shape('threatens_regulator', 'chargeback formal keberatan pengaduan dispute disputes lodging lodged filing filed', (t) => DISPUTE_RE.test(t), true),
  shape('threatens_police', 'solicitor lawyer attorney pengacara kuasa bawa membawa take taking serahin illegal melanggar', (t) => LEGAL_RE.test(t), true),
  // going public
  shape('threatens_viral', '_mention', (t, text) => TAGS_MEDIA_RE.test(text.raw) && /\b(?:tag|tagging|ngetag|mention)\b/.test(t)),
  shape('threatens_viral', `${MEDIA} content creator kontenkreator influencer food`, (t, text) => MEDIA_TAKES_IT_RE.test(t) && (wronged(text) || MEDIA_STORY_RE.test(t) || WRITER_TO_MEDIA_RE.test(t))),
  shape('threatens_viral', 'live', (t, text) => LIVE_RE.test(t) && /\b(?:kalian|outlet|toko|brand|bahas|ngebahas|your)\b/.test(t) && (wronged(text) || /\b(?:bahas|ngebahas|membahas)\b/.test(t))),
  shape('threatens_viral', 'biar supaya agar ben', (t) => SO_PEOPLE_KNOW_RE.test(t)),
  shape('threatens_viral', 'media wartawan netizen netizens press journalists reporters', (t) => MEDIA_FINDS_OUT_RE.test(t)),
  shape('threatens_viral', 'video foto thread utas review ulasan bukti konten', (t) => WRITER_CONTENT_RE.test(t) && DEADLINE_RE.test(t)),
  shape('threatens_viral', 'mengetahui ngerti found find informasikan kabarin dikabarin hear', (t, text) => TOLD_ACT_RE.test(t) && AUDIENCE_RE.test(t) && (wronged(text) || /\b(?:kejadian|perlakuan|soal|mengenai|about|how you)\b/.test(t))),
  shape('threatens_viral', 'sebarluaskan menyebarluaskan put hits menyampaikannya menyampaikan menuliskan posting spill upload letting', (t, text) => SPREAD_RE.test(t) && (wronged(text) || /\b(?:screenshots?|email chain|pengalaman|kasus|masalah|kejadian|this)\b/.test(t))),
  shape('threatens_viral', 'trustpilot google tripadvisor yelp reddit', (_t, text) => { const sites = text.words.filter((w) => REVIEW_SITES.has(w)).length; return sites >= 3 || (sites >= 2 && wronged(text)); }),
  shape('threatens_viral', 'bahan views part utas', (t) => CONTENT_THREAT_RE.test(t)),
  shape('threatens_viral', 'bintang star', (t) => ONE_STAR_IF_RE.test(t) && DEADLINE_RE.test(t)),
  // counterfeit and impersonation
  shape('counterfeit_or_scam', 'logo nama foto foto-foto wajah profil profile', (t) => USES_THE_LOOK_RE.test(t)),
  shape('counterfeit_or_scam', 'clone cloned kloningan copycat niru meniru menyerupai plek domain lookalike look-alike verified-looking looked mirip', (t) => CLONE_RE.test(t)),
  shape('counterfeit_or_scam', 'atas mengatasnamakan calling claiming katanya ngaku', (t) => IN_THEIR_NAME_RE.test(t)),
  shape('counterfeit_or_scam', 'giveaway undian hadiah prize lowongan loker job kerja training pelatihan member agent agen customs asuransi link apk', (t) => LURE_FEE_RE.test(t) && DOUBT_OR_LOSS_RE.test(t)),
  shape('counterfeit_or_scam', 'bener benar beneran resmi yours you', (t) => t.includes('?') && DOUBT_ASKS_RE.test(t)),
  shape('counterfeit_or_scam', 'barcode barcodenya barcode-nya serial nomor imei hologram certification sertifikasi label labelnya bpom', (t) => MARKS_RE.test(t)),
  shape('counterfeit_or_scam', 'curiga suspect suspicious', (t) => SWAPPED_RE.test(t), true),
  shape('counterfeit_or_scam', 'bukan not rekondisi refurbished sold genuine authentic asli half', (t) => NOT_GENUINE_RE.test(t)),
];
