// Failures told as plain facts, by sentence shape rather than by complaint word. English
// followers in particular complain without a feeling word ("the box arrived empty", "the
// zipper broke on the second day", "you sent me someone else's order"), and a sarcastic
// compliment is only recognisable as such when the failure beside it is. These rules add
// shapes to the existing complaint reasons (same names, so the models' reason features and the
// inbox's reason texts stay as they are); RuleIndex.run reports a reason once.
import { NOT_NEGATED, onNormalized, type Rule } from './rule.js';

/** A count in digits or in words, as followers write durations and quantities. */
const COUNT = String.raw`(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sepuluh|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|belasan|puluhan|several|a few)`;
const UNITS = String.raw`(?:hari|minggu|bulan|jam|days|weeks|months|hours)`;
const INABILITY = String.raw`(?:will not|won't|does not|doesn't|did not|didn't|can not|cannot|can't|could not|couldn't)`;

export const FAILURE_FACT_RULES: readonly Rule[] = [
  // Something broke or does not work: an object that stopped, arrived damaged or expired.
  onNormalized('reports_damage', 'cracked chipped shattered dented ripped scratched melted pieces broke stopped fell not logs log putus expired expiry expiration keluar arrived came open opened unsealed',
    new RegExp(String.raw`${NOT_NEGATED}\b(?:cracked|chipped|shattered|dented|ripped|scratched|melted|in pieces|(?<!\b(?:am|are|is|was|so|too|i'm|we're|flat|go|went) )broke|stopped (?:working|charging|turning on|\w+ing)|fell apart|${INABILITY} (?:work|turn on|charge|open|load|start|let me|connect|close|switch on)|not working|logs? me out|putus|(?:arrived|came) (?:already )?(?:open|opened|unsealed)|already open(?:ed)?|(?:past|over) (?:its|the) (?:expiry|expiration|use-by|best-before)|(?:sudah|already|was|were|is|are|arrived|came|got|dapat) (?:an? )?expired|expired (?:product|item|milk|food|goods|barang|produk)|keluar sendiri)\b`)),
  // Something else, or less, than what was ordered.
  onNormalized('wrong_item', "instead else else's different nothing wrong malah justru cuma hanya only",
    new RegExp(String.raw`\b(?:(?:got|received|sent|came|delivered|arrived|dikirim|datang|dapat)\b[^.?!]{0,40}\binstead of|someone else's (?:order|package|parcel|item)|(?:two|2|dua) (?:different|beda) (?:sizes|colours|colors|ukuran|warna)|nothing like (?:the|your|what) (?:photo|picture|pictures|description|ad|advert|listing)|(?:delivered|delivering|sent|shipped|went|dikirim)\b[^.?!]{0,30}\bwrong (?:city|address|house|person)|(?:got|received|sent me|came in|arrived in) (?:the |a )?wrong (?:colour|color|product|flavour|flavor|model)|(?:datang|dikirim|sampai|yang datang) (?:malah|justru)|(?:beli|pesan|order|ordered|bought) ${COUNT}\b[^.?!]{0,30}\b(?:datang|dikirim|sampai|came|arrived|got)\b[^.?!]{0,10}\b(?:cuma|hanya|only))\b`)),
  // Still waiting, or it came too late to be of use.
  onNormalized('reports_delay', 'moved updated changed shipped says shows say show took gerak bergerak dibalas balas direspon ditanggapi tunggu nunggu menunggu delivered arrived came hold',
    new RegExp(String.raw`\b(?:has not (?:moved|updated|changed|been (?:shipped|sent|delivered))|still (?:says|shows|say|show) (?:processing|pending|unpaid|not shipped)|(?<!\b(?:only|just|cuma) )took ${COUNT} (?:days|weeks|months)|(?:tidak|belum) (?:gerak|bergerak)|(?<!\b(?:maaf|sorry)(?: [\w-]+)? )baru (?:dibalas|balas|direspon|ditanggapi)|(?:tunggu|nunggu|menunggu) ${COUNT} ${UNITS}|(?:delivered|arrived|came) (?:${COUNT}|an?) (?:hours?|days?|weeks?) (?:late|after the (?:party|event|wedding|deadline|date|holiday|birthday))|on hold for)\b`)),
  // It never came, came empty, or money left without the order it paid for.
  onNormalized('reports_missing', 'empty nothing never saw received debited deducted charged kepotong terpotong dipotong didebet billed renewed nyasar dilempar',
    new RegExp(String.raw`\b(?:(?:box|package|parcel|bag|bottle|pack|paket|kotak|dus|order)\b[^.?!]{0,15}\b(?:arrived|came|was|is) empty|(?:arrived|came) empty|nothing (?:came|arrived|inside|in the box)|never (?:saw|received|got) (?:it|them|my)|(?:marked|says|shows) (?:it )?(?:as )?delivered but|(?:debited|deducted|charged|kepotong|terpotong|dipotong|didebet)\b[^.?!]{0,40}\b(?:but|tapi|namun|unpaid|belum|masih|still)|(?:billed|charged) for\b[^.?!]{0,30}\bnever (?:signed up|ordered|bought|used|asked)|(?:renewed|charged|billed)\b[^.?!]{0,30}\b(?:even though|although|after) i (?:cancelled|canceled|unsubscribed)|nyasar|paket (?:nya )?dilempar)\b`)),
  // The brand refused, ignored or cancelled without a word.
  onNormalized('poor_service', 'refused rejected declined denied nobody notice warning explanation answer reply response ghosting kabar cancel di-cancel cancelled canceled cancelling canceling',
    new RegExp(String.raw`\b(?:(?:refused|rejected|declined|denied) (?:my|our|the) (?:return|refund|claim|request|voucher|code|warranty|exchange)|(?:code|voucher|card|payment|claim|return|refund|warranty)\b[^.?!]{0,20}\b(?:was|got|is|been) (?:rejected|declined|refused|denied)|nobody (?:told|informed|warned) (?:me|us)|without (?:any )?(?:notice|warning|explanation)|(?:got|had|received) no (?:answer|reply|response)|ghosting|cancel(?:l?ed|l?ing) (?:the|our) order|(?:di-?cancel|cancel|dibatalin|dibatalkan) tanpa kabar)\b`)),
];
