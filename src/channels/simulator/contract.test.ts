// The simulator passes the same contract suite as every real connector.
import { createRandom } from './random.js';
import { GLOWRIA } from './brand.js';
import { SimulatedNetwork } from './simulated-network.js';
import { runConnectorContract } from '../../test-support/connector-contract.js';

for (const network of ['facebook', 'instagram', 'x', 'bluesky'] as const) {
  runConnectorContract({
    name: `simulated ${network}`,
    setup: () => {
      const connector = new SimulatedNetwork({ network, latencyMs: 0, rateLimitProbability: 0, random: createRandom(`contract-${network}`) });
      const follower = { networkId: `follower-${network}`, handle: 'rina', displayName: 'Rina' };
      let seq = 0;
      const dmInbox: string[] = [];
      connector.onReceive((entry) => {
        if (entry.outcome === 'sent' && entry.kind === 'direct_message') dmInbox.push(entry.text);
      });
      return Promise.resolve({
        connector,
        brandNetworkId: GLOWRIA.accounts[network].accountId,
        followerMentions: (text: string) => {
          seq += 1;
          connector.receive({ kind: 'mention', networkMessageId: `m-${seq}`, author: follower, text, sentAt: Date.now() });
          return Promise.resolve();
        },
        followerDirectMessage: (text: string) => {
          seq += 1;
          connector.receive({ kind: 'direct_message', networkMessageId: `dm-${seq}`, directThreadId: follower.networkId, author: follower, text, sentAt: Date.now() });
          return Promise.resolve();
        },
        followerSeesInThread: async (id: string) => (await connector.fetchThread(id)).map((message) => message.text),
        followerDirectInbox: () => Promise.resolve([...dmInbox]),
        // What the simulated network received for that post: its text, image alts and the post it answers.
        readPublished: (id: string) => {
          const entry = connector.delivered().find((sent) => sent.kind === 'post' && sent.result?.networkMessageId === id);
          return Promise.resolve(entry === undefined ? undefined : {
            text: entry.text, imageAlts: entry.imageAlts ?? [], ...(entry.inReplyToNetworkId === undefined ? {} : { inReplyTo: entry.inReplyToNetworkId }),
          });
        },
        publicImageUrl: () => Promise.resolve('https://sapa.example.id/public/media/m1?expires=1&signature=0'),
        visibleWithinMs: 2_000,
        dispose: () => Promise.resolve(),
      });
    },
  });
}
