// Makes one template read like many people: slang spellings, stretched letters, casing habits,
// doubled punctuation, an added emoji, the odd typo. Indonesian social text is the hard case for
// the analysis pillar, so the simulator should not hand it textbook spelling.
import type { Mood } from './categories.js';
import type { MessageLanguage } from './followers.js';
import { chance, pick, randomInt, type RandomSource } from './random.js';
import { moodEmoji } from './slots.js';

/** Casual spellings; every occurrence rolls on its own, so one message can mix "gak" and "ga". */
const INDONESIAN_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  gak: ['gak', 'ga', 'nggak', 'gk', 'ngga', 'engga', 'tidak'],
  udah: ['udah', 'udh', 'sudah', 'dah'],
  belum: ['belum', 'blm', 'belom'],
  yang: ['yang', 'yg'],
  banget: ['banget', 'bgt', 'bngt', 'bgtt'],
  gimana: ['gimana', 'gmn', 'gmna', 'bagaimana'],
  berapa: ['berapa', 'brp', 'brapa'],
  kalo: ['kalo', 'kalau', 'klo'],
  kalau: ['kalau', 'kalo', 'klo'],
  tapi: ['tapi', 'tp'],
  aku: ['aku', 'aku', 'aq', 'saya'],
  makasih: ['makasih', 'makasi', 'mksh', 'thx'],
  dong: ['dong', 'donk', 'dongg'],
  sama: ['sama', 'sm'],
  dari: ['dari', 'dr'],
  aja: ['aja', 'aj', 'ajah'],
  terus: ['terus', 'trs', 'trus'],
  sekarang: ['sekarang', 'skrg', 'skrng'],
  bisa: ['bisa', 'bs'],
  nggak: ['nggak', 'gak', 'ga'],
};

const ENGLISH_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  please: ['please', 'pls', 'plz', 'pleaseee'],
  you: ['you', 'you', 'u'],
  thanks: ['thanks', 'thx', 'tysm'],
  "what's": ["what's", 'whats'],
  "can't": ["can't", 'cant'],
  "I'm": ["I'm", 'im', 'i\'m'],
};

/** Words people stretch: "kakkk", "bangettt", "pleaseee". */
const STRETCHABLE = /\b(kak|min|dong|banget|bgt|lama|suka|sukaa|plis|tolong|kok|aja|please|so|love|mantap|ya)\b/gi;

function wordPattern(spellings: Readonly<Record<string, readonly string[]>>): RegExp {
  return new RegExp(`(?<![\\w'])(${Object.keys(spellings).join('|')})(?![\\w'])`, 'g');
}

const INDONESIAN_WORDS = wordPattern(INDONESIAN_SPELLINGS);
const ENGLISH_WORDS = wordPattern(ENGLISH_SPELLINGS);

function respell(text: string, spellings: Readonly<Record<string, readonly string[]>>, random: RandomSource, rate: number): string {
  const pattern = spellings === INDONESIAN_SPELLINGS ? INDONESIAN_WORDS : ENGLISH_WORDS;
  return text.replace(pattern, (word) => {
    const options = spellings[word];
    return options !== undefined && chance(random, rate) ? pick(random, options) : word;
  });
}

function stretchOneWord(text: string, random: RandomSource): string {
  const matches = [...text.matchAll(STRETCHABLE)];
  if (matches.length === 0) return text;
  const target = pick(random, matches);
  const index = target.index + target[0].length;
  const last = target[0].at(-1) ?? '';
  return text.slice(0, index) + last.repeat(randomInt(random, 1, 4)) + text.slice(index);
}

/** Order numbers and links are pasted, not typed: casing habits leave them alone. */
const PASTED = /(INV\/\d{8}\/\d{4}|#SP\d+|GLW-[0-9A-Z]+|https?:\/\/\S+)/;

function mapTyped(text: string, change: (typed: string) => string): string {
  return text.split(PASTED).map((part, index) => (index % 2 === 1 ? part : change(part))).join('');
}

function recase(text: string, mood: Mood, random: RandomSource): string {
  const roll = random();
  // Anger and spam shout; most people type all lowercase on phones.
  if ((mood === 'angry' || mood === 'spam') && roll < 0.12) return mapTyped(text, (typed) => typed.toUpperCase());
  if (roll < 0.55) {
    const pronoun = chance(random, 0.5) ? 'i' : 'I';
    return mapTyped(text, (typed) => typed.toLowerCase().replace(/\bi\b/g, pronoun));
  }
  if (roll < 0.85) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

function repunctuate(text: string, random: RandomSource): string {
  if (text.endsWith('?')) {
    const roll = random();
    if (roll < 0.2) return `${text.slice(0, -1)}??`;
    if (roll < 0.3) return `${text.slice(0, -1)}???`;
    if (roll < 0.45) return text.slice(0, -1);
  }
  if (text.endsWith('!') && chance(random, 0.3)) return `${text}!!`;
  return text;
}

/** Swaps two neighbouring letters in one word: phones and thumbs. */
function typo(text: string, random: RandomSource): string {
  const positions = [...text.matchAll(/[a-z]{5,}/g)];
  if (positions.length === 0) return text;
  const word = pick(random, positions);
  const at = word.index + randomInt(random, 1, word[0].length - 2);
  return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
}

export interface VariationOptions {
  language: MessageLanguage;
  mood: Mood;
  /** Spam keeps its own shape: rewriting it would make it look less like real spam. */
  keepShape?: boolean;
}

export function varyText(text: string, options: VariationOptions, random: RandomSource): string {
  let varied = text.replace(/\s+/g, ' ').replace(/\s+([?!.,])/g, '$1').replace(/^[\s,]+/, '').trim();
  if (options.keepShape === true) return varied;
  varied = respell(varied, options.language === 'id' ? INDONESIAN_SPELLINGS : ENGLISH_SPELLINGS, random, options.language === 'id' ? 0.55 : 0.3);
  if (chance(random, 0.3)) varied = stretchOneWord(varied, random);
  varied = recase(varied, options.mood, random);
  varied = repunctuate(varied, random);
  if (chance(random, 0.06)) varied = typo(varied, random);
  if (chance(random, 0.18) && !/\p{Extended_Pictographic}/u.test(varied)) varied = `${varied} ${moodEmoji(options.mood, random)}`;
  return varied;
}
