// Round thirteen (issue #11), DISCLOSE.FINANCE_RETURN by structure. The fresh writers of train13–train32 promise
// returns in shapes the phrase tables of the older rounds miss:
//  - a projection: money put in now, a point later, and what it becomes ("Uang THR taruh di reksa dana kami,
//    tahun depan jadi modal beli sneakers", "Rp50k a week into digital gold now = a trip to Seoul when you graduate");
//  - money in against money out: "Put Rp10 million in and get Rp11.5 million back in a year", "modal 1 juta, balik
//    2 juta dalam 6 bulan";
//  - a payback or rental yield: "panen kelima sudah balik modal", "sewa dibayar tiap bulan meski kamar kosong";
//  - a past saver held up to copy: "nabung emas dari duit warung, sekarang udah bisa renovasi rumah. Ente juga bisa";
//  - a loss said never to happen ("belum ada satu pun anggota yang rugi", "our members have never had a losing
//    quarter", "your capital can't go down"): a guarantee, so CLAIM.ABSOLUTE_GUARANTEE is raised with it.
// A draft that states the risk ("bisa berubah", "may change", "tidak dijamin", "you can lose money", "ilustrasi")
// is information, not a promise: statesReturnRisk() is also what keeps detectFinanceReturn's rate and the savings
// projection quiet on "Bunga deposito 4% p.a., dapat berubah sewaktu-waktu".
import type { GuardDoc } from '../context/doc.js';
import { collapsedRegExp as re, wholeWords as W } from '../text/pattern.js';
import type { Hit } from './scan.js';

const NOT = String.raw`(?:tidak|tak|nggak|ngga|gak|ga|ndak|never|not|can't|cannot|won't|don't|doesn't|isn't)`;

/** The draft states the risk or that the figure is no promise. */
const RISK = re(W(String.raw`(?<!${NOT} )(?:bisa|dapat|mungkin|akan) (?:saja )?(?:berubah|berbeda|bervariasi|beda)|(?:may|can|could|might|will) (?:change|vary|differ)|subject to change|tidak dijamin|bukan jaminan|tidak dapat dijamin|not guaranteed|no guarantee|(?:is|are) no guarantee|tidak menjamin|does not guarantee|doesn't guarantee|afford to lose|(?<!${NOT} )(?:bisa|dapat|may|can|could|might) (?:juga )?(?:turun|rugi|merugi|lose|go down|fall|drop|minus)|(?:hanya )?ilustrasi|tidak pasti|(?:bisa|dapat) negatif|no promise|tidak ada janji|(?:depends|tergantung) (?:on )?(?:the )?(?:market|pasar)|grows or shrinks|illustration only|(?:is|are) volatile|fluktuatif|berfluktuasi|nilai investasi (?:bisa|dapat) turun`));
// Asked up to four times a draft (this detector, the rate rule, the savings projection, the audience rule): the last
// text's answer is kept (a pure function of the text, so the same answer).
let riskText: string | undefined;
let riskStated = false;
export function statesReturnRisk(doc: GuardDoc): boolean {
  if (doc.text !== riskText) {
    riskStated = RISK.test(doc.text);
    riskText = doc.text;
  }
  return riskStated;
}

