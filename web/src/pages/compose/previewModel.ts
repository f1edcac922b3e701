// How each network shows a post: which words become links, hashtags and mentions, how long
// links are shortened, and where a long caption is cut with "… more". Pure, for the previews.
import type { Network } from '../../api/types';

export type SegmentKind = 'text' | 'link' | 'hashtag' | 'mention';

export interface PreviewSegment {
  kind: SegmentKind;
  /** What the network shows (a shortened link, for instance). */
  text: string;
}

// One pass over the text: URLs first, so a "#anchor" inside a URL stays part of the link.
const TOKENS = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'])|((?<![\p{L}\p{N}_/])#[\p{L}\p{N}_]+)|((?<![\p{L}\p{N}_/])@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/gu;

/** Networks whose captions show links as plain text (Instagram does not link them). */
const plainLinks: ReadonlySet<Network> = new Set(['instagram']);

/** The shortened link a network shows: X and Bluesky drop the scheme and cut long paths. */
export function displayLink(url: string, network: Network): string {
  if (network !== 'x' && network !== 'bluesky' && network !== 'mastodon') return url;
  const bare = url.replace(/^https?:\/\/(www\.)?/, '');
  const max = network === 'mastodon' ? 30 : network === 'x' ? 25 : 28;
  return bare.length > max ? `${bare.slice(0, max)}…` : bare;
}

export function previewSegments(text: string, network: Network): PreviewSegment[] {
  const segments: PreviewSegment[] = [];
  let at = 0;
  const push = (kind: SegmentKind, value: string) => {
    const last = segments.at(-1);
    if (kind === 'text' && last?.kind === 'text') last.text += value;
    else if (value !== '') segments.push({ kind, text: value });
  };
  for (const match of text.matchAll(TOKENS)) {
    const index = match.index;
    push('text', text.slice(at, index));
    const [token, url, hashtag] = match;
    if (url !== undefined) push(plainLinks.has(network) ? 'text' : 'link', plainLinks.has(network) ? url : displayLink(url, network));
    else push(hashtag !== undefined ? 'hashtag' : 'mention', token);
    at = index + token.length;
  }
  push('text', text.slice(at));
  return segments;
}

/** Where the feed cuts a caption and offers "… more" (characters shown before it). */
const foldAt: Partial<Record<Network, number>> = { instagram: 125, facebook: 480, threads: 500 };

export interface FoldedText {
  shown: string;
  folded: boolean;
}

/** The caption as the feed first shows it; the rest sits behind "… more". */
export function foldCaption(text: string, network: Network): FoldedText {
  const limit = foldAt[network];
  const characters = [...text];
  if (limit === undefined || characters.length <= limit) return { shown: text, folded: false };
  // Cut at a word boundary, like the apps do, rather than mid-word.
  const cut = characters.slice(0, limit).join('');
  const space = cut.lastIndexOf(' ');
  return { shown: (space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd(), folded: true };
}

/** How the account is named above a post on each network. */
export function displayHandle(network: Network, handle: string, instanceUrl?: string): string {
  if (network === 'mastodon') {
    const bare = handle.replace(/^@/, '');
    if (bare.includes('@') || instanceUrl === undefined) return `@${bare}`;
    return `@${bare}@${instanceUrl.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}`;
  }
  if (network === 'x' || network === 'bluesky' || network === 'threads') return `@${handle.replace(/^@/, '')}`;
  return handle;
}

/** The image grid: one wide, two side by side, three or four in a 2×2 (the last ones of more hidden). */
export function gridColumns(count: number): number {
  return count <= 1 ? 1 : 2;
}
