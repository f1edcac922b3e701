// Instagram publishing is two steps (developers.facebook.com/docs/instagram-platform/content-publishing):
// POST /{ig-user-id}/media {image_url, caption} makes a container; GET /{container-id}?fields=status_code
// until FINISHED (IN_PROGRESS, FINISHED, ERROR, EXPIRED, PUBLISHED); then POST /{ig-user-id}/media_publish
// {creation_id}. The container is remembered per idempotency key, so a retry or findSent re-reads it and
// never publishes twice: a PUBLISHED container is looked up, not published again.
import { ChannelError, type OutboundPost, type SendResult } from '../types.js';
import type { GraphClient } from '../meta/graph-client.js';
import { LOOKUP_SKEW_MS, type SendAttempt } from '../meta/send-journal.js';
import { epochMsOf } from '../meta/webhook.js';


export interface PublishOptions {
  graph: GraphClient;
  igUserId: string;
  /** Between status reads; Meta suggests polling about once a minute for video, images are quicker. */
  pollIntervalMs: number;
  maxPolls: number;
}

type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

/** Instagram fetches the image itself: the first image's signed public link (images[].publicUrl). */
export function imageUrlOf(post: OutboundPost): string | undefined {
  const imageUrl = post.images?.[0]?.publicUrl;
  return imageUrl === undefined || imageUrl === '' ? undefined : imageUrl;
}

export async function publishWithContainer(options: PublishOptions, attempt: SendAttempt, imageUrl: string): Promise<SendResult> {
  const { graph, igUserId } = options;
  if (attempt.containerId === undefined) {
    attempt.containerId = (await graph.post<{ id: string }>(`${igUserId}/media`, { image_url: imageUrl, caption: attempt.text })).id;
  }
  const status = await waitForContainer(options, attempt.containerId);
  if (status === 'PUBLISHED') {
    const found = await findPublishedMedia(options, attempt);
    if (found !== null) return found;
    throw new ChannelError('UNKNOWN_OUTCOME', 'Instagram says this post was published but it is not among the recent posts yet.');
  }
  const media = await graph.post<{ id: string }>(`${igUserId}/media_publish`, { creation_id: attempt.containerId });
  return { networkMessageId: media.id, sentAt: Date.now() };
}

async function waitForContainer(options: PublishOptions, containerId: string): Promise<ContainerStatus> {
  for (let poll = 0; poll < options.maxPolls; poll += 1) {
    const status = await containerStatus(options.graph, containerId);
    if (status === 'FINISHED' || status === 'PUBLISHED') return status;
    if (status === 'ERROR') throw new ChannelError('INVALID_CONTENT', 'Instagram could not process the image (container status ERROR): check that the image URL is public and a JPEG of an accepted size.');
    if (status === 'EXPIRED') throw new ChannelError('INVALID_CONTENT', 'The Instagram container expired (not published within 24 hours): publish the post again.');
    await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
  }
  throw new ChannelError('TEMPORARY', 'Instagram is still processing the image; publishing will be tried again with the same container.');
}

export async function containerStatus(graph: GraphClient, containerId: string): Promise<ContainerStatus> {
  return (await graph.get<{ status_code: ContainerStatus }>(containerId, { fields: 'status_code' })).status_code;
}

/** The account's media published since the attempt began with the attempt's caption. */
export async function findPublishedMedia(options: PublishOptions, attempt: SendAttempt): Promise<SendResult | null> {
  const since = attempt.startedAt - LOOKUP_SKEW_MS;
  const media = await options.graph.get<{ data: { id: string; caption?: string; timestamp?: string }[] }>(`${options.igUserId}/media`, { fields: 'id,caption,timestamp', limit: 25 });
  const match = media.data.find((item) => item.caption === attempt.text && epochMsOf(item.timestamp, 0) >= since);
  return match === undefined ? null : { networkMessageId: match.id, sentAt: epochMsOf(match.timestamp, Date.now()) };
}