const AMOUNT = String.raw`(?:(?:rp|idr|\$) ?\d[\d.,]*(?: ?(?:juta|jt|rb|ribu|k|m|million|miliar|billion))?|\d[\d.,]* ?(?:juta|jt|rb|ribu|k|million|miliar|billion|gram|gr)|(?:sejuta|satu juta|belasan juta|puluhan juta|ratusan juta|a small fortune|\d+ kilo))`;
/** Money put in: a saving verb, an investment product, a sum placed somewhere. */
const MONEY_IN = W(String.raw`nabung|menabung|nyisihin|sisihin|sisihkan|disisihkan|simpan|simpen|setor|nyetor|disetor|taruh (?:di|ke)|masukin (?:ke)?|masukkan (?:ke)?|alokasiin|investasi(?:kan)?|diinvestasikan|invest(?:ed|ing)?|puterin|put (?:it|your|aside|in|rp|\$|\d)[a-z0-9.,$]*|saved?|saving|savings|cicil|nyicil|beli (?:emas|saham|satu gram|\d+ gram)|buying \d+ grams|turn your [a-z ]+ money into|dca|start(?:ing)? (?:with|at)|mulai ${AMOUNT}|${AMOUNT} (?:sebulan|seminggu|sehari|a (?:day|week|month)|per (?:bulan|minggu|hari|day|week|month))|top up|premi|ditabung|titipkan|putting|bonus|gold (?:savings|plan|account|habit)|tabungan(?: [a-z]+)?|reksa ?dana|deposito|arisan emas|simpanan(?: [a-z]+)?|index fund|portfolio|portofolio|emas digital|digital gold`);
/** A point later on. */
const LATER = W(String.raw`(?:\d+|satu|dua|tiga|empat|lima|enam|sepuluh|dua puluh) (?:tahun|bulan|years?|months?) (?:lagi|kemudian|ke depan|later|from now)|tahun depan|setahun(?: lagi| ke depan)?|akhir tahun|satu semester|lebaran depan|next (?:year|summer|lebaran|eid[a-z -]*|planting season|season)|by next [a-z]+|this time next year|(?:dalam|in|within) (?:a|one|\d+|two|three|four|five|six|ten|twenty|lima|tiga|dua|sepuluh) (?:tahun|bulan|years?|months?)|(?:by|before) (?:you're |you are |age )?\d\d|by the time|when (?:you|she|he|your [a-z]+) (?:graduate|retire|reach|start|turn|is|are)[a-z]*|(?:pas|waktu|saat|begitu) (?:wisuda|lulus|kuliah|pensiun|anak|dia|kamu)|(?:lulus|pensiun|wisuda) nanti|you'll graduate|graduate with|after a year|a year (?:and a half )?later|tahun ke-?\d+|by (?:the )?end|ended the year|(?:sejak|dari) (?:anak )?lahir|by (?:graduation|\d{4}|your [a-z]+ year|week \d+)|pulang kontrak|jatuh tempo|tomorrow|(?:pensiun|hasilnya) nanti|tahun ke-?\d+|tahun keempat|in first grade|already|(?<!sejak )\d+ (?:tahun|years?)(?! (?:lalu|ago|yang lalu|berdiri))`);
/** What the money is said to become, cover or gain. */
const RESULT = W(String.raw`(?:jadi|menjadi|becomes?|grown? to|grows? (?:in)?to|turned? into|(?:has|have|had|will have|you'll have) grown|grow jadi|looking at|retire with|graduate with|mencapai|(?:saldo|balance|nilai|value)[a-z]*(?: [a-z-]+){0,2}|that's|adalah|=|worth|terkumpul|kekumpul|punya|have|had|holding|pegang|dapat|dapet|bawa pulang|get|udah|sudah|reach|hit|with an extra)(?: [a-z]+){0,3} ${AMOUNT}|= ?(?:a|an|rp)|(?:bisa|bakal|akan|can|could|will|udah|sudah|cukup|enough|tinggal)(?: [a-z]+){0,2} (?:buat|untuk|jadi|for|to|cover|pay|beli|bayar|renovasi|buka|naik haji)|(?:cover|pay for|paid for|paying|pays|bayarin|buat biaya|jadi (?:modal|tabungan|dana|kado|uang)|modal (?:beli|usaha|buka)|dana (?:darurat|pensiun)|nilainya (?:sudah |udah )?(?:naik|nambah|bertambah|tumbuh|lebih)|nambah(?:nya)?|bertambah|tumbuh|worth more|(?:sudah|udah) siap|ready by|tumbuh \d+%|watch it grow|jadi emas|(?:doubled|tripled) their|naik \d+x|\d+x|(?:dua|tiga) kali lipat|tripled|doubled|first (?:rp|\$)|fund by|deposit on|fully paid|small fortune|bikin kaget)`);
const NEAR = 160;

