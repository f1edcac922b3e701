// Test helpers on the local Bluesky network: one dev-env peer per test file, the brand's
// connector, and a follower who writes through their own Agent.
import { Agent, RichText } from '@atproto/api';
import { startBlueskyPeer, type BlueskyAccount, type BlueskyPeer } from '../../test-support/peers/bluesky.js';
import { BlueskyConnector } from './connector.js';
import { postRecordOf } from './records.js';
import type { PublishedView } from '../../test-support/connector-contract.js';

/** An Agent that speaks as this account, straight to the PDS (no didDoc endpoint switching). */
export function agentFor(peer: BlueskyPeer, account: BlueskyAccount): Agent {
  return new Agent((url, init) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${account.accessJwt}`);
    return fetch(new URL(url, peer.pdsUrl), { ...init, headers });
  });
}

export function brandConnector(peer: BlueskyPeer, brand: BlueskyAccount, saved: Record<string, string>[] = [], credentials: Record<string, string> = { appPassword: brand.password }): BlueskyConnector {
  return new BlueskyConnector({
    channelId: 'bluesky-test',
    settings: { handle: brand.handle, service: peer.pdsUrl },
    credentials,
    saveCredentials: (next) => {
      saved.push(next);
      return Promise.resolve();
    },
  });
}

/** A follower's post with its facets resolved, as the Bluesky app would write it. */
export async function followerPosts(agent: Agent, author: BlueskyAccount, text: string, extra: Record<string, unknown> = {}): Promise<{ uri: string; cid: string }> {
  const rich = new RichText({ text });
  await rich.detectFacets(agent);
  const record = { $type: 'app.bsky.feed.post', text: rich.text, createdAt: new Date().toISOString(), ...(rich.facets === undefined ? {} : { facets: rich.facets }), ...extra };
  const { data } = await agent.com.atproto.repo.createRecord({ repo: author.did, collection: 'app.bsky.feed.post', record });
  return { uri: data.uri, cid: data.cid };
}

/** Every text in a post's thread as this account sees it (getPostThread), replies included. */
export async function textsInThread(agent: Agent, uri: string): Promise<string[]> {
  const { data } = await agent.app.bsky.feed.getPostThread({ uri, depth: 10 });
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const { post, replies } = node as { post?: { record?: unknown }; replies?: unknown[] };
    const text = postRecordOf(post?.record)?.text;
    if (text !== undefined) texts.push(text);
    for (const reply of replies ?? []) walk(reply);
  };
  walk(data.thread);
  return texts;
}

let shared: Promise<BlueskyPeer> | undefined;

/** One peer per test file (vitest runs each file in its own process). */
export function sharedPeer(): Promise<BlueskyPeer> {
  shared ??= startBlueskyPeer();
  return shared;
}

export async function stopSharedPeer(): Promise<void> {
  const peer = shared;
  shared = undefined;
  if (peer !== undefined) await (await peer).stop();
}

/** One post as a follower reads it from the AppView (getPostThread): its text, image alts and the post it answers. */
export async function publishedView(agent: Agent, uri: string): Promise<PublishedView | undefined> {
  try {
    const { data } = await agent.app.bsky.feed.getPostThread({ uri, depth: 0 });
    const post = (data.thread as { post?: { record?: unknown; embed?: { $type?: string; images?: { alt?: string }[] } } }).post;
    const record = postRecordOf(post?.record);
    if (record === undefined) return undefined;
    const images = post?.embed?.$type === 'app.bsky.embed.images#view' ? (post.embed.images ?? []) : [];
    return { text: record.text, imageAlts: images.map((image) => image.alt ?? ''), ...(record.reply === undefined ? {} : { inReplyTo: record.reply.parent.uri }) };
  } catch {
    return undefined; // not indexed yet
  }
}
