// Round eleven (issue #11 point 1): three claim families read at their cause, not by phrase.
//
// CLAIM.SUPERLATIVE = a ranking + no real source. Two shapes the older tables let through:
//  - the ranking leans on hearsay ("katanya", "banyak yang bilang", "or so we keep hearing",
//    "according to basically every fan", "word of mouth", "the word is out", "kata pelanggan, dan
//    kami setuju") in its sentence or the next. Hearsay is no source even when the evidence
//    signal reads one elsewhere in the draft ("according to …", "sertifikat"), and a ranking
//    answered by hearsay is stated even when it was asked ("… terbaik se-Jabodetabek? … begitu kata …").
//  - every rival is denied the rank: "no other agent in this city has a better one", "nggak ada pet
//    shop lain yang selengkap kami", "dibanding travel mana pun".
// CLAIM.FAKE_FREE = a free word + a paid condition in its sentence: the beneficiary who pays, buys,
//    books or signs ("for students who pay …", "bagi pasien yang membeli …"), "as long as you book",
//    "asal transaksi di atas Rp…", a sum added ("tambah Rp49 ribu", "just add a Rp250k …"), a contract
//    signed, a card required or a renewal into a paid plan. A waived or denied condition is blanked
//    first ("no card required", "tanpa syarat pembelian", "nothing renews").
// CLAIM.COMPETITOR_DISPARAGE = a reference to unnamed others + a negative evaluation of them later
//    in the sentence (or the next, when the reference stands alone): a put-down on its own; a fault,
//    a simile or a bad habit only when the draft sets the brand against them ("We hand you sales",
//    "pindah sini aja", "kami tidak begitu", "real butter cookies from a real home kitchen").
//    Speech denied ("kami tidak bilang toko lain jelek") is narrowed in claim-narrowing.ts.
// Every wide table is lazy, read only after a gated cue of its family matched on the draft.
import type { GuardDoc } from '../context/doc.js';
import { CROWD } from '../context/evidence.js';
import { isAspiration, isNegated } from '../context/guards.js';
import { anchors, anyAnchorMatched } from '../text/gate.js';
import { allMatches, collapseLetters, lazyPhrases, phrases, type Match } from '../text/pattern.js';
import type { Hit } from './scan.js';

const sentenceAt = (doc: GuardDoc, pos: number): number => doc.sentences.findIndex((s) => s.start <= pos && pos < s.end);

