// Superlatives, guarantees, purity and safety claims (TRUST-RULES.md section A).
// Tables name word families, not sentences: stems plus the slang the normaliser leaves.
import type { GuardDoc } from '../context/doc.js';
import { phrases } from '../text/pattern.js';
import { scan, type Hit } from './scan.js';

// ter- is a superlative only for these stems: never "terima", "tersedia", "terjadi".
const TER_STEMS = 'baik|murah|cepat|ampuh|laris|lengkap|percaya|aman|enak|besar|bagus|hebat|kuat|populer|favorit|unggul|depan|kemuka|canggih|mewah|lembut|hemat|efektif|laku|luas|banyak|tinggi|rendah|mudah|nyaman|hits|lezat|mantap|jitu|manjur|cantik|keren|bersih|wangi|istimewa|akurat|pintar|dahsyat|unik|segar|legit|kece|mahal|awet|ringan|tipis|top|the best';
const REGION = '(?: (?:se-?|di )(?:indonesia|indo|asia(?: tenggara)?|dunia|jagat|nusantara|kota|jakarta|jabodetabek|jawa|planet|bumi|kelasnya|market|pasaran))?';
// "paling" is a superlative except for these ("paling lambat 3 hari" = at the latest).
const PALING_EXCEPT = 'lambat|lama|tidak|sedikit|sering|suka|senang|seneng|penting|awal|akhir|atas|bawah|depan|belakang|dekat|jauh|kamu|kakak|kak|anda|aku|saya|kami|kita|dia|mereka|you|cocok|pas|sesuai|tepat|banyak \\d|cepat \\d|lama \\d|mungkin|gampang dihubungi|ditunggu|dicari customer|sensitif|kering|berminyak|rentan';

// Praise for the reader ("kalian terbaik", "you're the best") is thanks, not a product claim.
const TO_READER = "(?<!(?:kalian|kamu|anda|you|you're|your|you are|you guys are|u r)(?: (?:yang|memang|emang|semua|memang yang|itu))? )";
// A ter- word ranked over a place ("terempuk se-Indonesia", "terlezat sekota") is a
// superlative whatever its stem; only verbs and states are not ("tersedia se-Indonesia").
const SCOPE = '(?:se-[a-z]{3,}|se(?:indonesia|dunia|jagat|jagad|nusantara|kota|kabupaten|provinsi|pulau|kampung|asia|antero)|di (?:dunia|indonesia|asia|kota ini|planet ini))';
const TER_NOT_RANKING = 'sedia|jual|sebar|daftar|kirim|ima|jadi|masuk|lambat|buka|tutup|pasang|hubung|kenal|catat|cover|jangkau|gabung|pilih|bukti|verifikasi';
// English -est after "the" ("the crunchiest chips"); est words that are no superlative are dropped in code.
const ENGLISH_EST = "the (?:[a-z']+ )?[a-z]{2,}est(?! (?:way|ways|time|part|thing|option for you|news|update|updates|drop|collection|episode|post|version|info))";
export const SUPERLATIVE = phrases([
  `${TO_READER}ter-?(?:${TER_STEMS})${REGION}`,
  `${TO_READER}ter(?!(?:${TER_NOT_RANKING})(?![a-z]))[a-z]{3,} ${SCOPE}`,
  ENGLISH_EST,
  `paling (?!(?:${PALING_EXCEPT})(?![a-z]))[a-z]{3,}${REGION}`,
  '#1', 'juara 1',
  // "jangan sampai jadi satu-satunya yang nggak punya" singles out the reader (FOMO), it ranks nothing.
  'satu-satunya(?! (?:yang (?:nggak|gak|ga|tidak|belum|enggak|ndak)|cara|jalan|akun|account|kontak|nomor|channel|website|situs|admin|toko resmi|official))',
  '(?:tidak|tiada) (?:ada )?(?:yang )?(?:lawan|tandingan|saingan|duanya|banding|bandingan|sebaik|semurah|seampuh|sebagus|selengkap|secepat|seenak|yang (?:bisa )?(?:ngalahin|mengalahkan|menandingi|nandingin))',
  'tiada (?:tara|banding|tanding|duanya|lawan)', 'tidak tertandingi', 'anti saingan',
  `(?<!all )${TO_READER}the best(?! (?:way|time|place to|for you\\b|regards|wishes|of luck|part|friend|thing (?:to do|you can)|we can|i can|possible answer))`,
  'best (?:in|on|of) (?:town|the market|the world|indonesia|class|the planet|asia)', 'best (?:price|deal|quality|product|serum|choice|brand|value|skincare|formula|coffee) (?:in|on|ever|around)',
  'best ever', 'best-?seller', 'best-?selling', 'unbeatable', 'unbeaten', 'unrivall?ed', 'unmatched', 'unparall?el+ed', 'second to none',
  'nothing (?:beats|compares|comes close)', 'no one (?:beats|comes close)', "there's no better", 'no other (?:brand|product|serum|store|shop)',
  'one and only', '(?:hanya|only) (?:kami|kita|we)(?: yang| who)', "we're the only(?: ones?| brand)?", 'the only (?:one|brand|product|serum|store|shop|choice|solution|formula)(?! (?:account|official|in your|among your|of your))',
  "world's (?:best|first|leading|most|finest|#1|number)", 'leading brand', 'market leader', 'top-?rated',
  'most (?:effective|powerful|trusted|popular|affordable|complete|advanced|loved|reliable|comfortable|delicious|potent)',
  'cheapest', 'fastest', 'strongest', 'safest', 'greatest', 'biggest', 'finest', 'purest', 'smoothest', 'softest', 'freshest', 'lowest price', 'highest quality',
]);

