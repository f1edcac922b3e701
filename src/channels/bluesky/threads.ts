// Threads (getPostThread) and per-post counts (getPosts).
import { AppBskyFeedDefs } from '@atproto/api';
import { ChannelError, type PostMetrics, type ThreadMessage } from '../types.js';
import type { BlueskyClient } from './client.js';
import { postsOf } from './inbound.js';
import { authorOf, POST_URI, postRecordOf, sentAtOf } from './records.js';

function messageOf(post: AppBskyFeedDefs.PostView, brandDid: string): ThreadMessage | undefined {
  const record = postRecordOf(post.record);
  if (record === undefined) return undefined;
  return {
    networkMessageId: post.uri,
    ...(record.reply === undefined ? {} : { parentNetworkMessageId: record.reply.parent.uri }),
    author: authorOf(post.author),
    text: record.text,
    sentAt: sentAtOf(record, post.indexedAt),
    fromBrand: post.author.did === brandDid,
  };
}

/** Replies depth first, each level oldest first. */
function repliesOf(node: AppBskyFeedDefs.ThreadViewPost, brandDid: string): ThreadMessage[] {
  const children = (node.replies ?? []).filter((reply) => AppBskyFeedDefs.isThreadViewPost(reply));
  children.sort((a, b) => a.post.indexedAt.localeCompare(b.post.indexedAt));
  return children.flatMap((child) => {
    const message = messageOf(child.post, brandDid);
    return [...(message === undefined ? [] : [message]), ...repliesOf(child, brandDid)];
  });
}

export async function fetchThread(client: BlueskyClient, uri: string): Promise<ThreadMessage[]> {
  if (!POST_URI.test(uri)) throw new ChannelError('NOT_FOUND', 'Not a Bluesky post id');
  const brandDid = await client.brandDid();
  const { data } = await client.read('reading a thread', (agent) => agent.app.bsky.feed.getPostThread({ uri, depth: 20, parentHeight: 50 }));
  const { thread } = data;
  if (!AppBskyFeedDefs.isThreadViewPost(thread)) throw new ChannelError('NOT_FOUND', 'Bluesky shows no such post (deleted or blocked)');
  const ancestors: ThreadMessage[] = [];
  for (let parent = thread.parent; parent !== undefined && AppBskyFeedDefs.isThreadViewPost(parent); parent = parent.parent) {
    const message = messageOf(parent.post, brandDid);
    if (message !== undefined) ancestors.unshift(message);
  }
  const own = messageOf(thread.post, brandDid);
  return [...ancestors, ...(own === undefined ? [] : [own]), ...repliesOf(thread, brandDid)];
}

export async function fetchMetrics(client: BlueskyClient, uris: readonly string[]): Promise<PostMetrics[]> {
  const posts = await postsOf(client, uris.filter((uri) => POST_URI.test(uri)));
  return posts.map((post) => ({
    networkPostId: post.uri,
    likes: post.likeCount ?? 0,
    replies: post.replyCount ?? 0,
    reposts: post.repostCount ?? 0,
    quotes: post.quoteCount ?? 0,
  }));
}
