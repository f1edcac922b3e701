// Round twelve (issue #11), CLAIM.COMPETITOR_DISPARAGE by class and by frame. The older tables
// need a named kind of rival ("toko lain", "other brands") and a put-down word from a list; writers
// run rivals down through an implied class and an ordinary verb instead:
//  - the class: any kind of business quantified ("banyak jasa servis AC yang", "kebanyakan bimbel",
//    "most delivery apps"), placed ("the gym down the road", "kedai seberang"), priced ("yang
//    jual harga miring", "the budget brands", "merek pasaran", "produk sejenis di pasaran"),
//    singled out ("another seller"), or out there ("di luar sana banyak yang …");
//  - the frame said of that class later in the sentence: a diminishing "cuma … doang", a lack
//    ("tanpa pembahasan", "without a warranty"), a habit of neglect ("never cleans", "jarang"),
//    adulteration or substance ("campuran gula", "mengandung merkuri", "uses margarine"), goods
//    used or broken ("barang bekas dipoles", "tore in a week", "melt"), harm done ("bikin kulit
//    kusam"), suspicion or abandonment
//    ("patut dicurigai", "jamaah terlantar"); or a contrast opened by "unlike / beda sama" whose
//    rest denies a harm ("unlike the budget brands, ours won't melt your phone").
// The business nouns are a closed class of sellers, not phrases from any draft. A class the
// draft itself belongs to ("toko kami", "our other shops") and a negated or asked reference are
// not others; speech the brand denies is narrowed in claim-speech-scope.ts.
import type { GuardDoc } from '../context/doc.js';
import { inQuestion, isNegated } from '../context/guards.js';
import { indexOfRangeAt } from '../context/structure.js';
import { collapseLetters, lazyPhrases, matchesAnywhere, phrases } from '../text/pattern.js';
import type { Hit } from './scan.js';

/** Kinds of business a rival can be (singular and plural, both languages). */
const SELLER = String.raw`(?:tukang(?: [a-z]+)?|toko(?: online)?|olshop|online shop|brand|merek|merk|produk|barang|jasa(?: [a-z]+){0,2}|penjual|pedagang|seller|lapak|klinik|salon|bimbel|lembaga kursus|kursus|les|travel(?: umroh| umrah| haji)?|agen|agent|biro|bengkel|laundry|kedai|warung|resto|restoran|kafe|cafe|gym|studio|apotek|katering|catering|percetakan|developer|dealer|kontraktor|vendor|provider|operator|aplikasi|app|platform|sekolah|tempat(?: [a-z]+)?|stores?|shops?|brands?|products?|sellers?|vendors?|providers?|agents?|agencies|companies|company|clinics?|salons?|gyms?|apps?|services?|restaurants?|cafes?|bakeries|bakery|tutors?|courses?|schools?|dealers?|developers?|contractors?|garages?|airlines?|hotels?|platforms?|labels?|chains?|places?|outlets?|insurers?|banks?)`;
const OTHERS = new RegExp(collapseLetters(String.raw`\b(` + [
  String.raw`(?:banyak|kebanyakan|sebagian besar|rata-rata|umumnya|beberapa|most|many|plenty of|lots of|a lot of|some|other|those other) (?:["'“”]?[a-z]+["'“”]? ){0,2}${SELLER}`,
  String.raw`${SELLER} (?:lain|lainnya|sebelah)`,
  // Any goods marked as a class by the word after them: "kopi sachet pabrikan", "skincare pasaran".
  String.raw`[a-z]+(?: [a-z]+)? (?:pabrikan|pasaran|di pasaran|sejenis|murahan|abal-abal|no-? ?name)`,
  String.raw`another (?:[a-z]+ )?${SELLER}|someone else's [a-z]+`,
  String.raw`(?:the |that |those )?(?:[a-z]+ )?${SELLER} (?:down the road|next door|across the (?:street|road)|around the corner|seberang|di seberang|di depan|depan)`,
  String.raw`${SELLER} (?:pasaran|di pasaran|sejenis|kebanyakan|biasa di luar|murah|murahan|abal-abal|no-? ?name|besar|gede|resmi|pabrikan|keliling|ternama|terkenal|mahal|franchise|waralaba)`,
  String.raw`(?:the |those |these )?(?:chain|franchise|big-? ?box|corporate|high-? ?street) ${SELLER}`,
  String.raw`(?:the |those |these )?(?:cheap|cheaper|budget|bargain|discount|no-? ?name|generic|knock-? ?off|big|mainstream|conventional|traditional|regular|ordinary)(?: [a-z]+)? (?:${SELLER}|ones|versions|options|alternatives|stuff|copies)`,
  String.raw`yang (?:jual|dijual|harganya|pasang harga|kasih harga|nawarin|menawarkan|ngasih)(?: [a-z0-9]+){0,3} (?:murah|miring|di bawah|jauh lebih murah|lebih murah|banting harga|obral)`,
  String.raw`di luar sana(?: (?:banyak|ada|masih))?(?: yang)?`,
].join('|') + String.raw`)(?![a-z])`), 'g');
// The class the draft belongs to: "toko kami", "our other shops", "beberapa produk kami".
const OWN_AFTER = /^(?:ku|mu)?(?: (?:kami|kita|saya|aku|we|our|ours))(?![a-z])/;
const OWN_BEFORE = /(?:our|kami|kita|my|saya)(?: [a-z]+)? $/;

