// Round fourteen (issue #11), DISCLOSE.FINANCE_RETURN as an asset and its gain. finance-round-thirteen.ts wants
// money in, a point later and a result within one window, each from its own table; new writers state the gain
// as the asset's own change ("booster boxes appreciate 20% a year", "value-nya bisa double", "earn 12% APY",
// "menghasilkan Rp150.000 per pohon per tahun", "portofolionya udah naik 3x", "in three years it grows by 30%",
// "your villa will double in value") or the saver's life changed by it ("dari bunga simpanannya saja udah bisa
// beli gerobak kedua", "turned $50 a month into a laptop fund"). Roles: (1) something held for its value (an
// investment, a saving, gold, shares, crypto, tokens, land, a plantation, collectibles sold as an investment);
// (2) in the same or the next sentence a gain told as fact or promise: a rise, a multiple, a yield, a payout, a
// purchase paid from it; (3) the draft states no risk, no OJK licence, no limitation. A price rise the reader
// pays ("harga naik mulai besok"), a score ("nilai matematika naik"), a past saving with no gain ("menabung 2
// tahun untuk DP") stay quiet.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { collapsedRegExp as re, wholeWords as W } from '../text/pattern.js';
import { statesReturnRisk } from './finance-round-thirteen.js';
import type { Hit } from './scan.js';


/** Cheap gate: an asset stem. */
const CUE = re('apprecia|apy|in value|invest|nabung|tabung|simpan|nyimpen|saving|saved|emas|gold|saham|stock|kripto|crypto|token|nft|reksa|portofolio|portfolio|dca|deposito|koperasi|bmt|kebun|kavling|villa|properti|property|booster|collection|stake|staking|dividen|fund');
const ASSET = re(W(String.raw`invest(?:asi|asikan|ed|ing|ment|ments|or)?|diinvestasikan|nabung|menabung|ditabung|tabungan(?: [a-z]+)?|simpanan(?:nya)?|nyimpen|menyimpan|savings?(?: plan)?|saved|saving|emas(?: digital)?|gold(?: plan| savings| app)?|saham|stocks?|shares|kripto|crypto(?: basket)?|tokens?|nft|reksa ?dana|portofolio(?:nya)?|portfolio|dca|deposito|kavling|kebun [a-z]+|villa|properti|property|booster boxes|collection fund|collectibles?|stake|staking|dividen(?:nya)?|dividends?|pohon`), 'g');
const AMOUNT = String.raw`(?:(?:rp|idr|\$) ?\d[\d.,]*(?: ?(?:juta|jt|rb|ribu|k|million|miliar))?|\d[\d.,]* ?(?:juta|jt|rb|ribu|k|million))`;
/** The gain, told as what the asset does or did, or what it pays for. */
const GAIN = re(W(String.raw`appreciates?|apprecia?ted|(?:grows?|grew|tumbuh|naik|bertambah|nambah)(?: [a-z]+){0,2} (?:by )?\d+(?:[.,]\d+)?(?:%|x| ?kali)|(?:naik|up|grows?|grew|udah naik|sudah naik) \d+x|(?:bisa|will|akan|bakal|pasti)(?: [a-z]+){0,2} (?:double|dobel|doubles|naik dua kali|dua kali lipat)|double in value|(?:dua|tiga|2|3) kali lipat|earn(?:s|ing)? \d+(?:[.,]\d+)?% ?(?:apy|apr|a year|per year|p\.?a)?|\d+(?:[.,]\d+)?% apy|menghasilkan ${AMOUNT}|(?:cuan|untung|profit)(?: [a-z]+){0,2} (?:lumayan|gede|besar|\d)|nest egg|turned ${AMOUNT}(?: [a-z]+){0,3} into|(?:dari|from) (?:bunga|dividen|hasil|return)[a-z]*(?: [a-z]+){0,2} (?:saja|aja|alone)|(?:dividen|dividends?)(?:nya)? (?:bayarin|bayar|pays?|covers?)|return(?: is| nya)? (?:locked in|pasti|dijamin)|value(?:-?nya)?(?: [a-z]+){0,2} (?:naik|double|dobel|grows?)|(?:grows?|grown|grew|tumbuh|becomes?|turns?)(?: [a-z]+){0,2} (?:to|into|jadi) ${AMOUNT}|watch it grow|(?:pasti|selalu|always|dijamin) (?:bertambah|naik|hijau|green|untung|cuan|profit)|(?:naik|bertambah|nambah|grows?) (?:terus )?(?:tiap|setiap|every) (?:tahun|bulan|year|month)|profit included|(?:sekarang|today|now|kini)(?: [a-z']+){0,4} (?:(?:bisa|udah bisa|sudah bisa) (?:beli|buka|bayar)|has enough for|have enough for|has enough money|(?:is )?paying (?:for|her|his|my|their)|pays for|bayarin)`));
/** A risk in words the round-thirteen table misses, or a market figure cited from its source ("menurut survei BI"). */
const RISK = re(W(String.raw`menurut|according to|survei|survey|laporan|report|data (?:bi|bps|bei|ojk)|risk|risiko|resiko|rugi|loss|lose|turun|volatil[a-z]*|ojk|berizin|licensed|regulated|past performance|kinerja masa lalu|ilustrasi|simulasi`));

/** A gain that names itself a return, whatever the asset: "appreciate 15% a year", "earn 9% APY", "double in value". */
const SELF_RETURN = re(W(String.raw`apprecia[a-z]*(?: [a-z]+){0,2} \d+(?:[.,]\d+)?%|\d+(?:[.,]\d+)?% apy|earn(?:s|ing)? \d+(?:[.,]\d+)?% ?(?:apy|apr|a year|per year|p\.?a)|double in value`));

export function detectFinanceRoundFourteen(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!CUE.test(text) || statesReturnRisk(doc) || doc.signals.limitationStated || doc.signals.ojkStated || RISK.test(text)) return [];
  const self = SELF_RETURN.exec(text);
  if (self !== null && !isNegated(doc, self.index)) return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: self.index, end: self.index + self[0].length, severity: 'block' }];
  const gains = [...text.matchAll(new RegExp(GAIN.source, 'g'))];
  if (gains.length === 0) return [];
  ASSET.lastIndex = 0;
  const assets = [...text.matchAll(ASSET)];
  for (const gain of gains) {
    if (isNegated(doc, gain.index)) continue;
    // The asset in the gain's sentence or the one before: "Put your harvest money in our savings plan. In three years it grows by 30%."
    const at = doc.sentences.findIndex((s) => s.start <= gain.index && gain.index < s.end);
    const from = doc.sentences[Math.max(0, at - 1)]?.start ?? 0;
    const asset = assets.find((a) => a.index >= from && a.index < gain.index + gain[0].length + 60);
    if (asset !== undefined) return [{ rule: 'DISCLOSE.FINANCE_RETURN', start: Math.min(asset.index, gain.index), end: gain.index + gain[0].length, severity: 'block' }];
  }
  return [];
}