const IN_OUT = re(String.raw`(?<![a-z])(?:put(?: in)?|modal|setor|taruh|invest[a-z]*|masukin)(?: [a-z]+){0,4} ${AMOUNT}[^.!?]{0,60}?(?:take out|get|dapat|balik|kembali|back|grows? to|jadi|bisa jadi|becomes?|terima)(?: [a-z]+){0,2} ${AMOUNT}`);
const AMOUNT_TO_AMOUNT = re(W(String.raw`${AMOUNT} (?:bisa |can |could )?(?:jadi|menjadi|becomes?|turns? into|grows? to) ${AMOUNT}`));
const PRICE_TALK = re(W('harga|harganya|diskon|discount|price|promo|potongan|hemat|off'));
const INVEST_TALK = re(W('trading|invest[a-z]*|saham|kripto|crypto|reksa ?dana|emas|gold|portofolio|portfolio|tabungan|nabung|savings?'));
const PAYBACK = re(W(String.raw`(?:made|make|got|get) (?:their|your|his|her|my|our) money back|got (?:a )?(?:fixed )?\d+(?:[.,]\d+)?% back|modal(?: [a-z]+){0,2} ${AMOUNT}(?: [a-z]+){0,2} (?:balik|kembali)|premi(?: [a-z]+)? kembali|(?:balik modal|break even|roi(?:-?nya)?(?: bisa)? balik|dividen(?:nya)? (?:bayarin|cover|pays?)|earning more from dividends|passive income of|tiap bulan nambah|nambah ${AMOUNT} sendiri)(?:[^.!?]{0,50})?|(?:sewa|rent|rental)[a-z]* (?:dijamin|guaranteed|tetap dibayar|dibayar tiap bulan|paid every month)|(?<!(?:potongan|diskon|discount|promo|harga|price) )(?:sewa|rent)[a-z]*(?: [a-z]+){0,3} (?:sekitar |around |about )?\d+(?:[.,]\d+)?% (?:per|a|setahun|per tahun)|(?:dapat|dapet|terima) bagi hasil(?: sekitar)? ${AMOUNT}|(?:simpanan berjangka|term deposit)[^.!?]{0,40}\d+(?:[.,]\d+)?% ?(?:per|p\.?a|a|setahun)`));
/** A saver of the past held up as proof: "… sekarang udah bisa renovasi rumah. Ente juga bisa". */
const NOW = re(W(String.raw`sekarang|kini|today|now|is now|are now`));
const INVITE = re(W(String.raw`(?:kamu|ente|lo|anda|ibu|bapak|you) (?:juga )?bisa|you could too|you can too|giliran|your turn|start your own|mulai (?:hari ini|sekarang|dari)|imagine kalau kamu|join them|mau jadi`));
/** A loss said never to happen: a certain return. */
const NEVER_LOST = re(W(String.raw`(?:belum (?:pernah )?|(?:tidak|tak|nggak|gak|ndak) pernah )(?:ada )?(?:(?:satu|1|seorang)(?: [a-z]+)? pun )?(?:[a-z]+ ){0,5}(?:yang )?(?:[a-z]+nya )?(?<!anti )(?:rugi|merugi|minus|berkurang|kehilangan uang|pulang dengan uang kurang)|(?:nggak|tidak|tak|gak) mungkin kurang|(?:nobody|no one|not one|none)(?: [a-z]+){0,6} (?:has|have|had) ever (?:lost|been late|had a loss)|never (?:had a losing|lost (?:anyone )?(?:a|one) (?:rupiah|cent|dollar)|lost money|been late or short)|(?:has|have) never had a losing [a-z]+|(?:don't|doesn't|can't|cannot|won't|never) (?:ever )?(?:go|goes) down|only (?:goes|go) (?:one way|up)|(?:cuma|hanya) bisa (?:naik|nambah|bertambah)|(?:nggak|tidak|tak|ndak|gak) (?:pernah|bakal|akan|mungkin|bisa) (?:minus|kepotong|berkurang|turun)(?: nilainya)?|(?:capital|principal|modal)(?: [a-z]+){0,2} (?:is|stays) safe|(?:don't|never) lose|always (?:profit|green)|paid every single member|belum pernah (?:telat|terlambat)|nggak ada istilah loss|no such thing as (?:a )?loss|tidak pernah minus|nggak pernah minus|selalu cair|kosong pun tetap dibayar|meski (?:kamar )?kosong`));
const FINANCE_WORD = re(W(String.raw`invest[a-z]*|investor[a-z]*|member|members|anggota|mitra|partners?|portfolios?|portofolio[a-z]*|modal|capital|principal|simpanan[a-z]*|savings|savers|tabungan|profit[a-z-]*|cuan|returns?|payouts?|trading|program|pool|dana|uang|duit|money|rupiah|cent|emas|gold|reksa ?dana|fund|sinyal|signals?|picks|sewa|kemitraan|scheme|plan|koperasi|harga`));
const DISCLAIMED = re(W(String.raw`(?:no one|nobody|tidak ada yang|gak ada yang|nggak ada yang|siapa pun tidak) (?:can|could|bisa|dapat) (?:promise|guarantee|menjamin|janji)|(?:we|kami) (?:can't|cannot|tidak bisa|tidak dapat) (?:promise|guarantee|menjamin|janji)(?! (?:officially|di atas kertas|on paper))|past performance|kinerja masa lalu`));

