// A product-complaint storm for the demo (`sapa demo crisis`): many followers, most of them
// new, complain about one product within minutes — the shape of a bad batch going viral. Used to
// show the crisis radar catching it; deterministic for a seed.
import type { InboundEvent } from '../types.js';
import type { SimulatedNetworkName } from './brand.js';
import { INDONESIAN_FIRST_NAMES, INDONESIAN_LAST_NAMES } from './names.js';
import { deriveRandom, pick, randomInt } from './random.js';

export interface StormOptions {
  /** When the first complaint is sent (epoch ms). */
  start: number;
  /** Over how many minutes the complaints are spread. Default 5. */
  minutes?: number;
  /** How many complaints. Default 40. */
  count?: number;
  seed?: string;
  /** How followers name the product in the texts (an alias the brand profile knows). */
  productWord?: string;
  networks?: readonly SimulatedNetworkName[];
}

export interface StormEvent {
  network: SimulatedNetworkName;
  event: InboundEvent;
}

const complaintsId = [
  '{p} batch baru bikin kulitku perih dan merah semua, kecewa banget 😡',
  'pake {p} 2 hari malah jerawatan parah, ini aman gak sih?? kecewa',
  'kok {p} yang baru baunya aneh dan bikin gatal, tolong tarik dari pasaran!',
  '{p} bikin breakout satu muka, aku minta refund, parah banget',
  'ini {p} palsu ya? kulit aku kebakar rasanya, marah banget sama kalian',
  'kecewa berat, {p} bikin iritasi, udah banyak yang ngeluh juga di twitter',
];
const complaintsEn = [
  'the new {p} batch burned my skin, so disappointed and angry 😡',
  'your {p} gave me a terrible rash, I want a refund now',
  'stop selling this {p}, it made my face red and itchy. awful',
];

export function generateComplaintStorm(options: StormOptions): StormEvent[] {
  const random = deriveRandom(options.seed ?? 'sapa-storm', `storm-${options.start}`);
  const minutes = options.minutes ?? 5;
  const count = options.count ?? 40;
  const word = options.productWord ?? 'serum';
  const networks = options.networks ?? ['instagram', 'x', 'facebook'];
  const events: StormEvent[] = [];
  for (let i = 0; i < count; i++) {
    // Front-loaded, as a storm spreads: half the complaints come in the first third of the time.
    const offset = Math.round(minutes * 60_000 * Math.pow(i / count, 1.6));
    const english = random() < 0.25;
    const text = pick(random, english ? complaintsEn : complaintsId).replace('{p}', word);
    const first = pick(random, INDONESIAN_FIRST_NAMES);
    const last = pick(random, INDONESIAN_LAST_NAMES);
    const handle = `${first}.${last}${randomInt(random, 10, 99)}`.toLowerCase();
    const network = networks[i % networks.length] ?? 'instagram';
    events.push({
      network,
      event: {
        kind: network === 'x' ? 'mention' : 'comment',
        networkMessageId: `storm-${options.start}-${i}`,
        rootPostNetworkId: `storm-post-${network}`,
        rootPostText: 'Glowria Bright Serum: batch baru sudah tersedia ✨',
        author: { networkId: `storm-${handle}`, handle, displayName: `${first} ${last}` },
        text,
        sentAt: options.start + offset,
      },
    });
  }
  return events;
}
