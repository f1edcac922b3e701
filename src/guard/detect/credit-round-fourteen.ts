// Round fourteen (issue #11), DISCLOSE.TERMS_MISSING for credit by structure. A credit offer is an offer of
// money now and payment later: instalments ("bisa dicicil", "easy monthly payments", "split into 6 payments"),
// a down payment ("DP mulai 2 juta", "zero down"), a tenor ("tenor sampai 5 tahun"), a loan or a limit
// ("pinjaman cair dalam sehari", "lends you up to Rp5 million", "credit limit"), payment put off ("bayar nanti
// setelah kerja", "pay nothing until you're hired", "fitur tempo"). Its terms are its COST: a rate per period,
// the total repaid, the fees, the APR, who lends ("diawasi OJK"), or a pointer to the terms. A date or the shop's
// opening hours are no cost, yet the promotion detector counts them as terms (signals.concreteEnd): that is
// why "Senin–Minggu 10.00–21.00 … semua HP bisa kredit tanpa bunga" went unflagged. Look-alikes kept quiet:
// credit warned against or refused ("jangan pinjam di pinjol", "no instalments"), a question about credit with
// no offer, a subscription price ("Rp49rb per bulan" with no credit word), savings and deposits.
import type { GuardDoc } from '../context/doc.js';
import { isNegated } from '../context/guards.js';
import { collapsedRegExp as re, wholeWords as W } from '../text/pattern.js';
import type { Hit } from './scan.js';


/** Cheap gate: every shape below holds one of these stems. */
const CUE = /cicil|kredit|credit|dp|down|angsur|tenor|pinjam|loan|lend|paylater|pay later|bayar nanti|bayar belakangan|tempo|leas|instal|payments|afterpay|advance|kta|pay nothing|uang muka|split|finance|financing|pembiayaan|limit/;

const AMOUNT = String.raw`(?:rp ?|idr ?|\$ ?)?\d[\d.,]*(?: ?(?:juta|jt|rb|ribu|k|m|million|jutaan|ribuan|an))?`;
/** Money now, payment later: the offer itself. */
const OFFER = re(W(String.raw`(?:bisa|dapat|boleh|can|could)(?: [a-z]+){0,3} (?:(?<!kartu )kredit|dikredit|dicicil|nyicil|cicil|diangsur|angsur|bayar (?:nanti|belakangan|later|tempo)|paylater|pay later|(?:get|buy|have|take) (?:it |them |one )?on (?:credit|finance|instal+ments?))|on credit through|(?:get|buy|have|take) (?:it |them |one )?on (?:credit|finance)|(?:dp|uang muka|down ?payment)(?:-?nya)? (?:(?:mulai|cuma|hanya|just|only|from|dulu) ${AMOUNT}%?|ringan|murah|rendah|nol|kecil|0(?![\d.,%]))|(?:zero|no|nol|tanpa) (?:down(?: ?payment)?|dp|uang muka)|dp 0|(?:cicilan|angsuran|installments?|instalments?|monthly payments?|repayments?)(?:-?nya)? (?:mulai|from|cuma|hanya|just|only|ringan|santai|bersahabat|murah|rendah|easy|low|flexible|\d|rp)|(?:easy|low|flexible|small|light) (?:monthly )?(?:payments|instal+ments|installments)|\d+ (?:easy |small |monthly |interest-free )?(?:payments|instal+ments|installments|cicilan)|split(?: [a-z]+){0,3} into \d|tenor(?:-?nya)? (?:sampai|hingga|up to|s/d|mulai|\d)|(?:pinjaman|pinjam|kta|kredit pensiun|kredit tanpa agunan|cash advance|credit limit|limit kredit|limit pinjaman)(?: [a-z]+){0,4} (?:cair|langsung|instan|instant|sampai|hingga|up to|tanpa agunan|bunga (?:rendah|ringan|bersahabat|murah|mulai)|low interest|\d|rp)|lends? you|(?:up to|sampai|hingga) (?:a )?${AMOUNT} (?:credit limit|limit kredit|loan|pinjaman|kredit)|(?:bayar|pay) (?:nanti|belakangan|later|nothing)(?: [a-z]+){0,3} (?:setelah|after|until|till|for the first|sampai)|fitur (?:tempo|bayar nanti|paylater)|sort it out later|bisa (?:kredit|dicicil)|(?:via|lewat|melalui) (?:mitra )?pembiayaan|dapat diangsur|bunga (?:super )?(?:rendah|ringan|bersahabat|flat)`));
/** The cost told: a rate per period, the total, the fees, the APR, the lender's licence, or where the terms are. */
const COST = re(W(String.raw`bunga \d+(?:[.,]\d+)?% ?(?:per|/|flat per|efektif|tiap|setiap|sebulan|setahun)|\d+(?:[.,]\d+)?% (?:per (?:bulan|tahun|month|year)|p\.?a|apr|a (?:month|year))|apr|total (?:bayar|pembayaran|tagihan|cicilan|payable|repayable|amount|cost|biaya)|(?:biaya|fee|fees)(?: [a-z]+){0,2} (?:rp|\$|\d)|(?:denda|late fee)|(?:s&k|t&c|t&cs|syarat dan ketentuan|terms and conditions|terms apply|ketentuan berlaku|syarat berlaku)|ojk|diawasi|berizin|licensed|regulated|simulasi|simulation|representative|eligibility|credit checks?|subject to (?:approval|status)|tanpa biaya (?:tambahan|admin)|no (?:extra |hidden )?fees|pelunasan (?:paling lambat|h-)|(?:\d+|tiga|enam|dua belas) ?(?:x|kali|bulan|bln|months?)(?: [a-z]+){0,2} (?:0%|tanpa bunga|interest-free|no interest)|(?:0%|tanpa bunga|interest-free)(?: [a-z]+){0,2} (?:\d+|tiga|enam|dua belas) ?(?:x|kali|bulan|bln|months?)`));

/** A hit for each credit offer whose cost is nowhere in the draft. */
export function detectCreditRoundFourteen(doc: GuardDoc): Hit[] {
  const text = doc.text;
  if (!CUE.test(text)) return [];
  const offer = OFFER.exec(text);
  if (offer === null || COST.test(text) || isNegated(doc, offer.index)) return [];
  return [{ rule: 'DISCLOSE.TERMS_MISSING', start: offer.index, end: offer.index + offer[0].length }];
}