/** A negative frame said of the class: diminished, lacking, neglectful, adulterated, used, broken, suspect. */
const FRAME = new RegExp(collapseLetters(String.raw`\b(?:(?:cuma|cuman|hanya)(?: [a-z]+){1,4} (?:doang|aja|saja)|tanpa (?:[a-z]+)|without (?:a |any )?[a-z]+|(?:never|rarely|seldom|tidak pernah|nggak pernah|gak pernah|jarang) [a-z]+|campur(?:an)?|dicampur|oplos(?:an)?|mixed with|cut with|diluted|mengandung|contains?|containing|(?:pakai|pake|use|uses|using) (?:bahan )?(?:[a-z]+ )?(?:murah|bekas|daur ulang|kimia|chemicals?|fillers?|margarin[e]?|pengawet|preservatives)|bekas|second-? ?hand|rekondisi|refurbished|reject|dipoles|kw|(?:melt|melts|melted|tore|torn|tears|broke|broken|breaks|cracked|cracks|leaks?|leaked|fell apart|falls apart|peel(?:s|ed)?|sobek|robek|pecah|bocor|meleleh|mengelupas|copot|patah|karatan|rusted|rusts)|(?:patut )?dicurigai|mencurigakan|suspicious|dubious|meragukan|questionable|shady|sketchy|dodgy|terlantar|ditelantarkan|stranded|ghost(?:ed)? you|pocket(?:s)? (?:half|your|the)|call it|calls it|and call|ngaku(?:-ngaku)?|mengaku|asal (?:jadi|potong|jual|pasang|kirim|[a-z]+in)|seadanya|ala kadarnya|minta bayaran|charge you|nguras|menguras|boncos|(?:isinya|isi)(?: [a-z]+){1,4} (?:doang|saja|aja)|(?:malah|justru) (?:[a-z]+ ){0,2}(?:nambah|menambah|tambah|bikin) (?:[a-z]+ )?(?:rusak|kerusakan|parah|masalah|mahal)|means? nothing|worthless|waste of money|wasting (?:your )?money|buang(?:-buang)? (?:uang|duit)|lure(?:s)? you|lock(?:s)? you (?:in|into)|trap(?:s)? you|jebak|menjebak|ngejebak|sering (?:bolos|telat|terlambat|ngaret|kabur|hilang|salah|rusak|mogok|error|zonk)|(?:doesn't|don't|does not|do not|won't) cover|overhyped|overrated|overpriced|kemahalan|(?:bikin|bikinnya|membuat|makes?|made|leaves?|left) (?:[a-z]+ ){0,2}(?:kusam|rusak|iritasi|jerawatan|gatal|kering|rontok|sakit|kecewa|rugi|dull|dry|itchy|sick|worse|broke))(?![a-z])`));
// The frame said of the writer's side instead ("the shop across the road lent us a jack when ours broke").
const OURS_BETWEEN = /\b(?:ours|our|we|us|kami|kita|punya kami|punya kita)(?![a-z])/;
/** "Unlike / beda sama" before the class: the rest of the sentence speaks against them. */
const CONTRAST_BEFORE = new RegExp(collapseLetters(String.raw`(?:unlike|not like|beda (?:sama|dengan|dari)|berbeda (?:dengan|dari)|nggak kayak|gak kayak|tidak seperti|bukan kayak|ga kayak|enggak kayak)(?: (?:the|those|most|other|many|yang))? ?$`));
const DENIED_HARM_AFTER = new RegExp(collapseLetters(String.raw`(?:won't|wont|will not|never|doesn't|does not|don't|do not|tidak|nggak|gak|enggak|tak|anti|no more) (?:[a-z]+ ){0,2}(?:melt|break|burn|leak|fade|crack|tear|rip|damage|ruin|hurt|irritate|fall apart|overheat|luntur|rusak|bocor|pecah|sobek|panas|iritasi|kusam|bikin)`));

// A necessary condition for any hit, tested once per draft before the class pattern runs at every
// word: the frame, or the denied harm, somewhere in the draft. FRAME read in the rest of a sentence
// ends with "(?![a-z])", which a cut rest can satisfy where the whole draft does not ("bekas|i"), so
// the gate is FRAME without that lookahead: every FRAME match in a rest is then a match in the draft
// (its opening \b sees the same character before it, since a rest never starts with a letter).
const FRAME_BODY = new RegExp(FRAME.source.replace(/\(\?!\[a-z\]\)$/, ''));

function sentenceEnd(doc: GuardDoc, at: number): number {
  return doc.sentences[indexOfRangeAt(doc.sentences, at)]?.end ?? doc.text.length;
}

