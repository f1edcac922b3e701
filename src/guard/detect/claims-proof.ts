// Cure claims, unsourced numbers, authority endorsements and testimonials (section A).
import type { GuardDoc } from '../context/doc.js';
import { phrases } from '../text/pattern.js';
import { scan, type Hit } from './scan.js';

// Conditions a cosmetic, food or supplement may not claim to cure.
const CONDITION = '(?:jerawat|acne|pimples?|breakouts?|flek(?: hitam)?|noda hitam|dark spots?|kerutan|keriput|wrinkles?|selulit|cellulite|stretch ?marks?|komedo|blackheads?|bopeng|bekas jerawat|ketombe|dandruff|uban|rambut rontok|hair ?loss|kebotakan|botak|balding|penyakit|diseases?|diabetes|kencing manis|gula darah|kadar gula|tekanan darah|kolesterol|cholesterol|hipertensi|darah tinggi|hypertension|asam urat|gout|maag|gerd|asma|asthma|kanker|cancer|tumor|gatal-gatal|gatal|eksim|eczema|psoriasis|jamur|panu|kurap|kudis|obesitas|obesity|insomnia|nyeri|sakit (?:kepala|gigi|perut|pinggang|punggung|sendi)|migrain|migraine|wasir|ambeien|hemoroid|kista|miom|impotensi|ejakulasi dini|vertigo|stroke|sakit jantung|penyakit jantung|ginjal|hepatitis|flu|colds?|common cold|masuk angin|batuk|pilek|demam|covid|virus|infeksi|infections?|radang|peradangan|inflamasi|inflammation|melasma|hiperpigmentasi|hyperpigmentation|rosacea|dermatitis|bau badan|bau mulut|keputihan|kemandulan|infertility|stunting|autisme|autism|depresi|depression|anxiety|kecemasan|alergi|allergies|sembelit|constipation|diare|varises|osteoporosis|rematik|arthritis|encok|pegal linu|sakit)';
const STRONG_CURE = '(?:menyembuhkan|sembuhkan|mengobati|obati|menghilangkan|hilangkan|membasmi|basmi|mengusir|usir|menuntaskan|tuntaskan|memberantas|berantas|menghapus|hapus|melenyapkan|lenyapkan|cures?|cured|treats?|treating|heals?|eliminates?|gets? rid of|removes?|erases?|reverses?|ends?)';
const SOFT_CURE = '(?:mengatasi|atasi|meredakan|redakan|menurunkan|turunkan|melawan|lawan|mencegah|cegah|menormalkan|normalkan|clears?|fights?|prevents?|stops?|lowers?|reduces)';
const HELPED = '(?<!(?:membantu|bantu|helps?|help|dapat membantu|bisa membantu|can help|may help|to help|supports?|mendukung|untuk membantu|diformulasikan untuk) )';
const GONE = '(?:hilang|sembuh|lenyap|minggat|musnah|kabur|beres|tuntas|kempes|kering|bye|gone|cured|disappears?|vanish(?:es|ed)?|healed)';

const CURE = phrases([
  `${STRONG_CURE}(?: [a-z]+){0,2} ${CONDITION}`,
  `${HELPED}${SOFT_CURE}(?: [a-z]+){0,2} ${CONDITION}`,
  `${CONDITION}(?:nya|ku|mu)?(?: [a-z]+){0,2} ${GONE}`, `${GONE} ${CONDITION}`, `(?:bye|bye-bye|selamat tinggal|goodbye|say goodbye to|usir) ${CONDITION}`,
  'sembuh (?:total|permanen|tuntas|selamanya|100%)', 'menyembuhkan', 'mengobati',
  // The noun forms name the product as the cure: "obat herbal penurun gula darah".
  `${HELPED}(?:penurun|pereda|penghilang|penyembuh|pembasmi|pengusir|pencegah|peluruh|penghancur)(?: [a-z]+)? ${CONDITION}`,
  // A crowd of people cured is a cure claim as well as a testimonial.
  '(?:ribuan|jutaan|ratusan|puluhan|banyak|thousands of|hundreds of|millions of) (?:orang|pasien|pengguna|pelanggan|pembeli|bunda|ibu|customers|people|patients|users)(?: [a-z]+){0,2} (?:sudah |telah |have |already )*(?:sembuh|pulih|healed|cured|recovered)',
  // "paling manjur" is a superlative; on its own, manjur/mujarab/cespleng/tokcer claim a cure.
  '(?<!paling )(?:manjur|mujarab|cespleng|tokcer)', `ampuh (?:atasi|mengatasi|menghilangkan|hilangkan|basmi|usir|(?:untuk|buat) ${CONDITION})`,
  '(?:obat|krim|serum|ramuan|minyak|air) (?:ajaib|mujarab|dewa)', 'miracle(?: (?:cure|cream|serum|oil|product|drug|pill|worker|water))?', 'cures?', 'cure for',
  `bebas ${CONDITION} (?:selamanya|permanen|total|100%)`, `no more ${CONDITION}`, `tidak ada lagi ${CONDITION}`, 'anti (?:kanker|cancer|diabetes|virus|covid|penyakit)',
]);

