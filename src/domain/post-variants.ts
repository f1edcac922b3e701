// Variants: one draft, and per channel a variant that inherits the post's text and images or
// overrides them, and may continue as a thread. Every variant is checked against its network's
// limits (src/channels/limits.ts): saving a draft reports the problems per variant, scheduling
// refuses while any remain.
import type { Kysely, Transaction } from 'kysely';
import { definitionOf } from '../channels/catalog.js';
import { checkVariant, describeProblem, type LimitProblem } from '../channels/limits.js';
import type { Network } from '../channels/types.js';
import { listChannels } from '../store/repositories/channels.js';
import { listWorkspaceMedia, type MediaRow } from '../store/repositories/media.js';
import { applyVariantContent, listVariantContent, parseIds, setPostMedia, type VariantContentRow } from '../store/repositories/post-variants.js';
import type { Database } from '../store/schema.js';
import { DomainError } from './errors.js';
import { limitsForChannel } from './channel-limits.js';

export interface VariantInput {
  channelId: string;
  /** The variant's own text; absent or null inherits the post's. */
  text?: string | null;
  /** Replies that follow the first post, in order. */
  threadParts?: string[];
  /** The variant's own images; absent or null carries the post's. */
  mediaIds?: string[] | null;
}

export interface VariantProblem {
  field: string;
  code: LimitProblem['code'];
  message: string;
}

export interface VariantDetails {
  overrideText: string | null;
  threadParts: string[];
  /** The images this variant publishes (its own or the post's). */
  mediaIds: string[];
  ownMedia: boolean;
  problems: VariantProblem[];
}

export interface PostContent {
  mediaIds: string[];
  variants: Map<string, VariantDetails>;
}

/** Media ids that are images of this workspace, in the order given (400 names the stranger). */
async function workspaceMedia(db: Kysely<Database> | Transaction<Database>, workspaceId: string, ids: readonly string[]): Promise<MediaRow[]> {
  const unique = [...new Set(ids)];
  const rows = await listWorkspaceMedia(db, workspaceId, unique);
  const stranger = unique.find((id) => !rows.some((row) => row.id === id));
  if (stranger !== undefined) throw new DomainError('invalid_input', `mediaIds: ${stranger} is not an image of this workspace`);
  return rows;
}

/** Saves the post's images and each channel's override onto the draft's variants (inside the draft's transaction). */
export async function saveVariantContent(
  trx: Transaction<Database>, input: { workspaceId: string; postId: string; text: string; channelIds: readonly string[]; mediaIds: readonly string[]; variants: readonly VariantInput[] },
): Promise<void> {
  const stranger = input.variants.find((variant) => !input.channelIds.includes(variant.channelId));
  if (stranger !== undefined) throw new DomainError('invalid_input', `variants: ${stranger.channelId} is not one of the post's channels`);
  await workspaceMedia(trx, input.workspaceId, [...input.mediaIds, ...input.variants.flatMap((variant) => variant.mediaIds ?? [])]);
  await setPostMedia(trx, input.postId, input.mediaIds);
  const rows: VariantContentRow[] = input.variants.map((variant) => {
    const overrideText = variant.text === undefined || variant.text === null ? null : variant.text;
    return { channelId: variant.channelId, text: overrideText ?? input.text, overrideText, threadParts: variant.threadParts ?? [], mediaIds: variant.mediaIds ?? null };
  });
  await applyVariantContent(trx, input.postId, rows);
}

interface VariantForCheck {
  id: string;
  post_id: string;
  channel_id: string;
  text: string;
}

/** Each variant's override, thread, images and what its network would refuse. */
export async function loadPostContent(db: Kysely<Database>, workspaceId: string, postIds: readonly string[], variants: readonly VariantForCheck[]): Promise<Map<string, PostContent>> {
  const rows = await listVariantContent(db, postIds);
  const channels = new Map((await listChannels(db, workspaceId)).map((channel) => [channel.id, channel]));
  const allMedia = new Set(rows.flatMap((row) => [...(parseIds(row.media_ids) ?? []), ...(parseIds(row.post_media_ids) ?? [])]));
  const media = new Map((await listWorkspaceMedia(db, workspaceId, [...allMedia])).map((row) => [row.id, row]));
  const contents = new Map<string, PostContent>();
  for (const postId of postIds) contents.set(postId, { mediaIds: [], variants: new Map() });
  for (const variant of variants) {
    const row = rows.find((candidate) => candidate.id === variant.id);
    const content = contents.get(variant.post_id);
    const channel = channels.get(variant.channel_id);
    if (row === undefined || content === undefined || channel === undefined) continue;
    content.mediaIds = parseIds(row.post_media_ids) ?? [];
    const own = parseIds(row.media_ids);
    const mediaIds = own ?? content.mediaIds;
    const threadParts = parseIds(row.thread_parts) ?? [];
    const limits = await limitsForChannel(channel);
    const images = mediaIds.flatMap((id) => {
      const image = media.get(id);
      return image === undefined ? [] : [{ contentType: image.content_type, bytes: image.bytes, width: image.width, height: image.height, altText: image.alt_text }];
    });
    const problems = checkVariant(limits, { text: variant.text, threadParts, images })
      .map((problem) => ({ field: problem.field, code: problem.code, message: describeProblem(channel.network as Network, problem) }));
    content.variants.set(variant.id, { overrideText: row.override_text, threadParts, mediaIds, ownMedia: own !== null, problems });
  }
  return contents;
}

/** Scheduling refuses a post any network would refuse, naming the channel and what to fix. */
export function assertVariantsFit(content: PostContent | undefined, variants: readonly { id: string; network: string; handle: string }[]): void {
  const messages = variants.flatMap((variant) => {
    const saved = content?.variants.get(variant.id);
    const problems = (saved?.problems ?? []).map((problem) => problem.message);
    problems.push(...publishingGaps(variant.network, saved));
    return problems.map((message) => `${variant.network} ${variant.handle}: ${message}`);
  });
  if (messages.length > 0) throw new DomainError('invalid_input', messages.join('; '));
}

/**
 * What the limits table allows but Sapa's connector for the network does not send yet (Telegram
 * photos, Instagram carousels): refused at scheduling rather than silently dropped at publishing.
 */
function publishingGaps(network: string, saved: VariantDetails | undefined): string[] {
  const capabilities = definitionOf(network)?.capabilities;
  if (capabilities === undefined || saved === undefined) return [];
  const gaps: string[] = [];
  if (saved.threadParts.length > 0 && !capabilities.publishThreads) gaps.push('threads cannot be published on this network; remove the thread parts to schedule this post');
  const images = capabilities.publishImages;
  if (saved.mediaIds.length > 0 && images === null) gaps.push('Sapa cannot publish images on this network yet; remove the images to schedule this post');
  else if (images !== null && saved.mediaIds.length > images.max) gaps.push(`Sapa publishes at most ${images.max} image(s) per post on this network; remove images to schedule this post`);
  return gaps;
}

/** Every text a post publishes beyond its own: overrides and thread parts, each once. */
export function variantTexts(post: { post: { text: string }; variants: readonly { id: string; text: string }[]; content?: PostContent }): string[] {
  const texts = post.variants.flatMap((variant) => [variant.text, ...(post.content?.variants.get(variant.id)?.threadParts ?? [])]);
  return [...new Set(texts)].filter((text) => text !== post.post.text);
}
