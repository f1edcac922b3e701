// Signals that make a claim or a promotion honest: a named source, a real deadline,
// stated terms, stated limitations. They are looked for anywhere in the same draft,
// because TRUST-RULES.md accepts "a source in the same post".
import { loosePhrases, matchesAnywhere, phrases } from '../text/pattern.js';

/**
 * A crowd is no source: "menurut netizen", "versi warganet", "voted the best by foodies",
 * "according to the internet", "kata pelanggan setia kami". People named by what they do
 * ("sleepers", "regulars", "members") count too, so the rule is a word shape plus a few
 * Indonesian nouns, not a list of every crowd. A named ranker ("Female Daily", "Nielsen",
 * "data Shopee") still counts as a source. Indonesian nouns take no plural: "para <anyone>"
 * and fans of a thing ("beauty enthusiast", "pecinta kopi") are a crowd too.
 */
export const CROWD = "(?:(?:our|the|local|para|semua|kami|kita|my|many|all|real|loyal|happy|fellow|anak|warga|ibu-ibu|orang)\\s)*(?:netizens?|warganet|internet|netijen|pelanggan|konsumen|pembeli|pengguna|customers?|followers|pengikut|penggemar|pecinta|fans|people|orang|everyone|everybody|anyone|masyarakat|mahasiswa|ibu|moms|mums|kids|students|locals|warga|crowds?|publik|public|tetangga|teman-teman|temen-temen|friends|neighbou?rs|parents|orang ?tua|emak-emak|bunda-bunda|mamah-mamah|anak(?:-anak)? [a-z]+|gen ?z|milenial|millennials|clients|guests|pengunjung|penonton|community|komunitas|audience|audiens|viewers|tiktok|twitter|medsos|sosmed|socmed|social media|reviews?|ulasan|testimoni(?:al)?s?|alumni|lulusan|jamaah|jemaah|[a-z]+(?:ers|ies|ians|ists)|(?:para|kaum|kalangan) [a-z]+|(?:[a-z]+ )?(?:enthusiasts?|lovers?|addicts?|junkies|geeks|pecinta [a-z]+|penikmat [a-z]+|pencinta [a-z]+))(?![a-z])";

/** A unit after "per" makes a rate, not a source. */
const PER_UNIT = '(?:hari|bulan|minggu|pekan|tahun|jam|menit|malam|orang|pax|porsi|pcs|buah|biji|unit|item|kg|gram|gr|liter|meter|lembar|botol|box|pack|paket|kamar|sesi|kelas|transaksi|day|days|night|month|year|week|hour|minute|person|head|serving|piece|room|session|class|use|order)(?![a-z])';
const MONTH = '(?:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|agst|aug|sep|sept|okt|oct|nov|nop|des|dec)[a-z]*';

