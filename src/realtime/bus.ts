// Live updates for open inboxes. One process: an in-memory emitter. Several API processes:
// the same interface over Redis pub/sub, so an event from a worker reaches every browser.
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { openRedis } from './redis-connection.js';

export type LiveEventName = 'message.created' | 'message.updated' | 'conversation.updated' | 'presence' | 'target.due_soon' | 'target.breached' | 'channel.updated' | 'crisis.alert' | 'post.updated';

export interface LiveEvent {
  workspaceId: string;
  name: LiveEventName;
  data: Record<string, string | number | boolean | null>;
}

export interface EventBus {
  publish(event: LiveEvent): void;
  subscribe(workspaceId: string, listener: (event: LiveEvent) => void): () => void;
  /** Follower events were accepted (by a webhook or poller, in any process): inbound processors wake up. */
  signalInbound(): void;
  onInbound(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Not a workspace id (those are generated ids), so no browser can subscribe to it. */
const inboundSignal = '\u0000inbound';

export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Each open browser tab is one listener; the default cap of 10 is far too low.
    this.emitter.setMaxListeners(0);
  }

  publish(event: LiveEvent): void {
    this.emitter.emit(event.workspaceId, event);
  }

  subscribe(workspaceId: string, listener: (event: LiveEvent) => void): () => void {
    this.emitter.on(workspaceId, listener);
    return () => this.emitter.off(workspaceId, listener);
  }

  signalInbound(): void {
    this.emitter.emit(inboundSignal);
  }

  onInbound(listener: () => void): () => void {
    this.emitter.on(inboundSignal, listener);
    return () => this.emitter.off(inboundSignal, listener);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}

export class RedisEventBus implements EventBus {
  private readonly local = new LocalEventBus();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;
  private readonly inboundChannel: string;

  constructor(redisUrl: string, prefix = 'sapa') {
    this.channel = `${prefix}:live`;
    this.inboundChannel = `${prefix}:inbound`;
    this.publisher = openRedis(redisUrl);
    this.subscriber = openRedis(redisUrl);
    void this.subscriber.subscribe(this.channel, this.inboundChannel).catch(() => undefined);
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel === this.inboundChannel) {
        this.local.signalInbound();
        return;
      }
      try {
        this.local.publish(JSON.parse(raw) as LiveEvent);
      } catch {
        // A malformed message from another process is dropped, not fatal.
      }
    });
  }

  publish(event: LiveEvent): void {
    void this.publisher.publish(this.channel, JSON.stringify(event)).catch(() => undefined);
  }

  subscribe(workspaceId: string, listener: (event: LiveEvent) => void): () => void {
    return this.local.subscribe(workspaceId, listener);
  }

  signalInbound(): void {
    void this.publisher.publish(this.inboundChannel, '1').catch(() => undefined);
  }

  onInbound(listener: () => void): () => void {
    return this.local.onInbound(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
