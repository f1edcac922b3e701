// X API v2 payloads (docs.x.com/x-api/posts/timelines/quickstart/user-mention-quickstart, /direct-messages/lookup)
// and how they become InboundEvents, thread messages and Listening hits. Ids are snowflakes: compared as
// BigInt, never as numbers (they exceed 2^53).
import type { InboundAuthor, InboundEvent, ListeningHit, ThreadMessage } from '../types.js';

export interface Tweet {
  id: string;
  text: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type: 'replied_to' | 'quoted' | 'retweeted'; id: string }[];
  public_metrics?: { retweet_count?: number; reply_count?: number; like_count?: number; quote_count?: number; impression_count?: number; bookmark_count?: number };
}

export interface XUser {
  id: string;
  username: string;
  name: string;
}

export interface DmEvent {
  id: string;
  event_type: string;
  text?: string;
  sender_id?: string;
  dm_conversation_id?: string;
  created_at?: string;
}

export interface Listing<T> {
  data?: T[];
  includes?: { users?: XUser[]; tweets?: Tweet[] };
  meta?: { newest_id?: string; oldest_id?: string; result_count?: number; next_token?: string };
  errors?: { detail?: string; title?: string; type?: string }[];
}

export const TWEET_FIELDS = 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets';
export const USER_EXPANSION = { expansions: 'author_id', 'user.fields': 'username,name' };

export function newerThan(id: string, than: string | undefined): boolean {
  return than === undefined || BigInt(id) > BigInt(than);
}

export function byIdAscending<T extends { id: string }>(a: T, b: T): number {
  const diff = BigInt(a.id) - BigInt(b.id);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

export function authorOf(id: string | undefined, users: readonly XUser[] | undefined): InboundAuthor {
  const user = users?.find((candidate) => candidate.id === id);
  return { networkId: id ?? '', handle: user?.username ?? id ?? '', displayName: user?.name ?? user?.username ?? id ?? '' };
}

const timeOf = (iso: string | undefined): number => (iso === undefined ? Date.now() : Date.parse(iso));

export function mentionEventOf(tweet: Tweet, users: readonly XUser[] | undefined, rootTexts: ReadonlyMap<string, string>): InboundEvent {
  const repliedTo = tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id;
  const quoted = tweet.referenced_tweets?.find((reference) => reference.type === 'quoted')?.id;
  const root = tweet.conversation_id ?? tweet.id;
  const rootText = rootTexts.get(root);
  return {
    kind: repliedTo !== undefined ? 'reply' : quoted !== undefined ? 'quote' : 'mention',
    networkMessageId: tweet.id,
    rootPostNetworkId: root,
    ...(rootText === undefined ? {} : { rootPostText: rootText }),
    ...(repliedTo === undefined ? {} : { parentNetworkMessageId: repliedTo }),
    author: authorOf(tweet.author_id, users),
    text: tweet.text,
    sentAt: timeOf(tweet.created_at),
  };
}

export function dmEventOf(event: DmEvent, users: readonly XUser[] | undefined): InboundEvent {
  return {
    kind: 'direct_message',
    networkMessageId: `dm:${event.id}`,
    directThreadId: event.dm_conversation_id ?? event.sender_id ?? '',
    author: authorOf(event.sender_id, users),
    text: event.text ?? '',
    sentAt: timeOf(event.created_at),
  };
}

export function threadMessageOf(tweet: Tweet, users: readonly XUser[] | undefined, brandId: string): ThreadMessage {
  const parent = tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id;
  return {
    networkMessageId: tweet.id,
    ...(parent === undefined ? {} : { parentNetworkMessageId: parent }),
    author: authorOf(tweet.author_id, users),
    text: tweet.text,
    sentAt: timeOf(tweet.created_at),
    fromBrand: tweet.author_id === brandId,
  };
}

export function listeningHitOf(tweet: Tweet, users: readonly XUser[] | undefined): ListeningHit {
  const author = authorOf(tweet.author_id, users);
  return { networkPostId: tweet.id, author, text: tweet.text, sentAt: timeOf(tweet.created_at), url: `https://x.com/${author.handle}/status/${tweet.id}` };
}

/** X rewrites links to t.co, so sends are compared with links masked. */
export function sameText(a: string, b: string): boolean {
  const mask = (text: string): string => text.normalize('NFC').replace(/https?:\/\/\S+/g, '<link>').trim();
  return mask(a) === mask(b);
}