// ---- a ranking on hearsay, or over every rival ----------------------------------------------------
/** Hearsay: a claim passed on from unnamed people (gated: most drafts have none). */
const HEARSAY = phrases([
  'katanya', 'kata(?:nya)? (?:banyak|semua|para|orang|mereka|pelanggan|customer|pembeli)', 'banyak yang (?:bilang|bilangin|ngomong|bilang gitu)', 'begitu kata', 'gitu kata', 'kata orang',
  'orang-orang bilang', 'semua orang bilang', 'dan kami setuju', 'kami pun setuju', 'and we agree', 'we have to agree',
  'or so we(?: keep)? hear(?:ing)?', 'so we(?: keep)? hear', 'we keep hearing', "we've been told", 'people (?:say|keep saying|tell us)', 'word of mouth', 'the word is out', 'word on the street',
  'according to (?:basically |pretty much |almost |nearly )?(?:every|all|most|many|everyone|everybody|anyone)', 'widely (?:regarded|considered|seen|known|called)', 'generally (?:regarded|considered)',
  'rumou?r has it', 'konon', 'kabarnya', 'ceritanya',
]);
// Any ranking word: ter-/-est of any stem (the hearsay is the cue), "paling", "favourite", "leading".
const TER_NOT_RANKING = 'sedia|jual|sebar|daftar|kirim|ima|jadi|masuk|lambat|buka|tutup|pasang|hubung|kenal|catat|cover|jangkau|gabung|pilih|bukti|verifikasi|letak|gantung|tarik|kait|ganggu|bawa|tulis|simpan|sisa|batas|diri|utama|nyata|lihat|dengar|asa|kena|kejut|ingat|lupa|ganti|pakai|isi|cipta|bentuk|hadap|us|masa|akhir|lalu|baru|sendiri|serah|tentu|lebih|golong|muat|dapat|pisah|kadang|laksana|lanjur|paksa|sangka|buru|lewat|ikut|tahan|tinggal|kunci|bakar|jebak|tipu|libat|bit|bang|jun|rima|kadang|gesa|cengang|kesan|pikat|tarik|lupakan';
const EST_NOT_RANKING = 'latest|rest|interest|request|forest|honest|modest|west|guest|contest|harvest|suggest|invest|protest|test|nest|manifest|digest|arrest|earnest|quest|chest|crest|conquest|priest|pest|vest|zest|fest|midwest|eldest|youngest|oldest|nearest|closest|honestly';
const RANKING = lazyPhrases([
  `ter(?!(?:${TER_NOT_RANKING})(?![a-z]))[a-z]{3,}`, 'paling [a-z]{3,}', `(?!(?:${EST_NOT_RANKING})(?![a-z]))[a-z]{2,}est`, 'most [a-z]{3,}', 'number one', 'nomor (?:satu|wahid|1)', '#1', 'no\\. ?1',
  'the (?:best|top|leading|favou?rite|go-to)', 'best', 'favou?rite', 'favorit', 'leading', 'top (?:pick|choice|rated|spot)', 'nomor satu', 'juara', 'andalan', 'se[a-z]{4,} (?:kami|kita)',
]);

function hearsayRanking(doc: GuardDoc): Hit[] {
  for (const said of allMatches(HEARSAY, doc.text)) {
    if (isNegated(doc, said.start)) continue;
    const i = sentenceAt(doc, said.start);
    const from = doc.sentences[i - 1]?.start ?? doc.sentences[i]?.start ?? 0;
    const to = doc.sentences[i + 1]?.end ?? doc.sentences[i]?.end ?? doc.text.length;
    // The ranking in the hearsay's sentence, the one before it (answered by it) or the next.
    const ranking = allMatches(RANKING, doc.text).find((r) => r.start >= from && r.end <= to && (r.end <= said.start || r.start >= said.end) && !isNegated(doc, r.start));
    if (ranking !== undefined) return [{ rule: 'CLAIM.SUPERLATIVE', start: ranking.start, end: ranking.end }];
  }
  return [];
}