// Harms a product can cause, read when declared absent (safety) and kept out of guarantees.
const ADVERSE = '(?:iritasi|irritation|irritate|irritating|alergi|allergies|allergic reactions?|reaksi(?: alergi)?|breakouts?|break (?:you )?out|kemerahan|redness|perih|gatal|stinging|sting|itching|itch|purging|bruntusan|jerawatan|ruam|rash(?:es)?|beracun|racun|toxic|toxins?|keracunan|poisoning|burns?|panas di kulit|lecet)';
// "Zero risk of irritation", "no risk of side effects", "zero risk meledak, aman total": a harm declared
// absent is a safety claim (CLAIM.SAFETY judges it), not a promised result (round fourteen). Money at risk stays.
const HARM_AFTER = `(?: (?:of|untuk|for|dari)?(?: any| a| an| apa pun| apapun)?)?(?: [a-z-]+){0,2},? (?:${ADVERSE}|mou?ld|moldy|jamur|berjamur|side effects?|efek samping|reactions?|meledak|explod(?:e|es|ing)|overheating|korslet|korsleting|aman|safe|even on|even for|bahkan untuk)(?![a-z])`;
const RESULT_WORDS = 'kelihatan|terlihat|keliatan|terasa|kerasa|berubah|nampak|tampak|berhasil|ampuh|manjur|sukses|works?|putih|glowing|glow|cerah|langsing|kurus|cantik|tinggi|hilang|sembuh|mulus|kinclong|tumbuh|lebat|turun|jadi|efektif|ngefek|laku|laris|lulus|ada hasil|berefek|bekerja|kaya|slim|aman';
const GUARANTEE = phrases([
  'dijamin(?! (?:(?:oleh )?lps|asli|ori|original|authentic|genuine|halal|aman|alami|natural|murni|safe|100% (?:asli|ori|original|halal|aman|alami|natural|murni)))',
  'terjamin (?:hasil|ampuh|berhasil)', 'jaminan (?:hasil|pasti|100%|berhasil)', 'menjamin', 'jamin', 'garansi (?:hasil|100%|pasti|berhasil|puas|sembuh)',
  `pasti (?:${RESULT_WORDS})`, `100% (?:${RESULT_WORDS}|guaranteed|terbukti|pasti|effective)`, 'anti (?:gagal|zonk)', 'tidak (?:mungkin|pernah|bakal|akan) (?:gagal|zonk)',
  // "auto glowing", "auto flawless": slang for an automatic result; not "auto debet", "auto reply".
  'auto (?!(?:debet|debit|reply|renews?|renewal|renewed|pay|payment|save|sync|update|pilot|focus|mode|complete|correct|generate|delete|post|repost|dm|order|cancel|refund|ship|shipping|send|responder|play|matic|mobile|motive|parts?|mation|mated)(?![a-z]))[a-z]{3,}',
  `langsung (?:${RESULT_WORDS})`, `tanpa risiko(?! ${ADVERSE})`, `bebas risiko(?! ${ADVERSE})`, `zero risk(?!${HARM_AFTER})`, 'risk-?free', `no risk(?!${HARM_AFTER})`, 'never fails?', "can't fail", 'cannot fail', 'fail-?proof',
  '(?<!(?:money[ -]back|refund|satisfaction|exchange) )guarante[ds]?(?! (?:delivery|shipping|refund|exchange|returns?|replacement|by|that we|a reply|response))',
  'instant (?:results?|whitening|glow|effect|effects|slimming)', 'instantly (?:whiter|brighter|slimmer|clear|cures?|removes?|gone|younger)',
  'hasil (?:instan|instant|seketika|langsung terlihat|kilat)', 'dalam semalam', 'overnight (?:results?|glow|whitening)', 'seketika',
  'works? (?:every time|100%|for sure)', '(?:tanpa|without) (?:diet|olahraga|exercise|dieting|gym|effort|usaha|ribet diet)(?: (?:dan|atau|or|and) (?:diet|olahraga|exercise|gym))?', 'sure to work', '(?:results|success|hasil) guaranteed',
]);

