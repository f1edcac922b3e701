// Polling notifications (mentions, replies, quotes) and searching posts (Listening). Both read
// newest first and page back to the cursor's lookback floor (see poll-cursor.ts), then hand
// over what is new, oldest first.
import type { AppBskyFeedDefs, AppBskyNotificationListNotifications } from '@atproto/api';
import type { InboundEvent, InboundKind, ListeningHit, PollPage, SearchPage } from '../types.js';
import type { BlueskyClient } from './client.js';
import { advance, emptyCursor, isNew, parseCursor, readFloor, serializeCursor, type PollCursor } from './poll-cursor.js';
import { authorOf, postRecordOf, postUrl, sentAtOf } from './records.js';

type Notification = AppBskyNotificationListNotifications.Notification;

const KINDS: Readonly<Record<string, InboundKind>> = { mention: 'mention', reply: 'reply', quote: 'quote' };
const PAGE_SIZE = 50;
const MAX_PAGES = 5;
/** poll(null) hands over at most this many recent events, so a first connect does not flood the inbox. */
const FIRST_PAGE_EVENTS = 20;

function sortAtOf(item: { indexedAt: string }): number {
  const value = Date.parse(item.indexedAt);
  return Number.isFinite(value) ? value : 0;
}

/** Reads newest first until an item falls below the floor, the pages run out, or MAX_PAGES. */
async function readBack<T extends { indexedAt: string }>(floor: number, page: (cursor: string | undefined) => Promise<{ items: T[]; cursor?: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const next = await page(cursor);
    items.push(...next.items);
    if (next.items.length === 0 || next.cursor === undefined || next.items.some((item) => sortAtOf(item) < floor)) break;
    cursor = next.cursor;
  }
  return items;
}

export async function pollNotifications(client: BlueskyClient, cursorValue: string | null): Promise<PollPage> {
  const brandDid = await client.brandDid();
  const previous = parseCursor(cursorValue);
  const cursor: PollCursor = previous ?? emptyCursor();
  const notifications = await client.read('reading notifications', (agent) => readBack(previous === null ? Number.POSITIVE_INFINITY : readFloor(cursor), async (pageCursor) => {
    const { data } = await agent.app.bsky.notification.listNotifications({ limit: PAGE_SIZE, reasons: Object.keys(KINDS), ...(pageCursor === undefined ? {} : { cursor: pageCursor }) });
    return { items: data.notifications, cursor: data.cursor };
  }));
  let fresh = notifications.filter((item) => KINDS[item.reason] !== undefined && item.author.did !== brandDid && isNew(cursor, item.uri, sortAtOf(item)));
  fresh.sort((a, b) => sortAtOf(a) - sortAtOf(b) || a.uri.localeCompare(b.uri));
  if (previous === null) fresh = fresh.slice(-FIRST_PAGE_EVENTS);
  const next = advance(cursor, notifications.map((item) => ({ uri: item.uri, sortAt: sortAtOf(item) })));
  const events = await toEvents(client, fresh);
  return { events, cursor: serializeCursor(next) };
}

async function toEvents(client: BlueskyClient, notifications: readonly Notification[]): Promise<InboundEvent[]> {
  const rootTexts = await textsOf(client, notifications.map((item) => postRecordOf(item.record)?.reply?.root.uri).filter((uri): uri is string => uri !== undefined));
  const events: InboundEvent[] = [];
  for (const item of notifications) {
    const record = postRecordOf(item.record);
    const kind = KINDS[item.reason];
    if (record === undefined || kind === undefined) continue;
    const rootUri = record.reply?.root.uri ?? item.uri;
    const rootText = rootUri === item.uri ? record.text : rootTexts.get(rootUri);
    events.push({
      kind,
      networkMessageId: item.uri,
      rootPostNetworkId: rootUri,
      ...(rootText === undefined ? {} : { rootPostText: rootText }),
      ...(record.reply === undefined ? {} : { parentNetworkMessageId: record.reply.parent.uri }),
      author: authorOf(item.author),
      text: record.text,
      sentAt: sentAtOf(record, item.indexedAt),
    });
  }
  return events;
}

/** The texts of these posts (getPosts takes 25 at a time); a post that cannot be read is left out. */
export async function textsOf(client: BlueskyClient, uris: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const post of await postsOf(client, uris)) {
    const record = postRecordOf(post.record);
    if (record !== undefined) texts.set(post.uri, record.text);
  }
  return texts;
}

export async function postsOf(client: BlueskyClient, uris: readonly string[]): Promise<AppBskyFeedDefs.PostView[]> {
  const unique = [...new Set(uris)];
  const posts: AppBskyFeedDefs.PostView[] = [];
  for (let start = 0; start < unique.length; start += 25) {
    const { data } = await client.read('reading posts', (agent) => agent.app.bsky.feed.getPosts({ uris: unique.slice(start, start + 25) }));
    posts.push(...data.posts);
  }
  return posts;
}

export async function searchPosts(client: BlueskyClient, query: string, cursorValue: string | null): Promise<SearchPage> {
  const previous = parseCursor(cursorValue);
  const cursor = previous ?? emptyCursor();
  const posts = await client.read('searching posts', (agent) => readBack(previous === null ? Number.POSITIVE_INFINITY : readFloor(cursor), async (pageCursor) => {
    const { data } = await agent.app.bsky.feed.searchPosts({ q: query, sort: 'latest', limit: 25, ...(pageCursor === undefined ? {} : { cursor: pageCursor }) });
    return { items: data.posts, cursor: data.cursor };
  }));
  const fresh = posts.filter((post) => isNew(cursor, post.uri, sortAtOf(post))).sort((a, b) => sortAtOf(a) - sortAtOf(b) || a.uri.localeCompare(b.uri));
  const hits: ListeningHit[] = [];
  for (const post of fresh) {
    const record = postRecordOf(post.record);
    if (record === undefined) continue;
    const url = postUrl(client.webBase, post.author.handle, post.uri);
    hits.push({ networkPostId: post.uri, author: authorOf(post.author), text: record.text, sentAt: sentAtOf(record, post.indexedAt), ...(url === undefined ? {} : { url }) });
  }
  return { hits, cursor: serializeCursor(advance(cursor, posts.map((post) => ({ uri: post.uri, sortAt: sortAtOf(post) })))) };
}