/** Every rival denied the rank: "no other agent … has a better one", "nggak ada X lain yang selengkap kami". */
const NO_RIVAL = phrases([
  "no other (?:[a-z'-]+ ){1,8}(?:[a-z]+er|better|more [a-z]+|as [a-z]+ as|comes close|beats? (?:us|it|this|ours))(?![a-z])",
  "(?:nobody|no one|none) (?:else )?(?:[a-z'-]+ ){0,4}(?:does it|makes it|has|offers|gives) (?:[a-z'-]+ ){0,2}(?:better|cheaper|faster|like (?:we|us))(?![a-z])",
  '(?:tidak|nggak|gak|ga|enggak|tak) ada (?:[a-z-]+ ){0,3}(?:lain|lainnya)(?: [a-z-]+){0,8} (?:yang )?(?:se[a-z]{4,}|lebih [a-z]+ (?:dari|daripada) (?:kami|kita))(?![a-z])',
  '(?:dibanding|dibandingkan|daripada|ketimbang) (?:[a-z-]+ ){0,3}(?:mana ?pun|manapun|apa ?pun|siapa ?pun)(?![a-z])',
]);
// The most of all time: "sambal terpedas yang pernah ada", "the juiciest burger ever". Found from its last
// word, read backwards (a regex that may start at any word cost some 8 % of a check on drafts with "pernah").
const EVER_WORD = new RegExp(collapseLetters(String.raw`\b(?:ever|yang pernah (?:ada|dibuat|kamu|anda|kalian|kakak))\b`), 'g');
const RANKED_BEFORE = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(ter[a-z]{3,}|[a-z]{3,}est)(?: [a-z']+){0,2} $`));
const NOT_A_RANK = new RegExp(collapseLetters(`^(?:ter(?:${TER_NOT_RANKING})|${EST_NOT_RANKING})$`));

function everRanking(doc: GuardDoc): Match | undefined {
  EVER_WORD.lastIndex = 0;
  for (let m = EVER_WORD.exec(doc.text); m !== null; m = EVER_WORD.exec(doc.text)) {
    let from = Math.max(0, m.index - 40);
    while (from > 0 && /[a-z]/.test(doc.text[from - 1] ?? '')) from--;
    const lead = RANKED_BEFORE.exec(doc.text.slice(from, m.index));
    const word = lead?.[1];
    if (lead === null || word === undefined || NOT_A_RANK.test(word)) continue;
    const start = from + lead.index + lead[0].indexOf(word);
    if (!isNegated(doc, start) && !isAspiration(doc, start)) return { start, end: m.index + m[0].length };
  }
  return undefined;
}

function noRivalRanking(doc: GuardDoc): Hit[] {
  const m = allMatches(NO_RIVAL, doc.text).find((r) => !isAspiration(doc, r.start)) ?? everRanking(doc);
  return m === undefined ? [] : [{ rule: 'CLAIM.SUPERLATIVE', start: m.start, end: m.end }];
}

// ---- free + a paid condition ----------------------------------------------------------------------
// Normalised text has doubled letters collapsed ("free" reads "fre"); phrases() collapses its own.
const FREE_CUE = phrases(['gratis', 'free', 'complimentary', 'cuma-cuma', 'bebas biaya', 'on the house', 'on us']);
const NOT_AN_OFFER = new RegExp(collapseLetters(String.raw`(?:-|\b(?:feel|gluten|sugar|cruelty|hands|stress|risk|worry|hassle|alcohol|paraben|fragrance|duty|tax|toll|fat|scent|care|bpa|bebas) )$`));
const PAY = '(?:pay|pays|paying|buy|buys|buying|purchase|purchases|subscribe|subscribes|order|orders|spend|spends|top up|commit|upgrade|prepay|bayar|membayar|beli|membeli|belanja|berbelanja|transaksi|bertransaksi|langganan|berlangganan|sewa|menyewa|ambil paket|daftar paket|checkout|check out)';
// A sum as normalised text writes it: "rp49 ribu", "rp250k", "$9.99", "300 ribu".
const CURRENCY = '(?:rp|\\$|usd|idr|s\\$|rm)';
const DIGITS = '\\d[0-9.,]*(?:k|rb|ribu|jt|juta|an)?';
const AMOUNT = `${CURRENCY}? ?${DIGITS}`;
const PAID_CONDITION = lazyPhrases([
  // The beneficiary who pays: "for students who pay", "bagi pasien yang membeli", "buat yang order".
  `(?:who|that|yang) (?:[a-z']+ ){0,2}?${PAY}(?![a-z])`,
  // A condition clause: "as long as you book", "when you sign", "asal transaksi di atas".
  `(?:as long as|provided|when|if|once|asal|asalkan|asal kamu|kalau|jika|selama|dengan syarat|syaratnya) (?:you |kamu |kakak |anda |kak )?(?:[a-z']+ )??${PAY}(?![a-z])`,
  `(?:di atas|minimal|min|above|over|at least) ${AMOUNT}`,
  // A sum added to the free thing: "tambah Rp49 ribu", "just add a Rp250k …", "plus $9".
  `(?:tambah|nambah|plus|just add|add) (?:a |an |only |cuma |hanya )?${CURRENCY} ?${DIGITS}`,
  // A renewal into a paid plan, or a card taken on the way in.
  '(?:perpanjang|diperpanjang|perpanjangan) otomatis', '(?:billing|charges?|tagihan|penagihan) (?:starts?|begins?|mulai)', '(?:automatically|otomatis) (?:[a-z]+ )?(?:billed|charged|berbayar|ditagih|renews?|diperpanjang)', 'auto-? ?renew(?:s|al|ing)?', 'converts? (?:in)?to (?:a )?(?:paid|paying)', `(?:then|lalu|kemudian|after that) ${CURRENCY} ?${DIGITS}`,
  '(?:card|credit card|kartu kredit|kartu debit)(?: [a-z]+){0,2} (?:required|wajib|needed|harus)', '(?:wajib|harus|required to) (?:[a-z]+ ){0,2}(?:kartu kredit|credit card|card)',
  // A contract or a fee the free thing hangs on: "when you sign a 36-month contract", "admin fee of Rp2 million".
  `(?:contract|kontrak|tenor|plan|paket|package)(?: [a-z]+){0,2} (?:of|selama|for) ${DIGITS}`, '(?:admin|handling|booking|registration|development|activation) fee', 'biaya (?:admin|pendaftaran|registrasi|aktivasi|pengembangan|layanan|penanganan)',
  // Booking or signing for something paid: "book the 4-night package", "sign a 36-month contract".
  '(?:book|books|booking|pesan|memesan) (?:the |a |any |our )?(?:[a-z0-9-]+ ){0,2}(?:package|paket|tour|trip|stay|nights?|malam)(?![a-z])',
  '(?:sign|signs|signing|tanda ?tangan|menandatangani) (?:a |an |the )?(?:[a-z0-9-]+ ){0,2}(?:contract|kontrak|agreement|perjanjian|lease|polis)(?![a-z])',
]);
const WAIVED = new RegExp(collapseLetters(String.raw`(?:tanpa|tidak|tak|bukan|no|without|not|never|nothing|don't|dont|do not|bebas|we|kami|kita)(?: [a-z']+){0,3} *$`));

function freeWithPaidCondition(doc: GuardDoc): Hit[] {
  const frees = allMatches(FREE_CUE, doc.text).filter((f) => !NOT_AN_OFFER.test(doc.text.slice(Math.max(0, f.start - 12), f.start)) && !isNegated(doc, f.start));
  if (frees.length === 0) return [];
  for (const c of allMatches(PAID_CONDITION, doc.text)) {
    const at = sentenceAt(doc, c.start);
    const free = frees.find((f) => f.end <= c.start && sentenceAt(doc, f.start) === at);
    if (free === undefined) continue;
    // A waived or denied condition, or a cost the brand bears ("we cover the ongkir"), is no catch.
    if (WAIVED.test(doc.text.slice(Math.max(doc.sentences[at]?.start ?? 0, c.start - 24), c.start)) || isNegated(doc, c.start)) continue;
    return [{ rule: 'CLAIM.FAKE_FREE', start: c.start, end: c.end }];
  }
  return [];
}

// ---- unnamed others + a negative evaluation -------------------------------------------------------
/** Words every reference to unnamed others holds (gated). */
const RIVAL_CUE = phrases([
  'other', 'others', 'most', 'many', 'some', 'half the', 'those', 'lain', 'lainnya', 'sebelah', 'satu lagi', 'kompetitor', 'pesaing', 'competitors?', 'the famous', 'old-school', 'cheap ones', 'out there', 'di luar sana', '(?:satu|1) lagi',
  'kebanyakan', 'banyak', 'ujung jalan', 'ujung gang', 'depan', 'near the',
]);
const PEOPLE_OR_OWN = '(?:people|persons?|friends?|customers?|clients?|kids?|parents?|mums?|moms?|users?|members?|buyers?|guests?|patients?|students?|readers?|followers?|fans?|shoppers?|riders?|passengers?|pembeli|pengguna|member|peserta|penumpang|pasien|tamu|nasabah|murid|siswa|pengunjung|penonton|kakak|bunda|ibu|bapak|days?|times?|ways?|things?|words?|sizes?|colou?rs?|flavou?rs?|options?|hand|side|orang|teman|temen|pelanggan|anak|warna|ukuran|varian|rasa|pilihan|menu|hari|waktu|kali|cara|kami|kita|aku|saya)';
const FIRST_PERSON = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:kami|kita|we|we're|we've|our|ours|sini|here)(?![a-z])`));
const OWN_BEFORE = new RegExp(collapseLetters(`(?:^|[^a-z])(?:${PEOPLE_OR_OWN}|${CROWD})(?: (?:kami|kita|saya|aku|our|my))? (?:yang )?$`));
/** The reference itself (lazy: after the cue). */
const RIVAL = lazyPhrases([
  // The shortest noun phrase (lazy repeats), so the judgement that follows is not read as part of the reference.
  `(?:the |those )?other (?!${PEOPLE_OR_OWN}(?![a-z]))(?:[a-z'-]+ ){0,3}?[a-z]+`, `(?:most|some|half the|those|many) (?!${PEOPLE_OR_OWN}(?![a-z]))(?:[a-z'-]+ ){0,3}?[a-z]+s(?![a-z])`,
  'the famous (?:[a-z]+ ){1,3}(?:near|by|on|at|in) the [a-z]+', 'the (?:old-school|cheap|cheaper|big) (?:[a-z]+ )?(?:ones|[a-z]+s)(?![a-z])', '(?:kompetitor|pesaing|competitors?)',
  '(?:yang )?(?:satu|1) lagi', 'yang lain(?:nya)?', 'lain(?:nya)?', 'di (?:ujung|depan|seberang) (?:jalan|gang|pasar|stasiun|sana)(?: [a-z]+)? itu', 'di luar sana', 'out there', 'sebelah',
  `(?:kebanyakan|banyak) (?!${PEOPLE_OR_OWN}(?![a-z]))[a-z]+ (?:[a-z]+ )?(?:lain|di (?:sini|sekitar|kota|luar))`,
  `kebanyakan (?!${PEOPLE_OR_OWN}(?![a-z]))(?:[a-z-]+ ){0,2}?[a-z]+`,
]);
/** Put-downs: bad faith or worthless goods, disparaging on their own. */
const PUT_DOWN = lazyPhrases([
  'reheat(?:s|ed)?', "yesterday's", 'charge (?:[a-z]+ )?(?:double|twice|extra)', 'overcharge[sd]?', 'swap parts', "(?:they|you) don't need", 'flood-prone', 'rip you off', 'take your (?:money|budget|cash)',
  'full of (?:margarine|fillers?|sugar|air|water|msg|micin|chemicals|plastic|lies|hype)', 'marketing with', 'enjoy wobbly', 'wobbly', 'flimsy', 'shoddy', 'junk', 'fake', 'scams?', 'gimmicks?',
  'asal (?:kirim|jadi|jual|pasang|bungkus|cuci|potong)', 'asal-asalan', 'dikibulin', 'dibohongi', 'ditelantarkan', 'telantar', 'nambah-nambahin', '(?:cuma|hanya) segitu', '(?:cuma|hanya) (?:air|gimmick|janji|kemasan)', '(?:that|which|yang) (?:actually|actualy|beneran|benar-benar)',
  '(?:siap-siap|siap siap|bersiaplah)(?: saja)? (?:kecewa|nyesel|menyesal|rugi|zonk|dikibulin|ditipu|dibohongi)', 'rekondisi', '(?:gampang|mudah|cepat|cepet) (?:ngelupas|mengelupas|rusak|pecah|patah|luntur|sobek|robek|bocor|karatan|berkarat|jebol|copot|lepas|pudar)',
  'air micin', 'kayak kura-kura', 'lemot', 'lelet', 'abal(?:-abal)?', 'murahan', 'diputar', 'ga ada sertifikat', 'nggak ada sertifikat', 'tidak ada sertifikat', 'gak ada sertifikat',
  'diam-diam', 'nol besar', 'jadul', 'barang bekas', 'janji manis',
  "don't care", "doesn't care", "couldn't care", 'never (?:answer|reply|call back|pick up)', 'look cheap until', 'so cheap',
]);
/** Faults, similes and habits: disparaging when the brand is set against them. */
const FAULT = lazyPhrases([
  '(?:kayak|kaya|seperti|like) [a-z]+(?:-[a-z]+)?', '(?:suka|sering|hobi|doyan|selalu|always|usually) [a-z]+', 'bikin (?:[a-z]+ ){0,2}(?:kering|rusak|iritasi|kusam|kecewa|bau|gatal)', 'pretty deck', 'hand you', 'cheap',
  'slow', 'late', 'telat', 'mahal', 'ribet', 'rusak', 'jelek', 'parah', 'kering kerontang', 'bermasalah', 'retak', 'bocor', 'alot', 'pelit', 'basi', 'lambat',
]);
// The next sentence answers the reference: the brand's own side, or a verdict on the others ("Ya wajar, …").
const ANSWER_OPENER = new RegExp(collapseLetters(String.raw`^ *(?:we|kami|kita|our|di sini|if you|kalau mau|(?:ya )?wajar|pantas|pantes|makanya|no wonder|funny how)(?![a-z])`));
const US = lazyPhrases(['we', 'our', 'ours', 'us', 'kami', 'kita', 'di sini', 'sini', 'punya kami', 'actually', 'beneran', 'real', 'asli', 'pindah sini']);

function rivalRunDown(doc: GuardDoc): Hit[] {
  // The references first: the cue words ("lain", "most", "other") are common and rarely point at rivals, so
  // the judgement tables are read only when a reference stands. "Pelanggan kami yang lain", "warna lain":
  // people or the brand's own range; "the most …": a superlative; no rival there.
  const rivals = allMatches(RIVAL, doc.text).filter((r) => !OWN_BEFORE.test(doc.text.slice(Math.max(0, r.start - 30), r.start)) && !doc.text.startsWith('the most', r.start - 4));
  if (rivals.length === 0) return [];
  const putDowns = allMatches(PUT_DOWN, doc.text);
  const faults = allMatches(FAULT, doc.text);
  const warning = WARNING.test(doc.text);
  if (putDowns.length === 0 && faults.length === 0 && !warning && !FIRST_PERSON.test(doc.text)) return [];
  const judged = (judgements: readonly Match[]): Hit | undefined => {
    for (const ref of rivals) {
      const i = sentenceAt(doc, ref.start);
      const sentence = doc.sentences[i];
      // "Other X? …": a reference that ends its sentence is judged in the next one.
      const alone = sentence !== undefined && /^[ "']*[?.!]/.test(doc.text.slice(ref.end, sentence.end));
      // "Some brands call it clean beauty. We call it marketing …": the brand's answer is the next sentence.
      const next = doc.sentences[i + 1];
      const answered = next !== undefined && ANSWER_OPENER.test(doc.text.slice(next.start, next.end));
      const limit = alone || answered ? (next?.end ?? doc.text.length) : (sentence?.end ?? doc.text.length);
      const said = judgements.find((j) => j.start >= ref.end && j.end <= Math.min(limit, ref.end + 120) && !isNegated(doc, j.start));
      if (said !== undefined) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: ref.start, end: said.end };
    }
    return undefined;
  };
  const strong = judged(putDowns) ?? (warning ? warnedOff(doc, rivals) : undefined) ?? likenedBack(doc, rivals, putDowns);
  if (strong !== undefined) return [strong];
  const weak = judged(faults);
  if (weak !== undefined && allMatches(US, doc.text).some((m) => m.start >= weak.end || m.end <= weak.start)) return [weak];
  const contrast = contrastedWithUs(doc, rivals);
  return contrast === undefined ? [] : [contrast];
}

// The others set against the brand by the sentence's shape, whatever words run them down: the others do
// something, then a clause or the next sentence opens with the brand ("Merek lain pakai pewarna sintetis,
// kami pakai bunga asli", "Many insurers make claims impossible. We pay in 7 days.", "Yang lain jual harga,
// kami jual kualitas"), or "unlike/beda sama <others>, our …". Not when the others are praised or merely
// reported on ("Toko lain juga bagus kok", "Warung sebelah lagi tutup, jadi antrean di kami …": the brand
// does not open a clause there), nor in a sourced comparison.
const BRAND_OPENS = new RegExp(collapseLetters(String.raw`(?:[,;:]|(?:^|[^a-z])(?:tapi|tetapi|sedangkan|sementara|while|but|whereas))\s*(?:justru |malah |kalau |kalo |at |di )?(?:kami|kita|we|we're|we've|our|ours|sini|punya kami|produk kami)(?![a-z])`));
const NEXT_OPENS_WITH_BRAND = new RegExp(collapseLetters(String.raw`^\s*(?:justru |malah |kalau |kalo |di |at |but |tapi )?(?:kami|kita|we|we're|we've|our|ours|sini|here|punya kami|produk kami)(?![a-z])`));
const UNLIKE_BEFORE = new RegExp(collapseLetters(String.raw`(?:unlike|not like|tidak seperti|nggak kayak|gak kayak|tidak kayak|beda (?:sama|dengan|dari)|berbeda (?:dengan|dari))(?: [a-z]+){0,4} $`));
const PRAISED_OR_REPORTED = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:bagus|baik|enak|mantap|keren|hebat|oke|good|great|nice|welcome|selamat|respect|love|recommended|fine|solid|tutup|buka|libur|renovasi|closed|open|opening|pindah)(?![a-z])`));

