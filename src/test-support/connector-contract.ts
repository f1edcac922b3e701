// The one contract suite every connector runs: the simulator, each real network against its
// local server (Bluesky dev-env, snac2, telegram-test-api), and the documented-API fakes (Meta,
// X). A network's test file calls runConnectorContract with a harness that can make a follower
// act on that network and read back what the follower sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelError, type ChannelConnector, type InboundEvent, type OutboundImage, type OutboundPost, type SendResult, type WebhookRequest } from '../channels/types.js';

export interface ContractHarness {
  connector: ChannelConnector;
  /** The brand account's id on the network, as whoami must report it. */
  brandNetworkId: string;
  /** A follower writes publicly to the brand (a mention, or a comment under the brand's post). Absent where a network has no public threads (WhatsApp). */
  followerMentions?(text: string): Promise<void>;
  /** A follower sends the brand a direct message (networks with direct messages). */
  followerDirectMessage?(text: string): Promise<void>;
  /** Webhook networks: the signed deliveries the network made since the last call, exactly as sent. */
  takeWebhookDeliveries?(): Promise<WebhookRequest[]>;
  /** The texts a follower sees in the thread of one of their messages (replies included). */
  followerSeesInThread(networkMessageId: string): Promise<string[]>;
  /** The texts of direct messages the follower received from the brand. */
  followerDirectInbox?(): Promise<string[]>;
  /** A webhook request whose signature or token is wrong (webhook networks). */
  forgedWebhook?(): WebhookRequest;
  /** Networks whose posts need more than text (Instagram needs an image): what to add to the contract's post. */
  preparePost?(post: OutboundPost): OutboundPost;
  /**
   * Networks that publish threads or images: one published post as a follower sees it on the
   * network (its text, the alt text of each image, the post it answers).
   */
  readPublished?(networkPostId: string): Promise<PublishedView | undefined>;
  /** An image this network takes (default: a small PNG); Instagram wants a JPEG. */
  contractImage?(): OutboundImage;
  /** Networks whose API takes no alt text (Instagram, Facebook photos by URL): the contract checks the image is there, not its alt. */
  keepsNoAltText?: boolean;
  /** Networks that fetch images by URL: a public link the network can fetch these bytes from. */
  publicImageUrl?(image: OutboundImage): Promise<string>;
  /** A second connector for the same account, as another worker process builds it (nothing remembered). */
  restartedConnector?(): ChannelConnector;
  /** Time the network needs before new activity is readable (indexing, queues). Default 15 s. */
  visibleWithinMs?: number;
  dispose(): Promise<void>;
}

export interface PublishedView {
  text: string;
  imageAlts: string[];
  /** Network id of the post it answers, for a thread part. */
  inReplyTo?: string;
}

// A real 2×1 PNG (the sniffer, image-size and every network accept it).
const contractPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP438AARAAMfgL/LyTkkgAAAABJRU5ErkJggg==', 'base64');
export const contractImage: OutboundImage = { bytes: new Uint8Array(contractPng), contentType: 'image/png', width: 2, height: 1, altText: '' };

export interface ContractOptions {
  name: string;
  setup(): Promise<ContractHarness>;
  /** Per-test timeout for networks with slow queues (snac: ~9 s per hop). */
  timeoutMs?: number;
}