const STAT = phrases([
  'terbukti', 'teruji (?:klinis|secara klinis|dermatologis|secara dermatologis|laboratorium|lab|secara ilmiah)', 'uji klinis', 'lolos uji', 'clinically (?:proven|tested|shown|approved)',
  'dermatologi(?:st|cally)[- ]?(?:tested|recommended|approved)', 'scientifically proven', 'proven (?:to|results|formula|effective)', 'lab[- ]tested', 'secara ilmiah',
  '(?:direkomendasikan|dianjurkan|disarankan|dipercaya|pilihan|rekomendasi|favorit) (?:oleh |para )?(?:dokter|dermatologis|dermatolog|ahli|pakar|bidan|apoteker|dokter kulit|spesialis|dr|beauty expert|beauty influencer|influencer)',
  '(?:doctor|dermatologist|expert|dentist|pharmacist|derm)s?[- ](?:recommended|tested|trusted|loved|favorite)', 'recommended by (?:doctors|dermatologists|experts|dentists|professionals)',
  '\\d+ (?:dari|out of|of|in) \\d+ (?:orang|wanita|pria|pengguna|pelanggan|customers?|users?|women|men|people|dokter|doctors|ibu|moms?|mums?|responden|dermatologists|perempuan|cewek)',
  '\\d+ ?/ ?\\d+ (?:orang|wanita|pria|pengguna|pelanggan|customers?|users?|women|men|people|dokter|doctors|dentists|dermatologists|experts|moms?|mums?|responden)',
  '(?:dokter|doctors?|dentists?|dermatologists?|dermatolog|experts?|ahli|pakar) (?:recommend|recommends|merekomendasikan|menyarankan|suggest|suggests|approve of|swear by)',
  '\\d+ (?:dari|out of) \\d+ (?:merasa|merasakan|puas|setuju|melihat|mengaku|bilang|menyatakan|recommend|agree|saw|noticed|reported?|felt|say|said|love|suka|cocok|berhasil)',
  '\\d+(?:[.,]\\d+)?% (?:pengguna|orang|wanita|pria|pelanggan|customers?|users?|women|men|people|responden|respondents|of (?:users|women|people|customers|participants|our customers|moms))',
  '\\d+(?:[.,]\\d+)?% (?:lebih|more|faster|less|fewer|better)', '(?:lebih|more|faster|better) \\d+(?:[.,]\\d+)?%', '\\d+x (?:lebih|more|faster|better|stronger)', '\\d+ kali (?:lebih|lipat)',
  '(?:hasil|results?|efek|effect|perubahan|terlihat|kelihatan|keliatan|visible|see (?:results|a difference|the difference)|putih|cerah|glowing|kinclong|turun|naik|hilang|tumbuh|berkurang|memudar|beda|difference|works?|bekerja|glow|brighter|whiter|clearer|kempes|langsing|kurus|slim|tinggi|lebat|mulus|kencang|sembuh|menyembuhkan|mengobati|menghilangkan|membasmi)(?:nya|ku)?(?: [a-z]+){0,3} (?:(?:dalam|in|within|hanya|cuma|only|setelah|after|sejak) (?:\\d+|hitungan|beberapa|satu|a|one|just|1) ?(?:x |kali )?(?:hari|minggu|pekan|jam|menit|detik|malam|days?|weeks?|hours?|minutes?|nights?|pakai|pemakaian|uses?|applications?)|(?:dalam|in|within|hanya|cuma|setelah) (?:seminggu|sehari|sebulan|semalam|sejam|overnight))',
  '(?:dalam|cuma|hanya|only|in|within) \\d+ ?(?:x |kali )?(?:hari|minggu|pekan|jam|days?|weeks?|hours?|pakai|pemakaian|uses?)(?: [a-z]+){0,3},?(?: [a-z]+){0,2} (?:hasil|results?|putih|cerah|glowing|kinclong|hilang|sembuh|mulus|turun|langsing|kurus|tumbuh|beda|terlihat|kelihatan|visible|gone|clear|clearer|brighter|whiter)',
  '(?:turun|naik|lose|lost|gain|drop|susut|tambah(?: tinggi)?) \\d+ ?(?:kg|kilo|cm|lbs|pounds|ukuran|sizes?)', '\\d+ ?(?:kg|cm) (?:dalam|in) \\d+',
]);