/** A named source, study, registration or certificate. */
export const EVIDENCE = loosePhrases([
  '(?:sumber|source|ref|referensi|rujukan)\\s?:',
  '(?:sumber|source|referensi) (?:data|survei|survey|studi|riset)',
  // "paket data kita" is a mobile data plan, and "data kami" names no source.
  '(?<!(?:paket|kuota|pulsa|internet|mobile|seluler) )data (?!(?:pribadi|diri|kamu|kakak|anda|kita|kami|saya|aku|mereka|kalian|internet|seluler|plan|plans|package|quota)(?![a-z]))[a-z0-9]{2,}',
  `(?:berdasarkan|based on|according to|menurut) (?!kamu|kakak|anda|aku|saya|you|me|ku|kami\\b|${CROWD})[a-z0-9&]{2,}`,
  // "per" names a source ("per Nielsen"), not a rate: "dicicil per bulan", "Rp50rb per orang" (round eleven).
  `per (?!kamu|kakak|anda|aku|saya|you|me|ku|kami\\b|${CROWD}|${PER_UNIT})[a-z0-9&]{2,}`,
  // Where a ranking's figures come from: "datanya dari dashboard …", "Shopee Mall leaderboard", a dated poll.
  'data(?:nya)? (?:dari|from) [a-z]', 'leaderboard', '(?:dari|from|di|on|in) dashboard', 'seller cent(?:er|re)', `${MONTH} \\d{4} (?:poll|survey|survei|jajak pendapat)`,
  // A vague count tested is no source (round seven): "diuji di ratusan kucing".
  '(?:survei|survey|studi|study|penelitian|riset|research|uji klinis|uji klinik|clinical (?:study|trial)|tes lab|lab test|diuji|tested|uji) (?:oleh|by|di|at|pada|terhadap|on|dengan|with|independen|independent|lab)(?! (?:ratusan|ribuan|puluhan|banyak|hundreds|thousands|dozens|many|lots))',
  'n ?= ?\\d+',
  // A survey with its sample: "hasil survei 200 pelanggan kami", "a poll of 500 users".
  '(?:survei|survey|studi|study|riset|research|poll|jajak pendapat)(?: (?:of|terhadap|kepada|ke|dari))? \\d+ (?:pelanggan|customers?|orang|people|pengguna|users?|pembeli|buyers?|ibu|moms?|mums?|peserta|members?|anggota)',
  '\\d+ (?:responden|respondents|partisipan|participants|relawan|volunteers|panelis)',
  '(?:bpom|pom) ?(?:ri )?(?:no\\.? ?)?(?:na|md|ml|tr|si|ti|pirt|ni|dkl)[ -]?\\d{3,}',
  '(?:na|md|ml)\\d{6,}',
  '(?:no|nomor|nomer)\\.? ?(?:reg|registrasi|registration|sertifikat|certificate|izin|halal)',
  '(?:sertifikat|certificate|certified|bersertifikat|tersertifikasi|sertifikasi)',
  '(?:mui|bpjph|lppom)',
  'id\\d{8,}',
  '(?:sni|iso) ?\\d{3,}',
  // A giveaway's "5 pemenang" names no award (round seven).
  '(?<!\\d )(?:award|awards|penghargaan|pemenang|winner) [a-z0-9]',
  `versi (?!${CROWD})[a-z0-9]{2,}`,
  // A ranking with its ranker: "rated the best … by GadgetIn", "dinobatkan … oleh Female Daily".
  `(?:rated|voted|named|ranked|awarded|crowned|dinobatkan|terpilih)(?: [a-z0-9#&']+){0,7} (?:by|oleh) (?!you|kalian|kamu|${CROWD})[a-z0-9]`,
  `${MONTH} ?[-–] ?${MONTH} \\d{4}`,
  '(?:periode|period) (?:data|survei|penjualan|sales)',
  // A report the reader can open: "laporan lengkap di link bio", "full test report on our site".
  '(?:laporan|report|hasil uji|hasil tes|test results?|lab results?|dokumen)(?: [a-z]+){0,2} (?:ada |tersedia |bisa dicek |bisa dilihat |available )?(?:di|in|at|on) (?:link|bio|website|situs|web|highlight|our (?:site|website))',
]);

