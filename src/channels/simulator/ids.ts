// Network-shaped ids. The ingest pipeline stores them as opaque strings, but a demo that shows
// `at://did:plc:…/app.bsky.feed.post/3l…` and 19-digit snowflakes catches code that assumed
// numbers, UUIDs or short strings. A counter mixed into every id keeps them unique per minter.
import { randomDigits, type RandomSource } from './random.js';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
/** Bluesky's sortable base32 alphabet for TIDs. */
const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';
const BASE64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** X's snowflake epoch: 2010-11-04T01:42:54.657Z. */
const TWITTER_EPOCH_MS = 1_288_834_974_657n;

function randomFrom(alphabet: string, random: RandomSource, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += alphabet.charAt(Math.floor(random() * alphabet.length));
  return text;
}

export function base32Random(random: RandomSource, length: number): string {
  return randomFrom(BASE32_LOWER, random, length);
}

/** A TID: 53 bits of microseconds and 10 bits of clock id, 13 sortable base32 characters. */
export function encodeTid(microseconds: bigint, clockId: number): string {
  let value = (microseconds << 10n) | BigInt(clockId & 0x3ff);
  let text = '';
  for (let index = 0; index < 13; index += 1) {
    text = BASE32_SORTABLE.charAt(Number(value & 31n)) + text;
    value >>= 5n;
  }
  return text;
}

export function isTid(text: string): boolean {
  return /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(text);
}

/** Mints ids for one simulated account; shared by its connector and its follower events. */
export class IdMinter {
  private counter = 0;

  constructor(private readonly random: RandomSource) {}

  private tick(): number {
    this.counter += 1;
    return this.counter;
  }

  /** X post, reply or DM event id: time-ordered 64-bit snowflake. */
  snowflake(atMs: number): string {
    const sequence = this.tick();
    const worker = BigInt(Math.floor(sequence / 4096) % 1024);
    return (((BigInt(Math.floor(atMs)) - TWITTER_EPOCH_MS) << 22n) | (worker << 12n) | BigInt(sequence % 4096)).toString();
  }

  /** Bluesky record key. */
  tid(atMs: number): string {
    const sequence = this.tick();
    const microseconds = BigInt(Math.floor(atMs)) * 1000n + BigInt(Math.floor(sequence / 1024) % 1000);
    return encodeTid(microseconds, sequence % 1024);
  }

  blueskyPostUri(did: string, atMs: number): string {
    return `at://${did}/app.bsky.feed.post/${this.tid(atMs)}`;
  }

  blueskyLikeUri(did: string, atMs: number): string {
    return `at://${did}/app.bsky.feed.like/${this.tid(atMs)}`;
  }

  /** Bluesky chat ids look like TIDs too. */
  blueskyChatId(atMs: number): string {
    return this.tid(atMs);
  }

  /** A long numeric id with a unique tail: Graph API object ids are decimal strings. */
  numeric(length: number): string {
    const tail = String(this.tick()).padStart(6, '0');
    return randomDigits(this.random, length - tail.length) + tail;
  }

  /** Facebook Page post: `{pageId}_{postId}`. */
  facebookPostId(pageId: string): string {
    return `${pageId}_${this.numeric(16)}`;
  }

  /**
   * Facebook comment: `{postNumber}_{commentNumber}`. The parent is either the post
   * (`{pageId}_{postNumber}`) or another comment (`{postNumber}_{commentNumber}`).
   */
  facebookCommentId(parentId: string, pageId: string): string {
    const [first = parentId, second] = parentId.split('_');
    const postNumber = first === pageId && second !== undefined ? second : first;
    return `${postNumber}_${this.numeric(16)}`;
  }

  /** Messenger and Instagram DM message ids (`mid`): opaque base64url. */
  messengerMid(): string {
    return `m_${randomFrom(BASE64_URL, this.random, 40)}${String(this.tick()).padStart(6, '0')}`;
  }

  instagramMid(): string {
    return `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlE${randomFrom(BASE64_URL, this.random, 30)}${String(this.tick()).padStart(6, '0')}`;
  }

  /** Instagram media and comment ids: 17–18 digit decimals starting with 17/18. */
  instagramId(): string {
    return `17${this.numeric(15)}`;
  }
}