async function eventually<T>(within: number, read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + within;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`not seen within ${within} ms${lastError instanceof Error ? `: ${lastError.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Reads inbound activity the way Sapa does for this network: polling from a cursor, or verified webhook deliveries. */
class InboundReader {
  private cursor: string | null = null;
  private started = false;

  constructor(private readonly harness: ContractHarness) {}

  async start(): Promise<void> {
    const { connector } = this.harness;
    if (connector.capabilities.inbound === 'poll' && !this.started) {
      this.cursor = (await connector.poll?.(null))?.cursor ?? null;
    } else if (connector.capabilities.inbound === 'webhook') {
      await this.harness.takeWebhookDeliveries?.();
    }
    this.started = true;
  }

  async next(): Promise<InboundEvent[]> {
    const { connector } = this.harness;
    if (connector.capabilities.inbound === 'poll') {
      const page = await connector.poll?.(this.cursor);
      if (page === undefined) throw new Error('a polling network must implement poll');
      if (page.cursor !== null) this.cursor = page.cursor;
      return page.events;
    }
    const events: InboundEvent[] = [];
    for (const request of (await this.harness.takeWebhookDeliveries?.()) ?? []) {
      const outcome = connector.handleWebhook?.(request);
      if (outcome?.kind !== 'events') throw new Error(`a genuine delivery was not accepted: ${JSON.stringify(outcome)}`);
      events.push(...outcome.events);
    }
    return events;
  }

  async waitFor(within: number, match: (event: InboundEvent) => boolean): Promise<InboundEvent> {
    const seen: InboundEvent[] = [];
    return eventually(within, async () => {
      seen.push(...(await this.next()));
      return seen.find(match);
    });
  }
}

export function runConnectorContract(options: ContractOptions): void {
  describe(`connector contract: ${options.name}`, { timeout: options.timeoutMs ?? 60_000 }, () => {
    let harness: ContractHarness;
    let inbound: InboundReader;
    let within: number;
    let mention: InboundEvent | undefined;
    let published: string | undefined;
    const unique = `${Date.now().toString(36)}`;

    beforeAll(async () => {
      harness = await options.setup();
      inbound = new InboundReader(harness);
      within = harness.visibleWithinMs ?? 15_000;
    }, 120_000);
    afterAll(async () => {
      await harness?.dispose();
    }, 60_000);

    it('declares capabilities that match what it implements', () => {
      const { connector } = harness;
      expect(typeof connector.poll === 'function').toBe(connector.capabilities.inbound === 'poll');
      expect(typeof connector.handleWebhook === 'function').toBe(connector.capabilities.inbound === 'webhook');
      expect(typeof connector.search === 'function').toBe(connector.capabilities.search);
    });

    it('verifies its credentials: whoami names the brand account', async () => {
      const identity = await harness.connector.whoami();
      expect(identity.networkId).toBe(harness.brandNetworkId);
      expect(identity.handle.length).toBeGreaterThan(0);
    });

    it('refuses a forged webhook delivery and stores nothing from it', () => {
      if (harness.connector.capabilities.inbound !== 'webhook') return;
      const forged = harness.forgedWebhook?.();
      expect(forged, 'webhook harnesses must provide a forged delivery').toBeDefined();
      const outcome = harness.connector.handleWebhook?.(forged as WebhookRequest);
      expect(outcome?.kind).toBe('refused');
    });

    it('brings a follower mention in as an inbound event, once per cursor', async () => {
      await inbound.start();
      if (harness.followerMentions === undefined) return;
      const text = `contract mention ${unique} where is my order?`;
      await harness.followerMentions(text);
      mention = await inbound.waitFor(within, (event) => event.text.includes(unique) && event.kind !== 'direct_message');
      expect(['mention', 'comment', 'reply', 'quote']).toContain(mention.kind);
      expect(mention.author.networkId).not.toBe(harness.brandNetworkId);
      expect(mention.networkMessageId.length).toBeGreaterThan(0);
      expect(Number.isFinite(mention.sentAt)).toBe(true);
      const again = await inbound.next();
      expect(again.filter((event) => event.networkMessageId === mention?.networkMessageId)).toEqual([]);
    });

    it('replies in the thread, and the follower sees the reply', async () => {
      if (!harness.connector.capabilities.replyInThread || harness.followerMentions === undefined) return;
      expect(mention, 'needs the mention from the test before').toBeDefined();
      const target = mention as InboundEvent;
      const key = `reply-${unique}`;
      const text = `Halo kak, pesanan ${unique} sedang kami cek ya.`;
      const startedAt = Date.now();
      const sent = await harness.connector.sendReply({ idempotencyKey: key, text, inReplyToNetworkId: target.networkMessageId });
      expect(sent.networkMessageId.length).toBeGreaterThan(0);
      await eventually(within, async () => ((await harness.followerSeesInThread(target.networkMessageId)).some((seen) => seen.includes(unique)) ? true : undefined));
      if (harness.connector.capabilities.findSent !== 'none') {
        const found = await eventually(within, () => harness.connector.findSent(key).then((result) => result ?? undefined));
        expect(found.networkMessageId).toBe(sent.networkMessageId);
      }
      // Another worker, after a crash: it knows only what Sapa stored about the send.
      if (harness.connector.capabilities.findSent !== 'none' && harness.restartedConnector !== undefined) {
        const restarted = harness.restartedConnector();
        const stored = { kind: 'reply' as const, reply: { idempotencyKey: key, text, inReplyToNetworkId: target.networkMessageId }, startedAt };
        const found = await eventually(within, () => restarted.findSent(key, stored).then((result) => result ?? undefined));
        expect(found.networkMessageId).toBe(sent.networkMessageId);
        expect(await restarted.findSent(`never-${unique}`, { ...stored, reply: { ...stored.reply, idempotencyKey: `never-${unique}`, text: `${text} (never sent)` } })).toBeNull();
      }
    });

    it('answers a direct message in its conversation', async () => {
      if (!harness.connector.capabilities.directMessages || harness.followerDirectMessage === undefined) return;
      const text = `contract dm ${unique} tolong bantu`;
      await harness.followerDirectMessage(text);
      const dm = await inbound.waitFor(within, (event) => event.text.includes(unique) && event.kind === 'direct_message');
      expect(dm.directThreadId).toBeDefined();
      const answer = `Siap kak, DM ${unique} kami bantu.`;
      await harness.connector.sendReply({
        idempotencyKey: `dm-${unique}`, text: answer, inReplyToNetworkId: dm.networkMessageId,
        ...(dm.directThreadId === undefined ? {} : { directThreadId: dm.directThreadId }),
        recipientNetworkId: dm.author.networkId, recipientHandle: dm.author.handle,
      });
      await eventually(within, async () => ((await harness.followerDirectInbox?.())?.some((seen) => seen.includes(`DM ${unique}`)) ? true : undefined));
    });

    it('publishes a post, reads its thread and metrics, and deletes it', async () => {
      if (!harness.connector.capabilities.publish) return;
      const text = `Info jam layanan ${unique}: Senin–Sabtu 08.00–21.00 WIB.`;
      const post = { idempotencyKey: `post-${unique}`, text };
      const startedAt = Date.now();
      const result = await harness.connector.publishPost(harness.preparePost?.(post) ?? post);
      published = result.networkMessageId;
      // Instagram's container id lives only in the process that made it: its lookup cannot be rebuilt.
      if (harness.connector.capabilities.findSent !== 'none' && harness.restartedConnector !== undefined && harness.preparePost === undefined) {
        const restarted = harness.restartedConnector();
        const found = await eventually(within, () => restarted.findSent(post.idempotencyKey, { kind: 'post', post, startedAt }).then((sent) => sent ?? undefined));
        expect(found.networkMessageId).toBe(result.networkMessageId);
      }
      if (harness.connector.capabilities.fetchThread) {
        const thread = await eventually(within, async () => {
          const messages = await harness.connector.fetchThread(result.networkMessageId);
          return messages.length > 0 ? messages : undefined;
        });
        expect(thread[0]?.text).toContain(unique);
        expect(thread[0]?.fromBrand).toBe(true);
      }
      if (harness.connector.capabilities.metrics) {
        const metrics = await eventually(within, async () => (await harness.connector.fetchMetrics([result.networkMessageId]))[0]);
        expect(metrics.networkPostId).toBe(result.networkMessageId);
        for (const count of [metrics.likes, metrics.replies, metrics.reposts]) expect(count).toBeGreaterThanOrEqual(0);
      }
      if (harness.connector.capabilities.deletePost) {
        await harness.connector.deletePost(result.networkMessageId);
        if (harness.connector.capabilities.fetchThread) {
          await eventually(within, async () => {
            try {
              const after = await harness.connector.fetchThread(result.networkMessageId);
              return after.some((message) => message.text.includes(unique) && message.networkMessageId === result.networkMessageId) ? undefined : true;
            } catch (error) {
              return error instanceof ChannelError && error.code === 'NOT_FOUND' ? true : undefined;
            }
          });
        }
      }
    });

    it('publishes what it declares: the first post with its image and alt text, then parts each answering the one before', async () => {
      const { capabilities } = harness.connector;
      if ((capabilities.publishImages === null && !capabilities.publishThreads) || !capabilities.publish) return;
      expect(typeof harness.readPublished, 'a network that publishes images or threads must let the contract read posts back').toBe('function');
      const read = (id: string) => eventually(within, () => harness.readPublished?.(id) ?? Promise.resolve(undefined));
      const alt = `Botol serum ${unique} di meja kayu`;
      let image: OutboundImage | undefined;
      if (capabilities.publishImages !== null) {
        image = { ...(harness.contractImage?.() ?? contractImage), altText: alt };
        if (capabilities.publishImages.via === 'link') image = { ...image, publicUrl: await harness.publicImageUrl?.(image) ?? '' };
      }
      const first = await harness.connector.publishPost({ idempotencyKey: `thread-${unique}-0`, text: `Serum baru ${unique} 🧴 hadir hari ini`, ...(image === undefined ? {} : { images: [image] }) });
      const sent: SendResult[] = [first];
      const firstView = await read(first.networkMessageId);
      expect(firstView.text).toContain(`Serum baru ${unique}`);
      expect(firstView.imageAlts).toEqual(image === undefined ? [] : [harness.keepsNoAltText === true ? '' : alt]);
      expect(firstView.inReplyTo).toBeUndefined();

      if (capabilities.publishThreads) {
        for (const [index, text] of [`Cara pakai ${unique}: 2 tetes tiap malam.`, `Tersedia di toko resmi ${unique}.`].entries()) {
          const parent = sent[sent.length - 1] as SendResult;
          const post = { idempotencyKey: `thread-${unique}-${index + 1}`, text, inThread: { parentNetworkId: parent.networkMessageId, rootNetworkId: first.networkMessageId } };
          const startedAt = Date.now();
          const part = await harness.connector.publishPost(post);
          sent.push(part);
          const view = await read(part.networkMessageId);
          expect(view.text).toContain(text.slice(0, 20));
          expect(view.inReplyTo).toBe(parent.networkMessageId);
          // Another worker after a crash mid-thread: findSent recognises the part from what Sapa stored.
          if (capabilities.findSent !== 'none' && harness.restartedConnector !== undefined) {
            const found = await eventually(within, () => harness.restartedConnector?.().findSent(post.idempotencyKey, { kind: 'post', post, startedAt }).then((result) => result ?? undefined) ?? Promise.resolve(undefined));
            expect(found.networkMessageId).toBe(part.networkMessageId);
          }
        }
      }
      if (capabilities.deletePost) for (const post of sent.reverse()) await harness.connector.deletePost(post.networkMessageId);
    });

    it('says NOT_FOUND for a thread that does not exist', async () => {
      if (!harness.connector.capabilities.fetchThread) return;
      const missing = published === undefined ? 'does-not-exist' : `${published}0`;
      await expect(harness.connector.fetchThread(missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