const AUTHORITY_BODY = '(?:bpom|badan pom|pom|ojk|kemenkes|kementerian(?: kesehatan)?|depkes|pemerintah|government|mui|who|fda|idi|ikatan dokter(?: indonesia)?|perdoski|bpjph|kominfo|bank indonesia|ministry of health|the government|health ministry|dinkes|ylki|negara|presiden)';
const AUTHORITY = phrases([
  `(?:direkomendasikan|dianjurkan|disarankan|disetujui|diakui|disahkan|direstui|didukung|diendorse|dipercaya|rekomendasi|recommended|approved|endorsed|backed|trusted|acknowledged|sanctioned|dipilih|pilihan)(?: resmi)? (?:oleh |by |dari )?(?:pihak |the )?${AUTHORITY_BODY}`,
  `${AUTHORITY_BODY}(?:[- ]approved|[- ]recommended|[- ]endorsed| merekomendasikan| menyetujui| menyarankan| mengakui)`,
  '(?:disetujui|diakui|disahkan|direstui) (?:oleh )?(?:para )?(?:dokter|ahli|dermatologis|pakar|dokter kulit)', '(?:approved|endorsed) by', 'officially (?:endorsed|approved|recommended)',
  'resmi (?:didukung|direkomendasikan|disetujui|diakui)', 'doctor[- ]approved', 'dermatologist[- ]approved',
]);

// A crowd is a big number ("10rb+", "ribuan"), not any count: "9 dari 10 pelanggan" is a statistic.
const CROWD = '(?:ribuan|jutaan|ratusan|puluhan ribu|ratusan ribu|banyak|thousands of|millions of|hundreds of|\\d+(?:[.,]\\d+)? ?(?:rb|ribu|k|jt|juta)\\+?|\\d+(?:[.,]\\d{3})*\\+|\\d{1,3}(?:[.,]\\d{3})+)';
const TESTIMONIAL = phrases([
  'testi(?:moni|monial|monials)? (?:real|asli|nyata|100%|jujur|no fake|bukan fake|bukan settingan|ori)', 'real testi(?:moni)?', 'no fake(?: testi(?:moni)?| review)?',
  'bukan (?:settingan|rekayasa|fake|editan)', 'tanpa (?:editan|rekayasa|settingan)', 'real (?:results?|reviews?|testimon[a-z]*|pict|pic|foto|before after|people)',
  `${CROWD}(?: lebih| an|\\+| more| over)?(?: happy| satisfied| loyal| setia)? (?:orang|customers?|pelanggan|pembeli|users?|ibu|wanita|member|members|reseller|buyers?|pengguna|bunda|moms?|cewek|yang|people|women)_ (?:sudah |telah |udah |already )?(?:membuktikan|buktikan|buktiin|bukti|merasakan|rasain|puas|cocok|sembuh|berhasil|repeat order|ketagihan|glowing|percaya|pakai|love|trust|swear|agree|use|rely)`,
  `join (?:over |more than )?${CROWD}(?: happy| satisfied| loyal)? (?:customers|people|users|members|moms|women|buyers)`,
  "(?:thousands|millions|hundreds|ribuan|jutaan|ratusan)(?: [a-z']+){0,3} (?:can't|cannot|couldn't|tidak (?:mungkin|bisa)) (?:be wrong|lie|salah|bohong)", '(?:thousands|millions|hundreds) of (?:happy |satisfied )?(?:customers|people|users|women|moms) (?:have|already|love|swear|trust|agree)',
  'sudah (?:terbukti|dibuktikan) (?:oleh )?(?:ribuan|jutaan|banyak)', 'bukti nyata', 'hasil nyata', 'terbukti nyata',
  '(?:saya|aku|gue|anak saya|anakku|suamiku|istriku|mamaku|ibuku|suami saya|istri saya|my (?:son|daughter|mom|husband|wife|kid)) (?:sudah |langsung |jadi |akhirnya )?(?:sembuh|healed|cured)',
]);
const BEFORE_AFTER = phrases(['before-? ?after', 'sebelum (?:dan |& )?sesudah']);

export function detectProof(doc: GuardDoc): Hit[] {
  return [
    ...scan(doc, 'CLAIM.HEALTH_CURE', CURE, { aspiration: true, question: true }),
    ...scan(doc, 'CLAIM.UNSUBSTANTIATED_STAT', STAT, { question: true, evidence: true }),
    ...scan(doc, 'CLAIM.AUTHORITY_ENDORSEMENT', AUTHORITY, { question: true }),
    ...scan(doc, 'CLAIM.TESTIMONIAL', TESTIMONIAL, { question: true }),
    // Before/after pictures pass when the draft says results vary.
    ...scan(doc, 'CLAIM.TESTIMONIAL', BEFORE_AFTER, { question: true }).filter(() => !doc.signals.limitationStated),
  ];
}
