// The connector contract against a real local Bluesky network (@atproto/dev-env: PDS + AppView).
import { afterAll } from 'vitest';
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { agentFor, brandConnector, followerPosts, publishedView, sharedPeer, stopSharedPeer, textsInThread } from './test-network.js';

afterAll(stopSharedPeer, 60_000);

runConnectorContract({
  name: 'bluesky (dev-env)',
  setup: async () => {
    const peer = await sharedPeer();
    const brand = await peer.createAccount('brand');
    const follower = await peer.createAccount('fan');
    const followerAgent = agentFor(peer, follower);
    return {
      connector: brandConnector(peer, brand),
      brandNetworkId: brand.did,
      followerMentions: async (text) => {
        await followerPosts(followerAgent, follower, `@${brand.handle} ${text}`);
      },
      followerSeesInThread: (uri) => textsInThread(followerAgent, uri),
      readPublished: (uri) => publishedView(followerAgent, uri),
      restartedConnector: () => brandConnector(peer, brand),
      // The AppView indexes the PDS firehose asynchronously (50–570 ms measured).
      visibleWithinMs: 15_000,
      dispose: () => Promise.resolve(),
    };
  },
});
