// The Mastodon connector against a real snac2 instance on loopback (PEERS.md §2). snac's queues
// tick every 3 s, so a mention is readable after ~7–9 s: generous waits. snac 2.75 has no
// DELETE /api/v1/statuses/:id (404), so deletion is left out here and tested against the
// documented-API fake in connector.test.ts.
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { snacActor, snacFetch, startSnac } from '../../test-support/peers/snac.js';
import { htmlToText } from './parse.js';
import { mastodonDefinition } from './definition.js';
import type { ChannelConnector } from '../types.js';

/** The same connector, declaring one capability less (what the local server cannot do). */
function without(connector: ChannelConnector, capability: 'deletePost'): ChannelConnector {
  const view = Object.create(connector) as ChannelConnector;
  Object.defineProperty(view, 'capabilities', { value: { ...connector.capabilities, [capability]: false } });
  return view;
}

runConnectorContract({
  name: 'mastodon (snac2)',
  timeoutMs: 120_000,
  setup: async () => {
    const peer = await startSnac();
    const fan = snacActor(peer, peer.users.fan);
    const build = () => mastodonDefinition.create({
      channelId: 'contract-mastodon',
      settings: { instanceUrl: peer.baseUrl },
      credentials: { accessToken: peer.users.brand.accessToken },
      saveCredentials: () => Promise.resolve(),
      fetch: snacFetch,
    });
    const connector = build();
    return {
      connector: without(connector, 'deletePost'),
      brandNetworkId: peer.users.brand.accountId,
      followerMentions: async (text) => {
        await fan.post(`@brand ${text}`);
      },
      followerDirectMessage: async (text) => {
        await fan.post(`@brand ${text}`, { visibility: 'direct' });
      },
      followerSeesInThread: async (id) => (await fan.thread(id)).map((status) => htmlToText(status.content)),
      followerDirectInbox: async () => (await fan.mentions())
        .filter((status) => status.visibility !== 'public' && status.account.id === peer.users.brand.accountId)
        .map((status) => htmlToText(status.content)),
      restartedConnector: build,
      // As the follower reads it: GET /api/v1/statuses/:id (snac 2.75 takes /api/v2/media uploads and shows media_attachments).
      readPublished: async (id) => {
        const response = await fetch(`${peer.baseUrl}/api/v1/statuses/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${peer.users.fan.accessToken}` } });
        if (!response.ok) return undefined;
        const status = (await response.json()) as { content: string; in_reply_to_id: string | null; media_attachments?: { description?: string | null }[] };
        return {
          text: htmlToText(status.content), imageAlts: (status.media_attachments ?? []).map((media) => media.description ?? ''),
          ...(status.in_reply_to_id === null ? {} : { inReplyTo: status.in_reply_to_id }),
        };
      },
      visibleWithinMs: 25_000,
      dispose: () => peer.stop(),
    };
  },
});