const PURITY_WORDS = 'alami|natural|murni|asli|organik|organic|original|ori|halal|herbal|pure|genuine|authentic|vegan|nabati';
const PURITY = phrases([
  `100% (?:${PURITY_WORDS}|bahan alami)`, `(?:${PURITY_WORDS}) 100%`, 'murni(?! (?:review|pendapat|opini|pengalaman|karena|dari hati|iseng|sharing))', 'pure(?! (?:joy|luck|love|happiness|fun|bliss))', 'all-? ?natural', 'full natural', 'fully natural', 'serba alami',
  'semua bahan(?:nya)? (?:alami|natural|organik)', 'bahan alami semua',
  '(?:dijamin|pasti|produk|barang|item) (?:asli|ori|original|authentic|genuine|halal|alami|natural|murni)', 'asli (?:100%|ori|original)', 'ori(?:ginal)? (?:100%|asli|dijamin)', 'genuine', 'authentic',
  'tanpa bahan kimia', 'bebas bahan kimia', 'chemical-? ?free', 'no chemicals?', 'non-? ?kimia', 'halal(?! ?bihalal| bi halal| (?:food |lifestyle |fashion )?(?:expo|fair|festival|bazaar|market|housing|project|tourism|summit|event|week))',
]);

const SAFETY = phrases([
  // A harm declared absent outright: "zero risk of irritation", "no risk of any side effect", "nol risiko alergi" (round fourteen).
  `(?:zero|no|nol|tanpa|tidak ada) (?:risk|risiko|resiko)(?: (?:of|untuk|for|dari))?(?: any| a| an| apa pun| apapun)? (?:${ADVERSE}|mou?ld|side effects?|efek samping|reactions?|meledak)`,
  '(?:100%|sangat|benar-benar|dijamin|pasti|super|sepenuhnya|totally|completely|perfectly|absolutely|fully|entirely|guaranteed) (?:aman|safe)',
  'safe for (?:everyone|all|anyone|everybody|everything)', '(?:aman|safe) (?:100%|total|totally|completely)',
  'aman (?:untuk|bagi|buat|dipakai|digunakan|dikonsumsi) (?:semua|siapa saja|siapapun|siapa pun|segala|jangka panjang|selamanya)',
  'aman (?:untuk|bagi|buat|dikonsumsi|dipakai|digunakan)(?: oleh)? (?:ibu hamil|bumil|ibu menyusui|busui|bayi|balita|anak-anak|newborn|pregnant|babies)', 'safe (?:for|during) (?:pregnancy|babies|newborns|pregnant)',
  'tanpa efek samping', '(?:tidak|tiada|zero|no|nol) (?:ada )?efek samping', 'bebas efek samping', 'zero side effects?', 'no side effects?', 'without (?:any )?side effects?',
  'free (?:from|of) side effects', 'side-? ?effect-? ?free', 'tidak berbahaya', 'tidak (?:ada )?bahaya', 'harmless', 'no harm', 'never (?:irritates|causes irritation|harms?)',
  'tidak (?:akan )?(?:menimbulkan|bikin|membuat|menyebabkan) (?:iritasi|efek|alergi|bahaya)',
  // Any adverse reaction declared absent: "zero iritasi", "won't irritate", "no breakouts".
  `(?:zero|nol|anti|bebas|tanpa|no|without(?: any)?|free (?:from|of)) ${ADVERSE}`,
  `(?:won't|will not|never|doesn't|does not|tidak(?: akan| bakal)?(?: pernah)?)(?: (?:bikin|membuat|menimbulkan|menyebabkan|memicu|cause|trigger|make (?:you|your skin)))? ${ADVERSE}`,
  '(?:aman|safe) (?:banget|sekali|pol|parah)',
  'non-? ?toxic', '(?:tidak|tak) beracun', `(?:bebas|tanpa|zero|no) (?:risiko|resiko|risk of) ${ADVERSE}`,
]);

