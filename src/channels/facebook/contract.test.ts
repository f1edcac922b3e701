// The Facebook Page connector against the in-repo Graph API fake (no local Meta server exists): Page
// comments and Messenger DMs reach the connector as signed webhook deliveries over loopback, after the
// fake has verified the callback with the connector's own handshake.
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { facebookComment, messengerMessage, seedPagePost } from '../../test-support/fakes/meta/followers.js';
import { MetaFake } from '../../test-support/fakes/meta/graph-fake.js';
import { startImageHost } from '../../test-support/fakes/meta/image-host.js';
import { startWebhookReceiver } from '../../test-support/fakes/meta/webhook-receiver.js';
import { signedMetaDelivery } from '../meta/webhook-fixture.js';
import { FacebookConnector } from './connector.js';

const page = { id: '104958162837', name: 'Glowria Skincare', username: 'glowria' };
// A non-ASCII name, so every delivery carries escaped unicode (Meta signs the escaped bytes).
const follower = { id: '6543210987654321', name: 'Riná Putri 🌸' };
const secrets = { accessToken: 'EAAG-page-token', appSecret: 'fb-app-secret', verifyToken: 'fb-verify-token' };

runConnectorContract({
  name: 'facebook (Graph API fake)',
  setup: async () => {
    const fake = await MetaFake.start({ appSecret: secrets.appSecret, accessToken: secrets.accessToken, page });
    const images = await startImageHost();
    const build = () => new FacebookConnector({ channelId: 'fb', settings: { pageId: page.id, apiBase: fake.apiBase }, credentials: secrets, saveCredentials: () => Promise.resolve() });
    const connector = build();
    const receiver = await startWebhookReceiver(() => connector);
    await fake.subscribe('page', receiver.url, secrets.verifyToken);
    const postId = seedPagePost(fake, 'Serum baru Glowria sudah tersedia!');
    return {
      connector,
      brandNetworkId: page.id,
      followerMentions: async (text) => {
        await facebookComment(fake, postId, follower, text);
      },
      followerDirectMessage: async (text) => {
        await messengerMessage(fake, 'page', follower.id, text);
      },
      takeWebhookDeliveries: () => Promise.resolve(receiver.take()),
      followerSeesInThread: async (id) => {
        const thread = await connector.fetchThread(id);
        return thread.map((message) => message.text);
      },
      followerDirectInbox: () => Promise.resolve((fake.sentDirect.get(follower.id) ?? []).map((message) => message.text)),
      forgedWebhook: () => signedMetaDelivery({ object: 'page', entry: [] }, 'not-the-app-secret'),
      restartedConnector: build,
      publicImageUrl: (image) => Promise.resolve(images.urlFor(image.bytes, image.contentType)),
      keepsNoAltText: true,
      // What a follower sees: the Page post's text, and the photo Meta fetched from the link.
      readPublished: (id) => {
        const node = fake.nodes.get(id);
        if (node?.type !== 'Post') return Promise.resolve(undefined);
        const fetched = fake.fetchedImages.some((image) => image.url === node.photoUrl && image.status === 200 && image.contentType.startsWith('image/'));
        return Promise.resolve({ text: node.message, imageAlts: fetched ? [''] : [] });
      },
      visibleWithinMs: 3_000,
      dispose: async () => {
        await images.close();
        await receiver.close();
        await fake.close();
      },
    };
  },
});
