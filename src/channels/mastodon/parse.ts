// Mastodon shapes (as masto hands them over, keys camelCased) turned into Sapa's shared types.
// Only the fields Sapa reads are typed here, so a loopback fake or snac can answer with less.
import type { InboundAuthor, InboundEvent, ListeningHit, PostMetrics, ThreadMessage } from '../types.js';

export interface MastodonAccount {
  id: string;
  /** `user` for local accounts on Mastodon, `user@domain` for remote ones (snac: always with host). */
  acct: string;
  username: string;
  displayName: string;
}

export interface MastodonStatus {
  id: string;
  createdAt: string;
  inReplyToId?: string | null;
  inReplyToAccountId?: string | null;
  /** snac answers only `public` or `private` (its direct is `private`). */
  visibility: string;
  /** HTML. */
  content: string;
  account: MastodonAccount;
  url?: string | null;
  repliesCount: number;
  reblogsCount: number;
  favouritesCount: number;
  quotesCount?: number;
}

export interface MastodonNotification {
  id: string;
  type: string;
  status?: MastodonStatus | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Status HTML (paragraphs, line breaks, h-card mention links) as the plain text a follower reads. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .trim();
}

export function authorOf(account: MastodonAccount): InboundAuthor {
  return { networkId: account.id, handle: account.acct, displayName: account.displayName === '' ? account.username : account.displayName };
}

export function sentAtOf(status: Pick<MastodonStatus, 'createdAt'>): number {
  const at = Date.parse(status.createdAt);
  return Number.isFinite(at) ? at : Date.now();
}

/** Mastodon's `direct`; snac reports its direct statuses as `private` (mentioned people only). */
export function isDirect(status: Pick<MastodonStatus, 'visibility'>): boolean {
  return status.visibility === 'direct' || status.visibility === 'private';
}

export interface ThreadRoot {
  id: string;
  text: string;
  authorId: string;
}

/**
 * A mention notification as an inbound event. Direct statuses become direct messages in a
 * thread per follower (snac has no conversations API); replies hang under their thread's root.
 */
export function eventFromStatus(status: MastodonStatus, brandAccountId: string, root?: ThreadRoot): InboundEvent {
  const base = { networkMessageId: status.id, author: authorOf(status.account), text: htmlToText(status.content), sentAt: sentAtOf(status) };
  const parent = status.inReplyToId ?? undefined;
  if (isDirect(status)) {
    return { ...base, kind: 'direct_message', directThreadId: status.account.id, ...(parent === undefined ? {} : { parentNetworkMessageId: parent }) };
  }
  if (parent === undefined) return { ...base, kind: 'mention' };
  const rootRef = root ?? { id: parent, text: '', authorId: status.inReplyToAccountId ?? '' };
  // A direct answer to one of the brand's own posts is a comment under it; deeper answers are replies.
  const kind = rootRef.id === parent && rootRef.authorId === brandAccountId ? 'comment' : 'reply';
  return { ...base, kind, parentNetworkMessageId: parent, rootPostNetworkId: rootRef.id, ...(rootRef.text === '' ? {} : { rootPostText: rootRef.text }) };
}

export function threadMessageOf(status: MastodonStatus, brandAccountId: string): ThreadMessage {
  return {
    networkMessageId: status.id,
    ...(status.inReplyToId === null || status.inReplyToId === undefined ? {} : { parentNetworkMessageId: status.inReplyToId }),
    author: authorOf(status.account), text: htmlToText(status.content), sentAt: sentAtOf(status),
    fromBrand: status.account.id === brandAccountId,
  };
}

export function metricsOf(status: MastodonStatus): PostMetrics {
  return {
    networkPostId: status.id, likes: status.favouritesCount, replies: status.repliesCount, reposts: status.reblogsCount,
    ...(typeof status.quotesCount === 'number' ? { quotes: status.quotesCount } : {}),
  };
}

export function hitOf(status: MastodonStatus): ListeningHit {
  return {
    networkPostId: status.id, author: authorOf(status.account), text: htmlToText(status.content), sentAt: sentAtOf(status),
    ...(typeof status.url === 'string' ? { url: status.url } : {}),
  };
}

/**
 * Orders ids the way both servers mint them: Mastodon's numeric snowflakes and snac's
 * "timestamp + hex" strings both sort by length, then character by character.
 */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