function hit(rule: 'DISCLOSE.FINANCE_RETURN' | 'CLAIM.ABSOLUTE_GUARANTEE', start: number, end: number): Hit {
  return rule === 'DISCLOSE.FINANCE_RETURN' ? { rule, start, end, severity: 'block' } : { rule, start, end };
}

/** Every match of a global regex (as String.prototype.matchAll reads it, without a clone of the regex per call). */
function allAt(global: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const MONEY_IN_RE = re(MONEY_IN, 'g');
const LATER_RE = re(LATER, 'g');
const RESULT_RE = re(RESULT, 'g');
const NOW_RE = new RegExp(NOW.source, 'g');

/** Money in, then within NEAR characters a later point and a result, in either order. */
function projection(text: string): { start: number; end: number } | undefined {
  const ins = allAt(MONEY_IN_RE, text);
  if (ins.length === 0) return undefined;
  // Both shapes below need a result after the money: without one (most drafts) the later points are not looked for.
  const results = allAt(RESULT_RE, text);
  if (results.length === 0) return undefined;
  const laters = allAt(LATER_RE, text);
  let nows: { start: number; end: number }[] | undefined;
  for (const moneyIn of ins) {
    const later = laters.find((l) => Math.abs(l.start - moneyIn.start) <= NEAR);
    const result = results.find((r) => r.start > moneyIn.start && r.start - moneyIn.start <= NEAR && (later === undefined || Math.abs(r.start - later.start) <= NEAR));
    if (later !== undefined && result !== undefined) return { start: Math.min(moneyIn.start, later.start), end: Math.max(result.end, later.end) };
    if (result === undefined) continue;
    // A saver of the past: money in, "now", what it pays for, and the reader invited to copy.
    nows ??= allAt(NOW_RE, text);
    const now = nows.find((n) => n.start > moneyIn.start && n.start - moneyIn.start <= NEAR);
    if (now !== undefined && INVITE.test(text)) return { start: moneyIn.start, end: result.end };
  }
  return undefined;
}

/** Money, saving or loss in any of the shapes: drafts without one stop before the large tables. */
const MONEY_CUE = /\d|juta|ribu|gram|emas|gold|invest|nabung|tabung|simpan|setor|modal|capital|principal|profit|cuan|rugi|minus|los|sewa|rent|saham|fund|portfol|dividen|return|saving|save|money|uang|duit|rupiah|cent|kurang|down|up/;

// Cheap necessary conditions (speed, round fourteen): each is a substring every match of the large regex beside it
// holds, so a draft without it skips that regex with the same answer. AMOUNT needs a digit, "juta" or "a small fortune";
// every alternative of NEVER_LOST ends in (or holds) one of NEVER_LOST_CUE's words.
const HAS_AMOUNT = re(String.raw`\d|juta|a small fortune`);
const NEVER_LOST_CUE = re(String.raw`los|late|rugi|minus|kurang|kehilangan|down|only go|naik|nambah|tambah|kepotong|turun|safe|always|paid every|telat|terlambat|cair|kosong`);

export function detectFinanceRoundThirteen(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!MONEY_CUE.test(text)) return [];
  const never = NEVER_LOST_CUE.test(text) ? NEVER_LOST.exec(text) : null;
  if (never !== null && FINANCE_WORD.test(text) && !DISCLAIMED.test(text)) {
    const end = never.index + never[0].length;
    return [hit('CLAIM.ABSOLUTE_GUARANTEE', never.index, end), hit('DISCLOSE.FINANCE_RETURN', never.index, end)];
  }
  if (doc.signals.limitationStated || doc.signals.ojkStated) return [];
  // The shapes first, the risk statement only where one was found (both pure: the same answer, one scan fewer).
  const amount = HAS_AMOUNT.test(text);
  const pair = (amount ? IN_OUT.exec(text) : null) ?? PAYBACK.exec(text) ?? (amount && INVEST_TALK.test(text) && !PRICE_TALK.test(text) ? AMOUNT_TO_AMOUNT.exec(text) : null);
  if (pair !== null) return statesReturnRisk(doc) ? [] : [hit('DISCLOSE.FINANCE_RETURN', pair.index, pair.index + pair[0].length)];
  const projected = projection(text);
  return projected === undefined || statesReturnRisk(doc) ? [] : [hit('DISCLOSE.FINANCE_RETURN', projected.start, projected.end)];
}
