// Simulated followers, in the shape each network shows them: X @handles with flair in the display
// name, `name.bsky.social` handles with DIDs, Instagram usernames, Facebook display names (the
// Graph API gives a page only `from: {id, name}`, so the handle is the name).
import type { InboundAuthor } from '../types.js';
import type { SimulatedNetworkName } from './brand.js';
import { BLUESKY_CUSTOM_DOMAINS, DISPLAY_NAME_FLAIR, ENGLISH_FIRST_NAMES, ENGLISH_LAST_NAMES, HANDLE_SUFFIXES, INDONESIAN_FIRST_NAMES, INDONESIAN_LAST_NAMES, INSTAGRAM_WORDS } from './names.js';
import { chance, pick, randomDigits, randomInt, type RandomSource } from './random.js';
import { base32Random } from './ids.js';

export type MessageLanguage = 'id' | 'en';

export interface SimulatedFollower extends InboundAuthor {
  /** The language this person usually writes in. */
  language: MessageLanguage;
}

interface PersonName {
  first: string;
  last: string;
  english: boolean;
}

function personName(random: RandomSource): PersonName {
  const english = chance(random, 0.12);
  return english
    ? { first: pick(random, ENGLISH_FIRST_NAMES), last: pick(random, ENGLISH_LAST_NAMES), english }
    : { first: pick(random, INDONESIAN_FIRST_NAMES), last: pick(random, INDONESIAN_LAST_NAMES), english };
}

function stretchLastLetter(word: string, random: RandomSource): string {
  const last = word.at(-1) ?? '';
  return word + last.repeat(randomInt(random, 1, 3));
}

/** A lowercase base for handles: "rinaputri", "rina.ptr", "dindaaa" … */
function handleBase(name: PersonName, random: RandomSource, separator: string): string {
  const first = name.first.toLowerCase();
  const last = name.last.toLowerCase();
  switch (randomInt(random, 0, 4)) {
    case 0: return `${first}${separator}${last}`;
    case 1: return `${first}${separator}${last.slice(0, 3)}`;
    case 2: return stretchLastLetter(first, random);
    case 3: return `${first.slice(0, 3)}${last}`;
    default: return `${first}${last.slice(0, 1)}`;
  }
}

function xFollower(name: PersonName, random: RandomSource): Omit<SimulatedFollower, 'language'> {
  const handle = (handleBase(name, random, '_') + pick(random, HANDLE_SUFFIXES)).replace(/[^a-z0-9_]/g, '').slice(0, 15);
  const plain = chance(random, 0.5) ? name.first : `${name.first} ${name.last}`;
  const displayName = chance(random, 0.45) ? `${chance(random, 0.5) ? plain.toLowerCase() : plain} ${pick(random, DISPLAY_NAME_FLAIR)}` : plain;
  // Accounts made since 2022 have 19-digit snowflake ids; older ones are shorter.
  const networkId = chance(random, 0.6) ? `1${randomDigits(random, 18, false)}` : randomDigits(random, randomInt(random, 9, 10));
  return { networkId, handle, displayName };
}

function blueskyFollower(name: PersonName, random: RandomSource): Omit<SimulatedFollower, 'language'> {
  const base = handleBase(name, random, '').replace(/[^a-z0-9]/g, '');
  const handle = chance(random, 0.1) ? `${base}.${pick(random, BLUESKY_CUSTOM_DOMAINS)}` : `${base}${chance(random, 0.3) ? pick(random, ['', '1', '7', 'id']) : ''}.bsky.social`;
  return { networkId: `did:plc:${base32Random(random, 24)}`, handle, displayName: `${name.first} ${name.last}` };
}

function instagramFollower(name: PersonName, random: RandomSource): Omit<SimulatedFollower, 'language'> {
  let handle = handleBase(name, random, pick(random, ['.', '_', '']));
  if (chance(random, 0.3)) handle += `.${pick(random, INSTAGRAM_WORDS)}`;
  handle = (handle + pick(random, HANDLE_SUFFIXES)).replace(/[^a-z0-9._]/g, '').slice(0, 30);
  return { networkId: randomDigits(random, randomInt(random, 16, 17)), handle, displayName: `${name.first} ${name.last}` };
}

function facebookFollower(name: PersonName, random: RandomSource): Omit<SimulatedFollower, 'language'> {
  const middle = chance(random, 0.3) ? ` ${pick(random, INDONESIAN_LAST_NAMES)}` : '';
  const displayName = `${name.first}${name.english ? '' : middle} ${name.last}`;
  return { networkId: randomDigits(random, 16), handle: displayName, displayName };
}

/** One follower in the style of the given network. */
export function createFollower(network: SimulatedNetworkName, random: RandomSource): SimulatedFollower {
  const name = personName(random);
  // Many Indonesians write English online; few English speakers write Indonesian.
  const language: MessageLanguage = name.english ? (chance(random, 0.85) ? 'en' : 'id') : chance(random, 0.15) ? 'en' : 'id';
  const shape = network === 'x' ? xFollower(name, random) : network === 'bluesky' ? blueskyFollower(name, random) : network === 'instagram' ? instagramFollower(name, random) : facebookFollower(name, random);
  return { ...shape, language };
}

const SPAM_NAMES: readonly (readonly [string, string])[] = [
  ['slot_gacor', 'SLOT GACOR 🔥'],
  ['glowria.giveaway', 'Glowria Giveaway Official'],
  ['cuan.harian', 'Cuan Harian 💰'],
  ['promo.viral', 'Promo Viral ID'],
  ['loker.wfh', 'Info Loker WFH'],
  ['meta.support.center', 'Meta Support'],
  ['crypto.mentor', 'Crypto Mentor 📈'],
];

/** A throwaway account of the kind that posts spam: new, numbered, sometimes impersonating the brand. */
export function createSpamAuthor(network: SimulatedNetworkName, random: RandomSource): SimulatedFollower {
  const [base, displayName] = pick(random, SPAM_NAMES);
  const number = String(randomInt(random, 1, 999));
  switch (network) {
    case 'x': return { networkId: `1${randomDigits(random, 18, false)}`, handle: `${base.replace(/\./g, '_')}${number}`.slice(0, 15), displayName, language: 'id' };
    case 'bluesky': return { networkId: `did:plc:${base32Random(random, 24)}`, handle: `${base.replace(/[._]/g, '-')}${number}.bsky.social`, displayName, language: 'id' };
    case 'instagram': return { networkId: randomDigits(random, 17), handle: `${base}${number}`, displayName, language: 'id' };
    case 'facebook': return { networkId: randomDigits(random, 16), handle: displayName, displayName, language: 'id' };
  }
}