// -est words that are not superlatives of a quality.
const EST_WORDS: ReadonlySet<string> = new Set([
  'latest', 'rest', 'interest', 'request', 'forest', 'honest', 'modest', 'west', 'guest', 'contest', 'harvest', 'suggest', 'invest', 'protest', 'test', 'nest', 'manifest',
  'digest', 'arrest', 'earnest', 'quest', 'chest', 'crest', 'conquest', 'priest', 'pest', 'vest', 'zest', 'fest', 'midwest', 'eldest', 'youngest', 'oldest', 'nearest', 'closest',
]);

function isQualitySuperlative(doc: GuardDoc, hit: Hit): boolean {
  const excerpt = doc.text.slice(hit.start, hit.end);
  if (!excerpt.startsWith('the ') || !excerpt.endsWith('est')) return true;
  const last = excerpt.slice(excerpt.lastIndexOf(' ') + 1);
  return !EST_WORDS.has(last);
}

// "Modalmu aman 100%", "your capital is completely safe": money kept whole is a guaranteed
// return (guaranteed-return.ts), not a product said to be harmless.
const MONEY_BEFORE = /(?:modal|dana|uang|capital|investasi|investment|tabungan|saldo|deposit|deposito|money|savings|aset|assets|principal)(?:mu|ku|nya| kamu| anda| kakak| kalian)?(?: (?:is|are|stays|tetap|selalu|always|dijamin))? $/;
const aboutMoney = (doc: GuardDoc, h: Hit): boolean => MONEY_BEFORE.test(doc.text.slice(Math.max(0, h.start - 30), h.start));

export function detectOverpromise(doc: GuardDoc): Hit[] {
  const superlatives = scan(doc, 'CLAIM.SUPERLATIVE', SUPERLATIVE, { aspiration: true, question: true, evidence: true }).filter((h) => isQualitySuperlative(doc, h));
  // A superlative about a medicine or an investment misleads about health or money.
  if (doc.signals.healthOrFinance) for (const hit of superlatives) hit.severity = 'block';
  return [
    ...superlatives,
    ...scan(doc, 'CLAIM.ABSOLUTE_GUARANTEE', GUARANTEE, { aspiration: true, question: true }),
    ...scan(doc, 'CLAIM.PURITY_100', PURITY, { question: true, evidence: true }),
    ...scan(doc, 'CLAIM.SAFETY', SAFETY, { question: true }).filter((h) => !aboutMoney(doc, h)),
  ];
}
