// What a simulated account's network "holds": every message the brand sent and every follower
// message handed to it, so the simulator can answer the reading half of the connector contract
// (threads, metrics, deletes, polling from a cursor) the way a real network would.
import { ChannelError, type InboundAuthor, type InboundEvent, type PollPage, type PostMetrics, type ThreadMessage } from '../types.js';

interface StoredMessage {
  networkMessageId: string;
  parentNetworkMessageId?: string;
  author: InboundAuthor;
  text: string;
  sentAt: number;
  fromBrand: boolean;
  deleted: boolean;
}

/** Polled events are kept this long at most, as a network keeps only recent notifications. */
const maxPolledEvents = 10_000;
/** A demo runs for weeks: the oldest messages are forgotten first. */
const maxMessages = 50_000;

export class SimulatedTimeline {
  private readonly messages = new Map<string, StoredMessage>();
  private readonly inbound: { seq: number; event: InboundEvent }[] = [];
  private seq = 0;

  constructor(private readonly brand: InboundAuthor) {}

  /** A follower event reaches the network: it becomes readable and pollable. */
  addInbound(event: InboundEvent): void {
    if (event.kind !== 'reaction' && event.kind !== 'edit' && event.kind !== 'delete') {
      const parent = event.parentNetworkMessageId ?? event.rootPostNetworkId;
      this.remember(event.networkMessageId, {
        networkMessageId: event.networkMessageId, author: event.author, text: event.text, sentAt: event.sentAt, fromBrand: false, deleted: false,
        ...(parent === undefined ? {} : { parentNetworkMessageId: parent }),
      });
    }
    this.seq += 1;
    this.inbound.push({ seq: this.seq, event });
    if (this.inbound.length > maxPolledEvents) this.inbound.splice(0, this.inbound.length - maxPolledEvents);
  }

  addBrandMessage(networkMessageId: string, text: string, sentAt: number, parentNetworkMessageId?: string): void {
    this.remember(networkMessageId, {
      networkMessageId, author: this.brand, text, sentAt, fromBrand: true, deleted: false,
      ...(parentNetworkMessageId === undefined ? {} : { parentNetworkMessageId }),
    });
  }

  poll(cursor: string | null): PollPage {
    const after = cursor === null ? 0 : Number(cursor);
    const events = this.inbound.filter((entry) => entry.seq > after).map((entry) => entry.event);
    return { events, cursor: String(this.seq) };
  }

  delete(networkMessageId: string): void {
    const message = this.messages.get(networkMessageId);
    if (message === undefined || message.deleted) throw new ChannelError('NOT_FOUND', `No message ${networkMessageId} on this account.`);
    message.deleted = true;
  }

  /** The message's thread: its root first, then every descendant in time order. */
  thread(networkMessageId: string): ThreadMessage[] {
    let root = this.live(networkMessageId);
    if (root === undefined) throw new ChannelError('NOT_FOUND', `No message ${networkMessageId} on this account.`);
    for (let parent = this.parentOf(root); parent !== undefined; parent = this.parentOf(parent)) root = parent;
    const inThread = new Set([root.networkMessageId]);
    const ordered = [...this.messages.values()].filter((message) => !message.deleted).sort((a, b) => a.sentAt - b.sentAt);
    const result: ThreadMessage[] = [toThreadMessage(root)];
    for (const message of ordered) {
      if (message.parentNetworkMessageId !== undefined && inThread.has(message.parentNetworkMessageId) && !inThread.has(message.networkMessageId)) {
        inThread.add(message.networkMessageId);
        result.push(toThreadMessage(message));
      }
    }
    return result;
  }

  metrics(networkPostId: string): PostMetrics {
    if (this.live(networkPostId) === undefined) throw new ChannelError('NOT_FOUND', `No post ${networkPostId} on this account.`);
    const replies = [...this.messages.values()].filter((message) => !message.deleted && message.parentNetworkMessageId === networkPostId).length;
    return { networkPostId, likes: 0, replies, reposts: 0 };
  }

  private remember(networkMessageId: string, message: StoredMessage): void {
    this.messages.set(networkMessageId, message);
    if (this.messages.size <= maxMessages) return;
    const oldest = this.messages.keys().next();
    if (oldest.done !== true) this.messages.delete(oldest.value);
  }

  private live(networkMessageId: string): StoredMessage | undefined {
    const message = this.messages.get(networkMessageId);
    return message === undefined || message.deleted ? undefined : message;
  }

  private parentOf(message: StoredMessage): StoredMessage | undefined {
    return message.parentNetworkMessageId === undefined ? undefined : this.live(message.parentNetworkMessageId);
  }
}

function toThreadMessage(message: StoredMessage): ThreadMessage {
  return {
    networkMessageId: message.networkMessageId, author: message.author, text: message.text, sentAt: message.sentAt, fromBrand: message.fromBrand,
    ...(message.parentNetworkMessageId === undefined ? {} : { parentNetworkMessageId: message.parentNetworkMessageId }),
  };
}
