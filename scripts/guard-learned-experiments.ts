// Feature variants tried by lobo-guard.ts and lobo-guard-heads.ts (--features a,b): each adds keys to
// or removes keys from the shipped features of src/guard/learned/features.ts. Only a variant that wins
// the leave-one-batch-out measure is worth moving into features.ts and the check-time scorer.
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { featuresOf, wordsOf } from '../src/guard/learned/features.js';

/**
 * Character n-grams within a word (round ten, `chars`): sizes 3–5 of the shaped word with ^ and $ at its
 * ends, so prefixes (^ter, ^se), suffixes (nya$) and slang spellings of a known stem meet. None for an
 * @handle. Not shipped: see src/guard/README.md, round ten. The check-time scorer for them (a rolling
 * FNV hash over the word, one more hash table) is at commit cebb83b in src/guard/learned/model.ts.
 */
export function charGramsOf(word: string): string[] {
  if (word === '@') return [];
  const marked = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= marked.length; i++) for (let n = 3; n <= 5 && i + n <= marked.length; n++) out.push(`c:${marked.slice(i, i + n)}`);
  return out;
}

// Word classes (round ten): a token that is an amount of money, a percentage, a duration or a bare number
// reads as its class too, so "rp0", "0rb", "$0" and "0 juta" meet, and pairs with the class generalise.
const MONEY_TOKEN = /^(rp|\$|idr|usd|rm|sgd|php|s\$)0|^0(rb|ribu|k|jt|juta|m|mio|miliar|an|ribuan|jutaan|rupiah)$/;
const MONEY_WORD = new Set(['rupiah', 'ribu', 'juta', 'miliar', 'jutaan', 'ratusan', 'puluhan', 'dollars', 'dollar', 'bucks', 'grand', 'million', 'thousand', 'billion']);
const DURATION_WORD = new Set(['detik', 'menit', 'jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'yrs', 'thn', 'bln']);
const NUMBER_WORD = new Set(['0', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'seratus', 'seribu', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'a']);

function classOf(words: readonly string[], i: number): string | undefined {
  const w = words[i] ?? '';
  if (MONEY_TOKEN.test(w) || (MONEY_WORD.has(w) && NUMBER_WORD.has(words[i - 1] ?? ''))) return '<money>';
  if (w === '0%' || (w === 'persen' || w === 'percent') ) return '<pct>';
  if (DURATION_WORD.has(w) && NUMBER_WORD.has(words[i - 1] ?? '')) return '<dur>';
  return undefined;
}

// Concepts (round ten): a few rule-independent ideas, each from a small closed class of words, so a
// writer's new wording around them still meets the ones seen in training.
const OTHER = new Set(['lain', 'lainnya', 'sebelah', 'other', 'others', 'kompetitor', 'competitor', 'competitors', 'rival', 'rivals', 'elsewhere', 'luar']);
const SELLER = new Set(['toko', 'seller', 'olshop', 'shop', 'shops', 'store', 'stores', 'brand', 'brands', 'merek', 'merk', 'penjual', 'tempat', 'place', 'places', 'app', 'apps', 'aplikasi', 'produk', 'products', 'product', 'company', 'companies', 'perusahaan', 'vendor', 'vendors', 'agen', 'agent', 'agents']);
const YOU = new Set(['kamu', 'kalian', 'lo', 'lu', 'loe', 'elo', 'you', 'your', "you're", 'anda', 'adik', 'adek', 'dek', 'nak', 'kakak', 'kak', 'sis', 'gan', 'bestie']);
const PARENT = new Set(['mama', 'papa', 'ibu', 'ayah', 'bunda', 'mom', 'mum', 'dad', 'parents', 'parent', 'ortu', 'mommy', 'daddy', 'mami', 'papi', 'bapak', 'emak', 'mamah', 'papah']);
const CHILD = new Set(['anak', 'anakmu', 'kids', 'kid', 'children', 'child', 'bocil', 'si kecil', 'balita', 'bayi', 'baby', 'toddler', 'teens']);
const ME_WE = new Set(['kami', 'kita', 'we', 'our', 'us', 'aku', 'saya', 'gue', 'gua', 'i', 'my']);

function conceptKeys(normalised: string, words: readonly string[]): string[] {
  const out: string[] = [];
  const at = (set: ReadonlySet<string>): number[] => words.flatMap((w, i) => (set.has(w) ? [i] : []));
  const near = (a: readonly number[], b: readonly number[], span: number): boolean => a.some((i) => b.some((j) => Math.abs(i - j) <= span));
  const other = at(OTHER);
  const seller = at(SELLER);
  if (other.length > 0) out.push('k:other');
  if (near(other, seller, 3)) out.push('k:other-seller');
  if (other.length > 0 && at(ME_WE).length > 0) out.push('k:other-and-us');
  const you = at(YOU);
  const parent = at(PARENT);
  if (parent.length > 0) out.push('k:parent');
  if (at(CHILD).length > 0) out.push('k:child');
  if (you.length > 0 && parent.length > 0) out.push('k:you-parent');
  if (words.some((_, i) => classOf(words, i) === '<money>')) out.push('k:money');
  if (words.some((_, i) => classOf(words, i) === '<dur>')) out.push('k:duration');
  if (words.some((_, i) => classOf(words, i) === '<pct>')) out.push('k:percent');
  if (/\([^)]*\)/.test(normalised)) out.push('k:paren');
  if (/\s[-–—]\s/.test(normalised)) out.push('k:dash');
  if (normalised.includes('*')) out.push('k:asterisk');
  if (normalised.includes('?')) out.push('k:question');
  return out;
}

// Negation scope (round twelve, `negscope`) was measured here and is shipped: src/guard/learned/features.ts reads
// `n:<word>` for every draft, so it is no longer a variant.

export function experimentalKeys(variants: readonly string[]): (normalised: string, draft: LabelledDraft) => string[] {
  const on = new Set(variants);
  return (normalised, draft) => {
    let keys = featuresOf(normalised).map((f) => f.key);
    if (on.has('nostem')) keys = keys.filter((k) => !k.startsWith('p:'));
    if (on.has('noroot')) keys = keys.filter((k) => !k.startsWith('s:'));
    const words = wordsOf(normalised).map((w) => w.w);
    for (let i = 0; i < words.length; i++) {
      const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
      if (on.has('trigram') && c !== undefined) keys.push(`t:${a} ${b} ${c}`);
      if (on.has('skip') && c !== undefined) keys.push(`k:${a} ${c}`);
      if (on.has('prefix4') && a !== undefined && a.length >= 5) keys.push(`q:${a.slice(0, 4)}`);
      if (on.has('suffix3') && a !== undefined && a.length >= 6) keys.push(`x:${a.slice(-3)}`);
      if (on.has('chars') && a !== undefined) keys.push(...charGramsOf(a));
    }
    if (on.has('classes')) {
      const cls = words.map((_, i) => classOf(words, i));
      cls.forEach((k, i) => {
        if (k === undefined) return;
        keys.push(`w:${k}`);
        const prev = cls[i - 1] ?? words[i - 1];
        const next = cls[i + 1] ?? words[i + 1];
        if (prev !== undefined) keys.push(`b:${prev} ${k}`);
        if (next !== undefined) keys.push(`b:${k} ${next}`);
      });
    }
    if (on.has('concepts')) keys.push(...conceptKeys(normalised, words));
    if (on.has('paid')) keys.push(draft.paid === true ? 'f:paid' : 'f:unpaid');
    if (on.has('kind')) keys.push(`f:${draft.kind}`);
    if (on.has('len')) keys.push(`f:len${Math.min(6, Math.floor(words.length / 8))}`);
    return [...new Set(keys)];
  };
}
