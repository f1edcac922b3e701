// Public posts about the brand that do not tag it: what a saved search finds on a simulated
// network (Listening). Deterministic from the query, the network and the clock: time is cut
// into slots and each slot holds at most one post per query, drawn from a random source seeded
// by (network, query, slot). Any process asking the same question gets the same answer, and a
// cursor (the last slot seen) never returns a post twice.
import type { ListeningHit, SearchPage } from '../types.js';
import { ENGLISH_FIRST_NAMES, INDONESIAN_FIRST_NAMES, INDONESIAN_LAST_NAMES } from './names.js';
import { chance, createRandom, pick, randomInt } from './random.js';

export const chatterSlotMs = 4 * 60_000;
/** A first search (no cursor) looks back this far, as a network's recent search does. */
const firstLookBackMs = 3 * 3600_000;
const postChance = 0.6;

type Mood = 'positive' | 'neutral' | 'negative';

const TEMPLATES: Readonly<Record<'id' | 'en', Readonly<Record<Mood, readonly string[]>>>> = {
  id: {
    positive: [
      'Udah seminggu pakai {q}, kulitku jadi lebih cerah. Suka banget!',
      'Jujur {q} worth it sih, teksturnya ringan dan cepat meresap ✨',
      'Repurchase {q} untuk ketiga kalinya, belum nemu yang lebih cocok',
    ],
    neutral: [
      'Ada yang udah coba {q}? Cocok buat kulit berminyak nggak ya?',
      'Lagi bandingin {q} sama merek lain, ada saran?',
      'Baru check out {q}, nunggu paketnya datang',
    ],
    negative: [
      'Kecewa sama {q}, habis pakai malah breakout parah 😞',
      'Pesan {q} dari minggu lalu belum sampai juga, kesel banget',
      '{q} bikin perih di kulitku, nggak bakal beli lagi',
    ],
  },
  en: {
    positive: [
      'Been using {q} for two weeks and my skin feels so much calmer. Love it!',
      '{q} is my holy grail this year, no regrets at all',
    ],
    neutral: [
      'Anyone tried {q}? Thinking of buying it this weekend.',
      'Saw {q} at the store today, the packaging looks nice',
    ],
    negative: [
      'Really disappointed with {q}, it made my skin break out.',
      'Ordered {q} ten days ago and still nothing. Terrible service.',
    ],
  },
};

const MOOD_WEIGHTS: ReadonlyArray<[Mood, number]> = [['positive', 0.5], ['neutral', 0.3], ['negative', 0.2]];

function moodOf(roll: number): Mood {
  let left = roll;
  for (const [mood, weight] of MOOD_WEIGHTS) {
    left -= weight;
    if (left < 0) return mood;
  }
  return 'neutral';
}

/** The post of one slot for one query, or null when nobody wrote about it then. */
export function chatterPost(network: string, query: string, slot: number): ListeningHit | null {
  const normalized = query.trim().toLowerCase();
  const random = createRandom(`chatter:${network}:${normalized}:${slot}`);
  if (!chance(random, postChance)) return null;
  const mood = moodOf(random());
  const english = chance(random, 0.25);
  const first = pick(random, english ? ENGLISH_FIRST_NAMES : INDONESIAN_FIRST_NAMES);
  const last = pick(random, INDONESIAN_LAST_NAMES);
  const handle = `${first}${last}${randomInt(random, 1, 99)}`.toLowerCase();
  const template = pick(random, TEMPLATES[english ? 'en' : 'id'][mood]);
  return {
    networkPostId: `chatter-${network}-${slot}-${hashOf(normalized)}`,
    author: { networkId: `chatter-${handle}`, handle, displayName: `${first} ${last}` },
    text: template.replaceAll('{q}', query.trim()),
    sentAt: slot * chatterSlotMs + randomInt(random, 0, chatterSlotMs - 1),
  };
}

function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Posts of the slots that ended after the cursor's slot and by `now`, oldest first. */
export function searchChatter(network: string, query: string, cursor: string | null, now: number): SearchPage {
  const lastDone = Math.floor(now / chatterSlotMs) - 1;
  const parsed = cursor === null ? Number.NaN : Number(cursor);
  const from = Number.isInteger(parsed) ? parsed + 1 : Math.floor((now - firstLookBackMs) / chatterSlotMs);
  const hits: ListeningHit[] = [];
  for (let slot = Math.max(from, lastDone - 1_000); slot <= lastDone; slot += 1) {
    const post = chatterPost(network, query, slot);
    if (post !== null) hits.push(post);
  }
  return { hits, cursor: String(Math.max(lastDone, from - 1)) };
}
