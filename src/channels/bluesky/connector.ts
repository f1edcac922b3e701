// The Bluesky connector: an app-password session (session.ts) over @atproto/api's Agent,
// notifications polled from a cursor, replies and posts under an rkey of our own.
import type { AccountIdentity, ChannelCapabilities, ChannelConnector, ConnectorContext, OutboundPost, OutboundReply, PollPage, PostMetrics, SearchPage, SendResult, ThreadMessage } from '../types.js';
import { BlueskyClient } from './client.js';
import { pollNotifications, searchPosts } from './inbound.js';
import { deletePost, findSent, publishPost, sendReply } from './sending.js';
import { AppPasswordSession, type StoredSession } from './session.js';
import { fetchMetrics, fetchThread } from './threads.js';

export const BLUESKY_CAPABILITIES: ChannelCapabilities = {
  inbound: 'poll',
  replyInThread: true,
  // chat.bsky needs the chat service (not in dev-env); not built yet.
  directMessages: false,
  publish: true,
  deletePost: true,
  fetchThread: true,
  metrics: true,
  search: true,
  findSent: 'exact',
  // app.bsky.embed.images: at most 4 uploaded blobs, each with its alt text.
  publishImages: { via: 'upload', max: 4 },
  publishThreads: true,
};

export const DEFAULT_SERVICE = 'https://bsky.social';
export const DEFAULT_WEB_BASE = 'https://bsky.app';

function storedSession(credentials: Readonly<Record<string, string>>): StoredSession | undefined {
  const { did, accessJwt, refreshJwt, sessionHandle } = credentials;
  if (did === undefined || accessJwt === undefined || refreshJwt === undefined) return undefined;
  return { did, accessJwt, refreshJwt, handle: sessionHandle ?? '' };
}

export class BlueskyConnector implements ChannelConnector {
  readonly network = 'bluesky' as const;
  readonly capabilities = BLUESKY_CAPABILITIES;
  private readonly client: BlueskyClient;

  constructor(context: ConnectorContext) {
    const { settings, credentials } = context;
    const appPassword = credentials.appPassword;
    const session = new AppPasswordSession({
      service: settings.service ?? DEFAULT_SERVICE,
      identifier: settings.handle ?? '',
      appPassword,
      stored: storedSession(credentials),
      fetch: context.fetch ?? fetch,
      // The whole credential set is replaced on save: keep the app password beside the new pair.
      save: (next) => context.saveCredentials({
        ...(appPassword === undefined ? {} : { appPassword }),
        did: next.did, sessionHandle: next.handle, accessJwt: next.accessJwt, refreshJwt: next.refreshJwt,
      }),
    });
    this.client = new BlueskyClient(session, settings.webBase ?? DEFAULT_WEB_BASE);
  }

  async whoami(): Promise<AccountIdentity> {
    const { data } = await this.client.read('checking the account', (agent) => agent.com.atproto.server.getSession());
    const displayName = await this.client.read('reading the profile', (agent) => agent.app.bsky.actor.getProfile({ actor: data.did }))
      .then((profile) => profile.data.displayName?.trim() ?? '', () => '');
    return { networkId: data.did, handle: data.handle, displayName: displayName === '' ? data.handle : displayName };
  }

  poll(cursor: string | null): Promise<PollPage> {
    return pollNotifications(this.client, cursor);
  }

  sendReply(reply: OutboundReply): Promise<SendResult> {
    return sendReply(this.client, reply);
  }

  publishPost(post: OutboundPost): Promise<SendResult> {
    return publishPost(this.client, post);
  }

  deletePost(networkPostId: string): Promise<void> {
    return deletePost(this.client, networkPostId);
  }

  fetchThread(networkMessageId: string): Promise<ThreadMessage[]> {
    return fetchThread(this.client, networkMessageId);
  }

  fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    return fetchMetrics(this.client, networkPostIds);
  }

  findSent(idempotencyKey: string): Promise<SendResult | null> {
    return findSent(this.client, idempotencyKey);
  }

  search(query: string, cursor: string | null): Promise<SearchPage> {
    return searchPosts(this.client, query, cursor);
  }
}
