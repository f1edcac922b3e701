// What the coach looks for in a reply, in Indonesian (with everyday spellings) and English.
// Cues are patterns on the lower-cased draft; no Node or browser API, so the page and the
// server read a draft the same way.

/** Naming or accepting the follower's feeling: "kami paham ini bikin kesal", "that sounds worrying". */
export const ACKNOWLEDGES = new RegExp([
  String.raw`\b(?:kami|aku|saya) (?:sangat |benar-benar |bener-bener )?(?:paham|mengerti|ngerti|memahami|bisa (?:bayangkan|membayangkan|ngerti))\b`,
  String.raw`\bbisa (?:kami )?bayangkan\b`,
  String.raw`\bwajar (?:banget |sekali )?(?:kalau |kalo |jika )?(?:kakak |kak )?(?:kesal|kecewa|marah|cemas|khawatir|sedih|takut|emosi)\b`,
  String.raw`\bpasti (?:\S+ ){0,3}?(?:kesal|menyebalkan|nyebelin|bete|sedih|khawatir|menakutkan|was-was|cemas|kecewa|menjengkelkan|worried|takut)\b`,
  String.raw`\b(?:kesal|kecewa|sedih|sebel) (?:banget |sekali )?(?:pasti|ya)\b`,
  String.raw`\b(?:turut|ikut) (?:sedih|prihatin|berduka)\b`,
  String.raw`\b(?:kekecewaan|kekesalan|kecewanya|kesalnya|kekhawatiran) (?:kakak|kak|anda)?`,
  String.raw`\b(?:we|i) (?:completely |totally |really |fully )?(?:understand|get it|get why|hear you|know how|can imagine|can see why|know this)\b`,
  String.raw`\b(?:that|this|it) (?:must be|sounds|is|'s) (?:so |really |very |incredibly )?(?:frustrating|annoying|scary|frightening|worrying|disappointing|stressful|upsetting|heartbreaking|unsettling|infuriating)\b`,
  String.raw`\bsounds (?:so |really )?(?:frustrating|worrying|stressful|scary|upsetting)\b`,
  String.raw`\bsorry (?:to hear|for your loss)\b`,
  String.raw`\b(?:you're|you are) right to be (?:upset|angry|annoyed)\b|\bfair complaint\b|\bunderstandabl[ey]\b`,
].join('|'));

/** "Maaf", "sorry", "we apologise" — but not the non-apology "sorry you feel that way". */
export const APOLOGISES = /\b(?:maaf|maafin|maafkan|sorry|apologi[sz]e|apologies)\b/;
export const NOT_AN_APOLOGY = /\bsorry (?:you feel|if you feel|that you feel)\b/;

/** Defensive, dismissive or blaming phrases; each match is shown in the draft. */
export const BLAMES = new RegExp([
  String.raw`\bsesuai (?:dengan )?(?:sop|prosedur|policy|kebijakan|ketentuan|aturan)\b`,
  String.raw`\b(?:bekerja|kerja) sesuai\b|\bsyarat dan ketentuan\b`,
  String.raw`\bbukan (?:salah|kesalahan|tanggung jawab|dari) kami\b|\b(?:di luar|diluar) tanggung jawab\b|\btidak bertanggung jawab\b`,
  String.raw`\b(?:seharusnya|harusnya|sebaiknya kakak tadi)\b`,
  String.raw`\b(?:sudah|udah|kan sudah|kan udah) (?:tertera|jelas|kami informasikan|dijelaskan|ditulis|tercantum)\b|\bkan sudah\b`,
  String.raw`\b(?:kesalahan|salah) (?:kakak|kamu|anda)\b|\bkakak (?:pasti )?salah (?:pilih|pakai|masukkan|input|isi)\b|\bkarena kulit kakak\b|\bdari bank kakak\b`,
  String.raw`\btidak mungkin\b|\bgak mungkin\b|\bjangan marah\b|\bharap maklum\b|\bkami juga manusia\b|\bkalau tidak suka\b|\bsudah lolos uji\b`,
  String.raw`\b(?:as per|per) (?:our|the) (?:policy|policies|terms|rules)\b|\bas (?:stated|mentioned|explained)\b|\bour (?:standard )?procedure\b|\bfollowed (?:our|the)\b`,
  String.raw`\bnot (?:our|my) (?:fault|problem|responsibility)\b|\bnot on us\b|\bnot (?:from|caused by) us\b|\bcan(?:'t|not) (?:be caused|have come) (?:by|from) us\b|\bdid not come from us\b|\bnot responsible\b|\bnot covered\b`,
  String.raw`\b(?:you )?should have\b|\byou must have\b|\byour (?:fault|mistake|bank)\b|\byou (?:ticked|chose|picked|entered) the wrong\b`,
  String.raw`\bcalm down\b|\bread our (?:faq|terms|description)\b|\bthat's impossible\b|\bif you don't like\b|\bsorry (?:you feel|if you feel)\b|\bwe are handling many\b`,
].join('|'), 'g');

/** A concrete next step: an action the brand takes, something the follower can do now, or a time. */
export const NEXT_STEP = new RegExp([
  String.raw`\bdm\b|\bdirect message\b|\bwhatsapp\b|\bemail\b|\btelepon\b|\bcall\b`,
  String.raw`\b(?:kami|tim kami|cs kami|kurir kami) (?:akan |sudah |segera |langsung )?(?:cek|proses|kirim|kirimkan|ganti|tukar|hubungi|telepon|kabari|laporkan|bantu|refund|kembalikan|prioritaskan|cetak|jemput|tanggung|teruskan|resend|follow up|selidiki|sedang menyelidiki)\b`,
  String.raw`\b(?:kabari|kabarin|dikirim|diproses|kirim ulang|dana masuk|sudah kami (?:kirim|proses|kembalikan|laporkan))\b`,
  String.raw`\b(?:boleh|mohon|tolong|silakan) (?:kirim|info|dm|hentikan|ganti|ke)\b|\bnomor pesanan\b|\bnomor batch\b`,
  String.raw`\b(?:hari ini|besok|minggu ini|sekarang|jam \d+|dalam \d+|\d+ ?(?:jam|hari|menit)|1x24)\b`,
  String.raw`\b(?:hentikan|stop) (?:dulu )?(?:pemakaian|pakai)\w*\b|\bbilas\b|\b(?:ke|periksa ke) (?:dokter|igd)\b|\bganti password\b|\bjangan transfer\b`,
  String.raw`\b(?:we'll|we will|we've|we have|i've|our team will|our team|a courier will|you'll (?:see|get|receive))\b`,
  String.raw`\bplease (?:send|share|stop|change|rinse|see|block|dm|call)\b|\b(?:can|could) you (?:share|send)\b|\bsend us\b|\border number\b|\bbatch number\b`,
  String.raw`\b(?:today|tonight|tomorrow|this (?:week|afternoon|morning)|within|by \d+|\d+ ?(?:hours?|days?|minutes?))\b`,
  String.raw`\b(?:refund (?:issued|sent)|on its way|ships|tracking|replacement|see a doctor|change your password|return label)\b`,
].join('|'));
