// What the brand profile changes in a check: substantiated claims pass, products that
// are promoted must carry their limitations and disclaimers, banned words are flagged.
// Normalised forms are prepared once per profile object (the composer re-checks on
// every keystroke with the same profile).
import type { GuardDoc } from '../context/doc.js';
import { rangeContaining } from '../context/structure.js';
import type { Hit } from '../detect/scan.js';
import { normalizeText } from '../text/normalize.js';
import { allMatches, loosePhrases, matchesAnywhere } from '../text/pattern.js';
import type { BrandProfile } from './profile.js';

interface PreparedProduct {
  name: string;
  mentions: RegExp | undefined;
  required: { text: string; tokens: string[] }[];
}

interface PreparedProfile {
  claims: { text: string; tokens: string[] }[];
  banned: RegExp | undefined;
  products: PreparedProduct[];
}

const prepared = new WeakMap<BrandProfile, PreparedProfile>();
const STOPWORDS = new Set(['yang', 'dan', 'untuk', 'di', 'ke', 'dari', 'the', 'and', 'for', 'of', 'to', 'in', 'on', 'with', 'tidak', 'not', 'ini', 'itu', 'ada', 'a', 'an']);

function norm(text: string): string {
  return normalizeText(text).text.trim();
}

function contentTokens(normalised: string): string[] {
  return normalised.split(/[^a-z0-9%#&]+/).filter((t) => t.length >= 2 && !STOPWORDS.has(t));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-phrase regex over normalised text for a list of names or words. */
function phraseRegex(list: readonly string[]): RegExp | undefined {
  const forms = list.map(norm).filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return undefined;
  return new RegExp(`(?<![a-z0-9])(?:${forms.map(escape).join('|')})(?:nya|lah|ku|mu)?(?![a-z0-9])`, 'g');
}

function prepare(profile: BrandProfile): PreparedProfile {
  const cached = prepared.get(profile);
  if (cached !== undefined) return cached;
  const result: PreparedProfile = {
    claims: (profile.substantiatedClaims ?? []).map((c) => {
      const text = norm(c.text);
      return { text, tokens: contentTokens(text) };
    }),
    banned: phraseRegex(profile.bannedWords ?? []),
    products: (profile.products ?? []).map((p) => ({
      name: p.name,
      mentions: phraseRegex([p.name, ...(p.aliases ?? [])]),
      required: [...(p.limitations ?? []), ...(p.requiredDisclaimers ?? [])].map((text) => ({ text, tokens: contentTokens(norm(text)) })),
    })),
  };
  prepared.set(profile, result);
  return result;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Whether `part` occurs in `text` not right after a letter or digit (no RegExp built per check). */
function occursAtWordStart(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (at === 0 || !isWordCode(text.charCodeAt(at - 1))) return true;
  return false;
}

/** A claim the brand backed with evidence passes: the draft says it, or says part of it in one sentence. */
export function isSubstantiated(doc: GuardDoc, hit: Hit): boolean {
  if (doc.brand === undefined) return false;
  const excerpt = doc.text.slice(hit.start, hit.end).trim();
  const sentence = rangeContaining(doc.sentences, hit.start, hit.end);
  const sentenceText = sentence === undefined ? doc.text : doc.text.slice(sentence.start, sentence.end);
  for (const claim of prepare(doc.brand).claims) {
    if (claim.text.length === 0) continue;
    for (let at = doc.text.indexOf(claim.text); at >= 0; at = doc.text.indexOf(claim.text, at + 1)) {
      if (at < hit.end && hit.start < at + claim.text.length) return true;
    }
    if (excerpt.length > 0 && occursAtWordStart(claim.text, excerpt)) {
      const present = claim.tokens.filter((t) => sentenceText.includes(t)).length;
      if (present * 2 >= claim.tokens.length) return true;
    }
  }
  return false;
}

export function bannedWordHits(doc: GuardDoc): Hit[] {
  if (doc.brand === undefined) return [];
  const banned = prepare(doc.brand).banned;
  return banned === undefined ? [] : allMatches(banned, doc.text).map((m) => ({ rule: 'BRAND.BANNED_WORD', ...m }));
}

// "Info lengkap / peringatan di link bio" counts as linking to the limitations.
const POINTER = loosePhrases(['(?:info|detail|keterangan|ketentuan|s&k|peringatan|perhatian|cara pakai|disclaimer|details|warnings?|limitations?)[a-z]* (?:lengkap |selengkapnya |produk )?(?:ada |cek |bisa dicek |lihat )?(?:di|in|at|on) (?:link|bio|kemasan|website|web|situs|packaging|label|highlight)']);

function mentions(doc: GuardDoc, required: { tokens: string[] }): boolean {
  if (required.tokens.length === 0) return true;
  const present = required.tokens.filter((t) => doc.text.includes(t)).length;
  return present / required.tokens.length >= 0.6;
}

/** Products the draft promotes without their limitations or disclaimers. */
export function productLimitationHits(doc: GuardDoc, promoting: boolean): Hit[] {
  if (doc.brand === undefined || !promoting || matchesAnywhere(POINTER, doc.text)) return [];
  const hits: Hit[] = [];
  for (const product of prepare(doc.brand).products) {
    if (product.mentions === undefined) continue;
    const first = allMatches(product.mentions, doc.text)[0];
    if (first === undefined) continue;
    const missing = product.required.filter((r) => !mentions(doc, r)).map((r) => r.text);
    if (missing.length === 0) continue;
    const list = missing.map((m) => `"${m}"`).join(', ');
    hits.push({
      rule: 'DISCLOSE.LIMITATIONS_RISK',
      ...first,
      message: { id: `${product.name}: keterbatasan atau disclaimer belum disebut: ${list}.`, en: `${product.name}: limitations or disclaimers not stated: ${list}.` },
      suggestion: { id: `Tambahkan ${list}, atau tautkan ke info lengkapnya ("info & peringatan di link bio").`, en: `Add ${list}, or link to them ("details and warnings in the bio link").` },
    });
  }
  return hits;
}
