// Replies, posts, deletes and findSent. Every create is written under an rkey derived from the
// send's idempotency key (rkey.ts): a retry cannot make a second record, and after a timeout
// getRecord by that rkey tells whether the first attempt landed.
import { ChannelError, type OutboundImage, type OutboundPost, type OutboundReply, type SendResult } from '../types.js';
import type { BlueskyClient } from './client.js';
import { facetedText, graphemeCount } from './facets.js';
import { postsOf } from './inbound.js';
import { POST_URI, postRecordOf, postUrl, type StrongRef } from './records.js';
import { rkeyForIdempotencyKey } from './rkey.js';

const COLLECTION = 'app.bsky.feed.post';
const MAX_GRAPHEMES = 300;

/** root is the parent's own root when the parent is itself a reply; otherwise the parent. */
async function replyRefs(client: BlueskyClient, parentUri: string): Promise<{ root: StrongRef; parent: StrongRef }> {
  if (!POST_URI.test(parentUri)) throw new ChannelError('NOT_FOUND', 'Not a Bluesky post id');
  const [parent] = await postsOf(client, [parentUri]);
  if (parent === undefined) throw new ChannelError('NOT_FOUND', 'The Bluesky post being answered no longer exists');
  const parentRef = { uri: parent.uri, cid: parent.cid };
  return { root: postRecordOf(parent.record)?.reply?.root ?? parentRef, parent: parentRef };
}

/**
 * A thread part answers the brand's own previous part: read straight from the brand's repo on the
 * PDS (getRecord), which has it at once, where the AppView may not have indexed it yet.
 */
async function ownReplyRefs(client: BlueskyClient, parentUri: string): Promise<{ root: StrongRef; parent: StrongRef }> {
  const match = POST_URI.exec(parentUri);
  if (match?.[1] === undefined || match[2] === undefined) throw new ChannelError('NOT_FOUND', 'Not a Bluesky post id');
  const [repo, rkey] = [match[1], match[2]];
  const { data } = await client.read('reading the thread\'s previous post', (agent) => agent.com.atproto.repo.getRecord({ repo, collection: COLLECTION, rkey }));
  if (data.cid === undefined) throw new ChannelError('NOT_FOUND', 'The previous post of the thread has no CID');
  const parent = { uri: data.uri, cid: data.cid };
  return { root: postRecordOf(data.value)?.reply?.root ?? parent, parent };
}

/** app.bsky.embed.images: each image uploaded as a blob (content-addressed, so a retry stores nothing twice), with its alt text. */
async function imagesEmbed(client: BlueskyClient, images: readonly OutboundImage[]) {
  const embedded = [];
  for (const image of images) {
    const { data } = await client.write('uploading an image', (agent) => agent.com.atproto.repo.uploadBlob(image.bytes, { encoding: image.contentType }));
    embedded.push({ image: data.blob, alt: image.altText, aspectRatio: { width: image.width, height: image.height } });
  }
  return { $type: 'app.bsky.embed.images', images: embedded };
}

async function createPost(
  client: BlueskyClient, idempotencyKey: string, text: string, reply: { root: StrongRef; parent: StrongRef } | undefined, images: readonly OutboundImage[] = [],
): Promise<SendResult> {
  if (graphemeCount(text) > MAX_GRAPHEMES) throw new ChannelError('INVALID_CONTENT', `Bluesky posts hold at most ${MAX_GRAPHEMES} characters`);
  const repo = await client.brandDid();
  const rich = await client.read('resolving mentions', (agent) => facetedText(text, agent));
  const embed = images.length === 0 ? undefined : await imagesEmbed(client, images);
  const createdAt = new Date().toISOString();
  const record = {
    $type: COLLECTION, text: rich.text, createdAt,
    ...(rich.facets.length === 0 ? {} : { facets: rich.facets }),
    ...(reply === undefined ? {} : { reply }),
    ...(embed === undefined ? {} : { embed }),
  };
  const { data } = await client.write('sending a post', (agent) => agent.com.atproto.repo.createRecord({ repo, collection: COLLECTION, rkey: rkeyForIdempotencyKey(idempotencyKey), record }));
  const handle = client.session.handle ?? repo;
  const url = postUrl(client.webBase, handle, data.uri);
  return { networkMessageId: data.uri, sentAt: Date.parse(createdAt), ...(url === undefined ? {} : { url }) };
}

export async function sendReply(client: BlueskyClient, reply: OutboundReply): Promise<SendResult> {
  if (reply.directThreadId !== undefined) throw new ChannelError('INVALID_CONTENT', 'Sapa does not send Bluesky direct messages (chat.bsky) yet');
  if (reply.inReplyToNetworkId === undefined) throw new ChannelError('INVALID_CONTENT', 'A Bluesky reply needs the post it answers');
  return createPost(client, reply.idempotencyKey, reply.text, await replyRefs(client, reply.inReplyToNetworkId));
}

export async function publishPost(client: BlueskyClient, post: OutboundPost): Promise<SendResult> {
  const reply = post.inThread === undefined ? undefined : await ownReplyRefs(client, post.inThread.parentNetworkId);
  return createPost(client, post.idempotencyKey, post.text, reply, post.images ?? []);
}

export async function deletePost(client: BlueskyClient, uri: string): Promise<void> {
  const match = POST_URI.exec(uri);
  const repo = await client.brandDid();
  if (match === null || match[1] !== repo || match[2] === undefined) throw new ChannelError('NOT_FOUND', 'Not a post of this Bluesky account');
  const rkey = match[2];
  await client.write('deleting a post', (agent) => agent.com.atproto.repo.deleteRecord({ repo, collection: COLLECTION, rkey }));
}

export async function findSent(client: BlueskyClient, idempotencyKey: string): Promise<SendResult | null> {
  const repo = await client.brandDid();
  try {
    const { data } = await client.read('checking a send', (agent) => agent.com.atproto.repo.getRecord({ repo, collection: COLLECTION, rkey: rkeyForIdempotencyKey(idempotencyKey) }));
    const createdAt = Date.parse(postRecordOf(data.value)?.createdAt ?? '');
    const url = postUrl(client.webBase, client.session.handle ?? repo, data.uri);
    return { networkMessageId: data.uri, sentAt: Number.isFinite(createdAt) ? createdAt : Date.now(), ...(url === undefined ? {} : { url }) };
  } catch (error) {
    if (error instanceof ChannelError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
