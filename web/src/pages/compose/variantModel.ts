// The draft in the composer: one main text and images, and per chosen channel a variant that
// inherits them or overrides them, and may continue as a thread. Pure: the page, the tests and
// the save body all read the same rules (what the server stores in src/domain/post-variants.ts).
import { checkVariant, type ImageFacts, type LimitProblem, type NetworkLimits } from '../../../../src/channels/limits.js';
import type { DraftBody, Post, VariantBody } from '../../api/composeTypes';
import type { MediaItem } from '../../api/mediaApi';

export interface VariantDraft {
  /** The channel's own text; null uses the main text. */
  text: string | null;
  /** Replies after the first post, in order. */
  threadParts: string[];
  /** The channel's own images; null carries the post's. */
  mediaIds: string[] | null;
}

export interface Draft {
  text: string;
  channelIds: string[];
  /** Paid or gifted content: the guard then requires a clear partnership label. */
  paid: boolean;
  mediaIds: string[];
  /** By channel id; a channel without an entry inherits everything. */
  variants: Record<string, VariantDraft>;
}

export const emptyDraft: Draft = { text: '', channelIds: [], paid: false, mediaIds: [], variants: {} };
export const inheritedVariant: VariantDraft = { text: null, threadParts: [], mediaIds: null };

export function variantOf(draft: Draft, channelId: string): VariantDraft {
  return draft.variants[channelId] ?? inheritedVariant;
}

export function isCustomised(draft: Draft, channelId: string): boolean {
  return variantOf(draft, channelId).text !== null;
}

/** The first post's text this channel publishes. */
export function effectiveText(draft: Draft, channelId: string): string {
  return variantOf(draft, channelId).text ?? draft.text;
}

export function effectiveMediaIds(draft: Draft, channelId: string): string[] {
  return variantOf(draft, channelId).mediaIds ?? draft.mediaIds;
}

export function updateVariant(draft: Draft, channelId: string, change: Partial<VariantDraft>): Draft {
  return { ...draft, variants: { ...draft.variants, [channelId]: { ...variantOf(draft, channelId), ...change } } };
}

/** "Customise for X": starts from the main text, so the officer edits rather than retypes. */
export function customise(draft: Draft, channelId: string): Draft {
  return updateVariant(draft, channelId, { text: draft.text });
}

/** "Use the main text": the override is dropped (the thread stays). */
export function inheritMainText(draft: Draft, channelId: string): Draft {
  return updateVariant(draft, channelId, { text: null });
}

export function addThreadPart(draft: Draft, channelId: string): Draft {
  return updateVariant(draft, channelId, { threadParts: [...variantOf(draft, channelId).threadParts, ''] });
}

export function setThreadPart(draft: Draft, channelId: string, index: number, text: string): Draft {
  return updateVariant(draft, channelId, { threadParts: variantOf(draft, channelId).threadParts.map((part, at) => (at === index ? text : part)) });
}

export function removeThreadPart(draft: Draft, channelId: string, index: number): Draft {
  return updateVariant(draft, channelId, { threadParts: variantOf(draft, channelId).threadParts.filter((_, at) => at !== index) });
}

/**
 * A channel takes or leaves one of the post's images. The channel keeps its own list, in the
 * post's order; choosing exactly the post's images again means inheriting them (null).
 */
export function toggleVariantImage(draft: Draft, channelId: string, mediaId: string): Draft {
  const current = effectiveMediaIds(draft, channelId);
  const chosen = current.includes(mediaId) ? current.filter((id) => id !== mediaId) : [...current, mediaId];
  const ordered = draft.mediaIds.filter((id) => chosen.includes(id));
  const inherits = ordered.length === draft.mediaIds.length;
  return updateVariant(draft, channelId, { mediaIds: inherits ? null : ordered });
}

/** The image drops out of the post and of every variant that chose it. */
export function removeMedia(draft: Draft, mediaId: string): Draft {
  const variants = Object.fromEntries(Object.entries(draft.variants).map(([id, variant]) => [id, { ...variant, mediaIds: variant.mediaIds?.filter((m) => m !== mediaId) ?? null }]));
  return { ...draft, mediaIds: draft.mediaIds.filter((id) => id !== mediaId), variants };
}

/** What the API stores: only the chosen channels' variants that differ from the main post. */
export function draftBody(draft: Draft): DraftBody {
  const variants: VariantBody[] = draft.channelIds.flatMap((channelId) => {
    const variant = draft.variants[channelId];
    if (variant === undefined) return [];
    const threadParts = variant.threadParts.filter((part) => part.trim() !== '');
    if (variant.text === null && threadParts.length === 0 && variant.mediaIds === null) return [];
    return [{ channelId, text: variant.text === null || variant.text.trim() === '' ? null : variant.text, threadParts, mediaIds: variant.mediaIds }];
  });
  return { text: draft.text, channelIds: draft.channelIds, paid: draft.paid, mediaIds: draft.mediaIds, variants };
}

/** A saved post opened again in the composer. */
export function draftFromPost(post: Post): Draft {
  const variants: Record<string, VariantDraft> = {};
  for (const variant of post.variants) {
    const ownMedia = variant.mediaIds !== undefined && post.mediaIds !== undefined && variant.mediaIds.join() !== post.mediaIds.join() ? variant.mediaIds : null;
    variants[variant.channel.id] = { text: variant.overrideText ?? null, threadParts: variant.threadParts ?? [], mediaIds: ownMedia };
  }
  return { text: post.text, channelIds: post.variants.map((variant) => variant.channel.id), paid: post.paid, mediaIds: post.mediaIds ?? [], variants };
}

/**
 * What the network would refuse, checked in the browser with the server's own table. Images
 * whose details are not known here (a reopened draft) are left to the server's check.
 */
export function variantProblems(limits: NetworkLimits, draft: Draft, channelId: string, media: Readonly<Record<string, MediaItem>>): LimitProblem[] {
  const variant = variantOf(draft, channelId);
  const ids = effectiveMediaIds(draft, channelId);
  const images: ImageFacts[] = ids.flatMap((id) => {
    const item = media[id];
    return item === undefined ? [] : [{ contentType: item.contentType, bytes: item.bytes, width: item.width, height: item.height, altText: item.altText }];
  });
  const problems = checkVariant(limits, { text: effectiveText(draft, channelId), threadParts: variant.threadParts, images });
  // An unknown image still counts: "needs an image" must not appear beside one.
  if (images.length < ids.length) return problems.filter((problem) => problem.code !== 'image_required');
  return problems;
}

/** Which images a problem is about ("images[1].altText" → 1), to show it under that image. */
export function problemImageIndex(field: string): number | null {
  const match = /^images\[(\d+)\]/.exec(field);
  return match === null ? null : Number(match[1]);
}

/** Which thread part a problem is about ("threadParts[0]" → 0). */
export function problemThreadIndex(field: string): number | null {
  const match = /^threadParts\[(\d+)\]/.exec(field);
  return match === null ? null : Number(match[1]);
}

/**
 * The server refuses scheduling with one message naming each channel ("bluesky kopi.id:
 * text: 320 graphemes, Bluesky allows 300; mastodon …"): split it back per channel.
 */
export function refusalsByChannel(message: string, channels: readonly { id: string; network: string; handle: string }[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const part of message.split('; ')) {
    const channel = channels.find((candidate) => part.startsWith(`${candidate.network} ${candidate.handle}: `));
    if (channel === undefined) continue;
    (found[channel.id] ??= []).push(part.slice(`${channel.network} ${channel.handle}: `.length));
  }
  return found;
}
