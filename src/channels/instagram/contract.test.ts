// The Instagram connector against the in-repo Graph API fake: comments and DMs as signed webhook
// deliveries over loopback; posts carry an image URL (Instagram has no text-only posts).
import { describe, expect, it } from 'vitest';
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { instagramComment, messengerMessage, seedInstagramMedia } from '../../test-support/fakes/meta/followers.js';
import { MetaFake } from '../../test-support/fakes/meta/graph-fake.js';
import { startWebhookReceiver } from '../../test-support/fakes/meta/webhook-receiver.js';
import { signedMetaDelivery } from '../meta/webhook-fixture.js';
import { InstagramConnector } from './connector.js';
import type { OutboundPost } from '../types.js';
import { contractImage } from '../../test-support/connector-contract.js';
import { startImageHost } from '../../test-support/fakes/meta/image-host.js';

const onePixelJpeg = {
  ...contractImage, contentType: 'image/jpeg', width: 1, height: 1,
  bytes: new Uint8Array(Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64')),
};
const igUser = { id: '17841400000000001', username: 'glowria.id', name: 'Glowria' };
const follower = { id: '17841400000000777', username: 'rina.putri' };
const secrets = { accessToken: 'EAAG-ig-token', appSecret: 'ig-app-secret', verifyToken: 'ig-verify-token' };

async function startInstagram(): Promise<{ fake: MetaFake; connector: InstagramConnector }> {
  const fake = await MetaFake.start({ appSecret: secrets.appSecret, accessToken: secrets.accessToken, igUser });
  const connector = new InstagramConnector({ channelId: 'ig', settings: { igUserId: igUser.id, apiBase: fake.apiBase, publishPollMs: '10' }, credentials: secrets, saveCredentials: () => Promise.resolve() });
  return { fake, connector };
}

runConnectorContract({
  name: 'instagram (Graph API fake)',
  setup: async () => {
    const { fake, connector } = await startInstagram();
    const receiver = await startWebhookReceiver(() => connector);
    await fake.subscribe('instagram', receiver.url, secrets.verifyToken);
    const mediaId = seedInstagramMedia(fake, 'Serum baru Glowria ✨');
    const images = await startImageHost();
    return {
      connector,
      restartedConnector: () => new InstagramConnector({ channelId: 'ig', settings: { igUserId: igUser.id, apiBase: fake.apiBase, publishPollMs: '10' }, credentials: secrets, saveCredentials: () => Promise.resolve() }),
      brandNetworkId: igUser.id,
      followerMentions: async (text) => {
        await instagramComment(fake, mediaId, follower, text);
      },
      followerDirectMessage: async (text) => {
        await messengerMessage(fake, 'instagram', follower.id, text);
      },
      takeWebhookDeliveries: () => Promise.resolve(receiver.take()),
      followerSeesInThread: async (id) => (await connector.fetchThread(id)).map((message) => message.text),
      followerDirectInbox: () => Promise.resolve((fake.sentDirect.get(follower.id) ?? []).map((message) => message.text)),
      forgedWebhook: () => signedMetaDelivery({ object: 'instagram', entry: [] }, 'not-the-app-secret'),
      preparePost: (post): OutboundPost => ({ ...post, images: [{ ...onePixelJpeg, publicUrl: images.urlFor(onePixelJpeg.bytes, onePixelJpeg.contentType) }] }),
      contractImage: () => onePixelJpeg,
      publicImageUrl: (image) => Promise.resolve(images.urlFor(image.bytes, image.contentType)),
      keepsNoAltText: true,
      // What the follower sees: the media's caption, and the image Meta fetched from the link.
      readPublished: (id) => {
        const node = fake.nodes.get(id);
        if (node?.type !== 'IGMedia') return Promise.resolve(undefined);
        const fetched = fake.fetchedImages.some((image) => image.url === node.mediaUrl && image.status === 200 && image.contentType === 'image/jpeg');
        return Promise.resolve({ text: node.caption, imageAlts: fetched ? [''] : [] });
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

describe('instagram metrics', () => {
  it('likes and comments from the media, views from insights', async () => {
    const { fake, connector } = await startInstagram();
    const mediaId = seedInstagramMedia(fake, 'Serum');
    await instagramComment(fake, mediaId, follower, 'bagus');
    expect(await connector.fetchMetrics([mediaId])).toEqual([{ networkPostId: mediaId, likes: 3, replies: 1, reposts: 0, views: 30 }]);
    await fake.close();
  });
});

describe('instagram publishing', () => {
  it('refuses a post without an image with a clear message, before calling Instagram', async () => {
    const { fake, connector } = await startInstagram();
    await expect(connector.publishPost({ idempotencyKey: 'k1', text: 'teks saja' })).rejects.toMatchObject({ code: 'INVALID_CONTENT', message: expect.stringContaining('need an image') as unknown });
    expect(fake.requests).toEqual([]);
    await fake.close();
  });

  it('never publishes twice: a retry after an unconfirmed publish re-reads the container and finds the post', async () => {
    const { fake, connector } = await startInstagram();
    const images = await startImageHost();
    const post: OutboundPost = { idempotencyKey: 'k2', text: 'Promo akhir pekan', images: [{ ...onePixelJpeg, publicUrl: images.urlFor(onePixelJpeg.bytes, onePixelJpeg.contentType) }] };
    // The publish call reaches Meta but its answer is lost.
    const originalFetch = globalThis.fetch;
    const lossy = new InstagramConnector({
      channelId: 'ig', settings: { igUserId: igUser.id, apiBase: fake.apiBase, publishPollMs: '10' }, credentials: secrets, saveCredentials: () => Promise.resolve(),
      fetch: async (input, init) => {
        const response = await originalFetch(input, init);
        if (input instanceof URL && input.pathname.endsWith('/media_publish')) throw new TypeError('socket hang up');
        return response;
      },
    });
    await expect(lossy.publishPost(post)).rejects.toMatchObject({ code: 'UNKNOWN_OUTCOME' });
    const found = await lossy.findSent('k2');
    expect(found?.networkMessageId).toBeDefined();
    const again = await lossy.publishPost(post);
    expect(again.networkMessageId).toBe(found?.networkMessageId);
    expect(fake.requests.filter((request) => request.path.endsWith('media_publish'))).toHaveLength(1);
    expect(await connector.findSent('unknown-key')).toBeNull();
    await images.close();
    await fake.close();
  });
});

describe('instagram images', () => {
  it('says what to set when the image has no public link (no SAPA_PUBLIC_URL), before calling Instagram', async () => {
    const { fake, connector } = await startInstagram();
    await expect(connector.publishPost({ idempotencyKey: 'k3', text: 'Promo', images: [onePixelJpeg] })).rejects.toMatchObject({ code: 'INVALID_CONTENT', message: expect.stringContaining('Set SAPA_PUBLIC_URL so Instagram can fetch the image') as unknown });
    expect(fake.requests).toEqual([]);
    await fake.close();
  });

  it('a link Meta cannot fetch leaves the container in ERROR, and nothing is published', async () => {
    const { fake, connector } = await startInstagram();
    const post = { idempotencyKey: 'k4', text: 'Promo', images: [{ ...onePixelJpeg, publicUrl: 'http://127.0.0.1:9/not-served.jpg' }] };
    await expect(connector.publishPost(post)).rejects.toMatchObject({ code: 'INVALID_CONTENT', message: expect.stringContaining('status ERROR') as unknown });
    expect(fake.requests.filter((request) => request.path.endsWith('media_publish'))).toEqual([]);
    await fake.close();
  });
});
