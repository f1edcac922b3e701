// Round fourteen (issue #11), PRESSURE.CTA_STACK: what cta.ts counts as one call to action, widened by
// cause rather than by the rows read.
//  - More verbs of the same kinds: contacting and booking ("kirim", "send", "telepon", "call us", "reservasi",
//    "jadwalkan", "walk in"), bringing others along ("ajak", "kabari", "bring a friend"), watching or reacting on
//    the account ("nonton", "drop a comment", "hit the cart"), paying and redeeming ("top up", "pakai kode",
//    "fund your wallet", "pre-save"), taking the thing home ("test ride", "bawa pulang"), bringing friends ("ajak
//    temen", not "ajak mama": that is a child's one ask). Still never a usage step.
//  - More ways to soften an imperative: a regional "please" ("mangga", "monggo"), "gas", "sekalian", "make sure
//    to", "remember to", "jangan lupa untuk", and the reader named as its subject
//    ("kalian langsung checkout", "you just order").
//  - An emoji or bullet between two imperatives opens a clause ("Follow ✅ Share ✅ Tag"): the normaliser drops the
//    symbol, so it is read from the gap in the original offsets.
//  - Not a call to action: a verb with "-nya" (a noun: "bayarnya bulan depan"), saving or paying an amount or a
//    fee ("Save Rp500,000 a month", "bayar ongkir"), checking as advice ("check with your doctor", "cek dulu
//    sebelum", "cek aja sendiri"), the lexicon's "co" → "checkout" inside "co-op", and an action waved off ("nggak perlu follow").
//    "tinggal / cukup X" ("tinggal pilih tenor di checkout", "cukup setor Rp500.000") states a condition or a
//    how-to, not a call, so it is no softener here (tried: six false alarms on the training splits).
import type { GuardDoc } from '../context/doc.js';
import { collapseLetters, lazyPhrases } from '../text/pattern.js';

// Lazy: read only at clause openings where cta.ts's own verbs did not match.
const MORE_ACTION = lazyPhrases([
  'kirim', 'send', 'ajak(?:in)? (?:teman|temen|squad|bestie|geng|gengs|sahabat|kawan|keluarga|orang(?! tua)|semua|friends?|tim)', 'bring (?:a|your) [a-z]+', 'kabari', 'kabarin', 'telepon', 'telpon', 'call (?:us|our|me|now|the)', 'reservasi', 'booking', 'jadwalkan', 'schedule',
  'walk in', 'datang (?:ke|langsung)', 'come (?:by|visit|and (?:see|try|join))', 'nonton', 'tonton', 'watch (?:the|our|now|live|this)', 'drop (?:a |your )?(?:comment|like|komen|review|emoji)',
  'hit (?:the )?(?:cart|like|follow|subscribe|link|button)', 'top up', 'topup', 'pakai kode', 'gunakan kode', 'use (?:my |our |the )?code', 'redeem', 'tukarkan',
  'fund (?:your|akun|the)', 'test ride', 'test drive', 'bawa pulang', 'stream (?:the|our|it|now|lagu)', 'pre-save', 'presave', 'vote', 'rsvp', 'enrol', 'enroll', 'pre-order', 'preorder', 'pay (?:now|online|here|via)', 'reply', 'balas', 'ramaikan',
]);
export const MORE_ACTION_AT = new RegExp(MORE_ACTION.source, 'y');

/** Softeners and the reader as subject, before an imperative; sticky, tried at each clause opening. */
export const SOFTENER_AT = new RegExp(collapseLetters(String.raw`(?:(?:mangga|monggo|hayu|hayuk|ayok|gas|sekalian|kindly|let's|make sure (?:to|you)|be sure to|remember to|feel free to|jangan lupa (?:untuk|buat)|(?:kalian|kamu|kakak|kak|you) (?:langsung|just|bisa langsung))\s+)?`), 'y');

// "bayar ongkir", "save rp500,000", "pay the fee": an amount or fee after the verb is terms, not a call.
const AMOUNT_AFTER = new RegExp(collapseLetters(String.raw`^(?:[a-z]+ ){0,1}(?:rp|\$|usd|idr|\d|ongkir|biaya|full|dp|cicilan|pakai paylater|bulan|minggu|up to|hingga|sampai)`));
const ADVICE_AFTER = new RegExp(collapseLetters(String.raw`^(?:with your|dengan dokter|ke dokter|dulu sebelum|saja sendiri|sendiri)`));
const WAIVED_BEFORE = new RegExp(collapseLetters(String.raw`(?:tidak|tanpa|no|without|don't|do not) (?:perlu|usah|wajib|need to|have to|harus)(?: [a-z]+){0,2} $`));

/** Whether a verb at `start`…`end` (normalised offsets) is no call to action, by what is around it. */
export function notACall(doc: GuardDoc, start: number, end: number): boolean {
  const text = doc.text;
  // "bayarnya", "ordernya": the verb made a noun.
  if (text.startsWith('nya', end - 3) && end - start > 4) return true;
  if (text.startsWith('-op', end)) return true;
  const after = text.slice(end, end + 24).trimStart();
  const verb = text.slice(start, end);
  if (/^(?:save|simpan|hemat|bayar|pay|setor)/.test(verb) && AMOUNT_AFTER.test(after)) return true;
  if (/^(?:check|cek)/.test(verb) && ADVICE_AFTER.test(after)) return true;
  return WAIVED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Whether code unit `c` of the original is a symbol the normaliser drops between words (emoji, bullets, arrows). */
function isBulletCode(c: number): boolean {
  return c >= 0x2190 || c === 0x2022 || c === 0x2023 || c === 0x25cf;
}

/**
 * Normalised offsets where a dropped emoji or bullet stood just before a word: clause openings the text no longer
 * shows. A draft with no symbol at all (most) is passed over after one native scan.
 */
const ANY_SYMBOL = /[\u2022\u2023\u25cf\u2190-\uffff]/;

export function symbolOpenings(doc: GuardDoc): number[] {
  const { starts, ends, original } = doc.norm;
  const text = doc.text;
  const out: number[] = [];
  // One native scan first: most drafts carry no emoji or bullet at all.
  if (!ANY_SYMBOL.test(original)) return out;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i - 1) !== 32) continue;
    const from = ends[i - 1] ?? 0;
    const to = starts[i] ?? 0;
    for (let j = from; j < to; j++) {
      if (isBulletCode(original.charCodeAt(j))) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