/** Words every class reference above contains, in the draft's one-pass table scan (text/gate.ts). */
const OTHERS_CUE = phrases([
  'lain', 'sebelah', 'besar', 'gede', 'resmi', 'pabrikan', 'keliling', 'ternama', 'terkenal', 'mahal', 'franchise', 'waralaba', 'chain', 'big-? ?box', 'corporate', 'high-? ?street',
  'banyak', 'kebanyakan', 'sebagian', 'rata-rata', 'umumnya', 'beberapa', 'most', 'many', 'plenty', 'lots', 'a lot', 'some', 'other', 'another', "else's", 'down the road', 'next door',
  'across', 'around the corner', 'seberang', 'depan', 'pasaran', 'sejenis', 'murah', 'murahan', 'abal-abal', 'no-? ?name', 'cheap', 'cheaper', 'budget', 'bargain', 'discount', 'generic',
  'knock-? ?off', 'big', 'mainstream', 'conventional', 'traditional', 'regular', 'ordinary', 'yang (?:jual|dijual|harganya|pasang|kasih|nawarin|menawarkan|ngasih)', 'di luar sana',
]);

/**
 * The first words of FRAME and of the contrast: a judgement must be there too. A lazy table (text/gate.ts):
 * asked only on the drafts OTHERS_CUE passes, so it stays out of every draft's one-pass scan, where its
 * common keys ("use", "made", "left", "call") were tried at many word starts of drafts that never ask.
 */
const JUDGEMENT_CUE = lazyPhrases([
  'hanya', 'cuma', 'cuman', 'isinya', 'isi', 'tanpa', 'without', 'never', 'rarely', 'seldom', 'tidak pernah', 'jarang', 'campur', 'campuran', 'dicampur', 'oplos', 'oplosan', 'mixed with', 'cut with',
  'diluted', 'mengandung', 'contains?', 'containing', 'pakai', 'pake', 'use', 'uses', 'using', 'bekas', 'second-? ?hand', 'rekondisi', 'refurbished', 'reject', 'dipoles', 'kw', 'melt(?:s|ed)?', 'tore',
  'torn', 'tears', 'broke', 'broken', 'breaks', 'crack(?:s|ed)?', 'leak(?:s|ed)?', 'fell apart', 'falls apart', 'peel(?:s|ed)?', 'sobek', 'robek', 'pecah', 'bocor', 'meleleh', 'mengelupas', 'copot',
  'patah', 'karatan', 'rust(?:s|ed)?', 'patut', 'dicurigai', 'mencurigakan', 'suspicious', 'dubious', 'meragukan', 'questionable', 'shady', 'sketchy', 'dodgy', 'terlantar', 'ditelantarkan', 'stranded',
  'ghost(?:ed)?', 'pockets?', 'call', 'calls', 'ngaku(?:-ngaku)?', 'mengaku', 'asal', 'seadanya', 'ala kadarnya', 'minta bayaran', 'charge you', 'nguras', 'menguras', 'boncos', 'malah', 'justru',
  'means?', 'worthless', 'waste', 'wasting', 'buang(?:-buang)?', 'lures?', 'locks?', 'traps?', 'jebak', 'menjebak', 'ngejebak', 'sering', "doesn't", "don't", 'does not', 'do not', "won't",
  'overhyped', 'overrated', 'overpriced', 'kemahalan', 'bikin', 'bikinnya', 'membuat', 'makes?', 'made', 'leaves?', 'left', 'unlike', 'not like', 'beda', 'berbeda', 'kayak', 'seperti', 'tidak kayak',
]);

export function detectOthersImplied(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!matchesAnywhere(OTHERS_CUE, text) || !matchesAnywhere(JUDGEMENT_CUE, text)) return [];
  if (!FRAME_BODY.test(text) && !DENIED_HARM_AFTER.test(text)) return [];
  OTHERS.lastIndex = 0;
  for (let m = OTHERS.exec(text); m !== null; m = OTHERS.exec(text)) {
    const ref = m[1] ?? '';
    const start = m.index + m[0].length - ref.length;
    const end = m.index + m[0].length;
    if (OWN_AFTER.test(text.slice(end, end + 8)) || OWN_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    const rest = text.slice(end, Math.min(sentenceEnd(doc, start), end + 90));
    const frame = FRAME.exec(rest);
    const framed = frame !== null && !OURS_BETWEEN.test(rest.slice(0, frame.index));
    const denied = framed ? null : CONTRAST_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ? DENIED_HARM_AFTER.exec(rest) : null;
    if (!framed && denied === null) continue;
    // Negation and questions read clause starts, computed lazily: only once a judgement was found.
    if (isNegated(doc, start) || inQuestion(doc, start, end)) continue;
    if (framed && frame !== null && !isNegated(doc, end + frame.index)) return [{ rule: 'CLAIM.COMPETITOR_DISPARAGE', start, end: end + frame.index + frame[0].length }];
    if (denied !== null) return [{ rule: 'CLAIM.COMPETITOR_DISPARAGE', start, end: end + denied.index + denied[0].length }];
  }
  return [];
}