/** A real end: a calendar date, a clock time, or "until <weekday / end of month>". */
export const CONCRETE_END = loosePhrases([
  `\\d{1,2} ${MONTH}\\b`,
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`,
  '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}',
  '\\d{1,2}[.:]\\d{2} ?(?:wib|wita|wit|am|pm|a\\.m|p\\.m)',
  // "at 0% interest" is a rate, not a clock time.
  '(?:pukul|pkl|jam|at) \\d{1,2}(?:[.:]\\d{2})?(?![\\d%]|[.,]\\d)',
  '\\d{1,2} ?(?:am|pm)\\b',
  '(?:sampai|hingga|until|til|through|thru|berakhir|ends?|ending|berlaku|valid|deadline|batas|closes?|tutup|before|sebelum|by) (?:hari |tanggal |tgl |on |this |the )?(?:\\d{1,2}[/.-]\\d{1,2}|senin|selasa|rabu|kamis|jumat|jum\'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|akhir (?:bulan|minggu|pekan|tahun)|end of (?:the )?(?:month|week|year))',
]);

/** Terms of a promotion: period, quota, minimum, S&K, or where to read them. */
export const TERMS_STATED = loosePhrases([
  's&k',
  // A date or a day, not an amount: "mulai 99rb" and "limit sampai 20 juta" are prices.
  '(?:periode|period|berlaku|valid|mulai|starts?) (?:\\d(?![\\d.,]* ?(?:rb|ribu|k|jt|juta|%|x|kali|pcs|kg|gr|gram|ml|cm|mah|gb)(?:an)?(?![a-z]))|tanggal|tgl|hari|bulan|minggu|pekan)',
  // After "sampai" a number of months is a tenor ("cicilan 0% sampai 12 bulan"), not an end.
  '(?:sampai|hingga|until|s/d) (?:\\d(?![\\d.,]* ?(?:rb|ribu|k|jt|juta|%|x|kali|pcs|kg|gr|gram|ml|cm|mah|gb|bulan|bln|months?|tahun|thn|years?)(?![a-z]))|tanggal|tgl|hari|bulan|minggu|pekan)',
  '(?:kuota|quota) \\d',
  // A calendar month with its year is a period (round seven b): "Promo Desember 2026".
  '(?:promo|promosi|diskon|sale|offer|periode|period|berlaku|valid) (?:bulan |in |for )?(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december) \\d{4}',
  '\\d+ (?:pembeli|orang|pelanggan|buyers?|customers?|pemesan|transaksi|order) pertama',
  '(?:first|pertama) \\d+',
  '(?:min|minimal|minimum|min\\.) ?\\.? ?(?:belanja|pembelian|transaksi|order|purchase|spend|beli|rp|\\d)',
  '(?:maks|maksimal|max|maximum|maks\\.) ?\\.? ?(?:\\d|rp|potongan|diskon|cashback)',
  '(?:syarat|ketentuan|terms|conditions|detail|info|informasi)[a-z]* (?:lengkap |selengkapnya |promo |promonya )?(?:ada |bisa (?:di)?cek |cek |lihat )?(?:di|in|at|on|via) ',
  '(?:selama|during) (?:periode|bulan|pekan|minggu) ',
  // A pointer to where the terms are counts as stating them.
  '(?:bisa|dapat|silakan|please) (?:di)?(?:cek|lihat|check|see) (?:di |ke |in |on |at )?(?:link|bio|highlight|web|website|situs|katalog|ig|instagram|aplikasi|app|our (?:site|website|app))',
  '(?:dicek|dilihat|cek|lihat|check|see) (?:di |ke |in |on |at )?(?:link|bio|highlight|web|website|situs|katalog|ig|instagram|aplikasi|app|our (?:site|website|app))',
  '(?:ketentuan|syarat) berlaku', '(?:see|read) (?:the |our )?(?:full )?terms',
  // Credit told with its cost: a rate per period, the total repaid, the late fee, the APR.
  // A zero rate is the offer itself ("0% APR"), not its cost.
  // (Written without a digit class, which the phrase gate cannot read: a bare "0" is refused just before the %.)
  'bunga \\d+(?:[.,]\\d+)?(?<![^\\d.,]0)% ?(?:per|/|flat|efektif|tiap|setiap)', '\\d+(?:[.,]\\d+)?(?<![^\\d.,]0)% apr', 'representative apr',
  'total (?:bayar|pembayaran|tagihan|payable|repayable|amount payable|cost of credit)', 'denda (?:keterlambatan|telat) (?:rp|\\d)', 'late (?:payment )?fees? (?:of )?(?:rp|\\$|\\d)',
  // The fee named after its amount ("$10 late fee"), and who may borrow ("eligibility checks apply").
  '\\d[\\d.,]* (?:late|keterlambatan) (?:payment )?fees?', '(?:eligibility|lending|credit) (?:checks?|criteria) apply',
]);

/** The draft itself states a limitation or a risk. */
export const LIMITATION_STATED = phrases([
  '(?<!tanpa )kecuali', 'except(?:ing)?', 'tidak (?:cocok|untuk|disarankan|dianjurkan|direkomendasikan|dapat digunakan|boleh)', 'not (?:for|suitable|recommended|intended|meant)',
  'hindari', 'avoid', 'patch test', 'uji tempel', 'tes tempel', 'tes alergi', 'allergy test', 'konsultasi(?:kan)?', 'consult',
  'hasil (?:pada |tiap |setiap |masing-masing )?_ ?(?:bisa |dapat |mungkin |akan )?(?:berbeda|bervariasi|beda)', 'results? (?:may |can |will )?(?:vary|differ)', 'individual results', 'efek (?:tiap|setiap) orang',
  'jangan (?:dipakai|digunakan|diminum|dikonsumsi|dioleskan|dipakai)', "(?:don't|do not) (?:use|apply|take)", 'hanya untuk', 'only for', 'khusus (?:untuk|area|wilayah|pulau)', 'hanya (?:bisa|dapat|tersedia) (?:di|untuk)',
  '(?:ada|berisiko|mengandung|memiliki|punya) risiko', 'risiko (?:investasi|kerugian|penurunan|pasar|rugi)', '(?:involves?|carries|has|at your own) risks?',
  '(?:bisa|dapat|mungkin) (?:menimbulkan|menyebabkan|ada|muncul|terjadi) (?:efek samping|iritasi|reaksi|kemerahan)', 'may cause', 'batasan', 'keterbatasan', 'limitations?',
  'pengiriman (?:hanya|khusus)', 'delivery only', 'only (?:deliver|ship)[a-z]*', 'belum tentu', 'not everyone', 'tidak semua',
]);

/** A finance product naming its supervisor. */
export const OJK_STATED = phrases(['(?:berizin|terdaftar|diawasi|registered|licensed|supervised)_ (?:dan )?(?:diawasi |di |oleh |by |with )?(?:ojk|otoritas jasa keuangan|bank indonesia|bappebti|lps)', 'ojk']);

export const HEALTH_OR_FINANCE = phrases([
  'obat', 'herbal', 'suplemen', 'supplements?', 'jamu', 'kesehatan', 'health', 'penyakit', 'diseases?', 'medis', 'medical', 'vitamin', 'imun(?:itas)?', 'immun[a-z]*',
  'kolesterol', 'cholesterol', 'diabetes', 'hipertensi', 'darah tinggi', 'kanker', 'cancer', 'asam urat', 'gula darah', 'maag', 'jantung', 'ginjal',
  'investasi', 'invest(?:ment|ments|ing|or|ors)?', 'saham', 'stock market', 'reksa ?dana', 'kripto', 'crypto', 'trading', 'forex', 'pinjaman', 'pinjol', 'loans?', 'deposito', 'asuransi', 'insurance',
  'cuan', 'profit', 'return on', 'annual return', 'ojk', 'bunga (?:\\d|deposito|pinjaman|tabungan|per|tetap|rendah|ringan)', 'interest rates?', 'emas batangan', 'robot trading', 'binary option', 'dividen', 'dividends?',
]);

export interface DraftSignals {
  readonly evidence: boolean;
  readonly concreteEnd: boolean;
  readonly termsStated: boolean;
  readonly limitationStated: boolean;
  readonly ojkStated: boolean;
  readonly healthOrFinance: boolean;
}

/**
 * Signals are read lazily: most drafts only ever need one or two of them. One field per
 * signal (not a keyed cache object) keeps the property accesses monomorphic.
 */
class LazySignals implements DraftSignals {
  private evidenceValue: boolean | undefined;
  private concreteEndValue: boolean | undefined;
  private termsStatedValue: boolean | undefined;
  private limitationStatedValue: boolean | undefined;
  private ojkStatedValue: boolean | undefined;
  private healthOrFinanceValue: boolean | undefined;
  constructor(private readonly text: string) {}
  get evidence(): boolean {
    return (this.evidenceValue ??= matchesAnywhere(EVIDENCE, this.text));
  }
  get concreteEnd(): boolean {
    return (this.concreteEndValue ??= matchesAnywhere(CONCRETE_END, this.text));
  }
  get termsStated(): boolean {
    return (this.termsStatedValue ??= matchesAnywhere(TERMS_STATED, this.text));
  }
  get limitationStated(): boolean {
    return (this.limitationStatedValue ??= matchesAnywhere(LIMITATION_STATED, this.text));
  }
  get ojkStated(): boolean {
    return (this.ojkStatedValue ??= matchesAnywhere(OJK_STATED, this.text));
  }
  get healthOrFinance(): boolean {
    return (this.healthOrFinanceValue ??= matchesAnywhere(HEALTH_OR_FINANCE, this.text));
  }
}

export function readSignals(text: string): DraftSignals {
  return new LazySignals(text);
}