const DEFICIENCY = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:murah|murahan|cheap|cheaper|sintetis|synthetic|bekas|used|kurang|less|impossible|susah|sulit|ribet|mahal|hidden|extra|tambahan|premix|instan|instant|pengawet|preservatives?|artificial|refurbished|rekondisi|kw|palsu|fake|abal|asal|cuma|hanya|just|only|nothing|never|tidak|nggak|gak|enggak|no|not|don't|doesn't|won't|can't|without|tanpa|jarang|rarely|seldom|hardly|gagal|fail|fails|telat|late|hilang|lost|rusak|broken|kotor|dirty)(?![a-z])`));
// Written as normalised text spells them: doubled letters collapsed ("will" reads "wil").
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', 'you', 'your', 'it', 'is', 'are', 'to', 'of', 'wil', 'yang', 'itu', 'dan', 'di', 'ke', 'ini', 'juga', 'sih', 'aja', 'saja', 'mah', 'tuh']);

/** The others' clause and the brand's share a content word near the brand's start: "… jual harga, kami jual kualitas". */
function sameVerb(doing: string, ours: string): boolean {
  const words = (t: string): string[] => t.split(/[^a-z'-]+/).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
  const theirs = new Set(words(doing));
  return words(ours).slice(0, 3).some((w) => theirs.has(w));
}

function contrastedWithUs(doc: GuardDoc, rivals: readonly Match[]): Hit | undefined {
  if (doc.signals.evidence) return undefined;
  for (const ref of rivals) {
    const i = sentenceAt(doc, ref.start);
    const sentence = doc.sentences[i];
    if (sentence === undefined) continue;
    const rest = doc.text.slice(ref.end, sentence.end);
    const unlike = UNLIKE_BEFORE.test(doc.text.slice(Math.max(sentence.start, ref.start - 30), ref.start));
    const opens = BRAND_OPENS.exec(rest);
    // What the others do: the words between the reference and the brand's clause (or the sentence end).
    const doing = opens === null ? rest : rest.slice(0, opens.index);
    const next = doc.sentences[i + 1];
    const answered = opens === null && next !== undefined && NEXT_OPENS_WITH_BRAND.test(doc.text.slice(next.start, next.end));
    if (!(opens !== null || answered) || PRAISED_OR_REPORTED.test(doing)) continue;
    if (!unlike && doing.trim().split(/\s+/).length < 2) continue;
    // A contrast alone is no put-down ("Yang lain boleh ngebut, kami tetap sangrai pelan-pelan"): the others
    // must lack something, or the brand answers with their very verb ("Merek lain pakai …, kami pakai …").
    const ours = opens !== null ? rest.slice(opens.index + opens[0].length) : doc.text.slice(next?.start ?? 0, next?.end ?? 0);
    if (!unlike && !DEFICIENCY.test(doing) && !sameVerb(doing, ours)) continue;
    return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: ref.start, end: ref.end + doing.length };
  }
  return undefined;
}

// The reader warned off the others with a reason after a comma: "Jangan beli rendang di lapak sebelah,
// dagingnya alot …", "Skip the famous … place, honestly they …".
const WARNING = new RegExp(collapseLetters(String.raw`(?:^|[^a-z])(?:jangan (?:mau |pernah |sampai )?(?:beli|ke|pakai|pake|percaya|order|langganan|servis|makan)|(?:don't|dont|do not|never) (?:ever )?(?:buy|go|use|trust|shop|order|eat)|skip|avoid|hindari|hindarin)(?![a-z])`));
const REASON_AFTER = new RegExp(collapseLetters(String.raw`^[^.!?]*?, *[a-z]+ [a-z]+`));

function warnedOff(doc: GuardDoc, rivals: readonly Match[]): Hit | undefined {
  for (const ref of rivals) {
    const sentence = doc.sentences[sentenceAt(doc, ref.start)];
    if (sentence === undefined) continue;
    const before = doc.text.slice(sentence.start, ref.start);
    const after = doc.text.slice(ref.end, sentence.end);
    if (WARNING.test(before) && REASON_AFTER.test(after)) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: ref.start, end: ref.end };
  }
  return undefined;
}

// A put-down first, the others named after it as its likeness: "siap-siap dikibulin, kayak kebanyakan agen
// di sini", "suka nambah-nambahin tagihan, apalagi bengkel kecil yang lain".
const LIKENED = new RegExp(collapseLetters(String.raw`(?:kayak|kaya|seperti|sama kayak|like|apalagi|let alone|termasuk|just like)(?: [a-z]+){0,3} $`));

function likenedBack(doc: GuardDoc, rivals: readonly Match[], putDowns: readonly Match[]): Hit | undefined {
  for (const ref of rivals) {
    const sentence = doc.sentences[sentenceAt(doc, ref.start)];
    if (sentence === undefined || !LIKENED.test(doc.text.slice(Math.max(sentence.start, ref.start - 30), ref.start))) continue;
    const said = putDowns.find((p) => p.start >= sentence.start && p.end <= ref.start && !isNegated(doc, p.start));
    if (said !== undefined) return { rule: 'CLAIM.COMPETITOR_DISPARAGE', start: said.start, end: ref.end };
  }
  return undefined;
}

const CLAIM_CAUSE_CUES = anchors([HEARSAY, NO_RIVAL, FREE_CUE, RIVAL_CUE]);

export function detectClaimCause(doc: GuardDoc): Hit[] {
  // The all-time ranking has no gated key (it may start at any word): a plain test for its last word.
  if (!anyAnchorMatched(CLAIM_CAUSE_CUES, doc.text) && !doc.text.includes('ver') && !doc.text.includes('pernah')) return [];
  return [...hearsayRanking(doc), ...noRivalRanking(doc), ...freeWithPaidCondition(doc), ...(allMatches(RIVAL_CUE, doc.text).length > 0 ? rivalRunDown(doc) : [])];
}
