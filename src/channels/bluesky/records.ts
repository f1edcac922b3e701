// Reading Bluesky views into Sapa's shapes. Records arrive as `unknown` (any lexicon may be
// embedded), so each field is checked before use.
import type { InboundAuthor } from '../types.js';

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface PostRecord {
  text: string;
  createdAt: string;
  reply?: { root: StrongRef; parent: StrongRef };
}

function strongRef(value: unknown): StrongRef | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { uri, cid } = value as Record<string, unknown>;
  return typeof uri === 'string' && typeof cid === 'string' ? { uri, cid } : undefined;
}

/** The parts of an app.bsky.feed.post record Sapa uses; undefined for anything else. */
export function postRecordOf(value: unknown): PostRecord | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return undefined;
  const createdAt = typeof record.createdAt === 'string' ? record.createdAt : '';
  const reply = record.reply as Record<string, unknown> | undefined;
  const root = strongRef(reply?.root);
  const parent = strongRef(reply?.parent);
  return { text: record.text, createdAt, ...(root !== undefined && parent !== undefined ? { reply: { root, parent } } : {}) };
}

export function authorOf(author: { did: string; handle: string; displayName?: string }): InboundAuthor {
  const displayName = author.displayName?.trim();
  return { networkId: author.did, handle: author.handle, displayName: displayName === undefined || displayName === '' ? author.handle : displayName };
}

/** When the post was written: the record's createdAt, unless missing or later than the AppView saw it. */
export function sentAtOf(record: PostRecord | undefined, indexedAt: string): number {
  const indexed = Date.parse(indexedAt);
  const created = Date.parse(record?.createdAt ?? '');
  if (!Number.isFinite(created)) return Number.isFinite(indexed) ? indexed : Date.now();
  return Number.isFinite(indexed) ? Math.min(created, indexed) : created;
}

/** https://bsky.app/profile/<handle>/post/<rkey> for an at:// post uri. */
export function postUrl(webBase: string, handleOrDid: string, uri: string): string | undefined {
  const rkey = /^at:\/\/[^/]+\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri)?.[1];
  return rkey === undefined ? undefined : `${webBase.replace(/\/$/, '')}/profile/${handleOrDid}/post/${rkey}`;
}

export const POST_URI = /^at:\/\/(did:[a-z]+:[A-Za-z0-9._:%-]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]{1,512})$/;
