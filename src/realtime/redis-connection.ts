// Redis connections that survive an outage (issue 12, defect 9): reconnect with growing delays
// (capped at 10 s), report one line per outage instead of ioredis's "Unhandled error event"
// per retry, and a start-up check that fails fast with the reason.
import { Redis } from 'ioredis';

export function redisRetryDelayMs(attempt: number): number {
  return Math.min(10_000, 200 * 2 ** Math.min(attempt, 6));
}

export interface RedisConnectionOptions {
  /** BullMQ's blocking connections need commands to wait for a reconnect (null). */
  maxRetriesPerRequest?: number | null;
  /** Called once when the connection is lost, and once when it is back (error = null). */
  onOutage?: (error: Error | null) => void;
}

export function openRedis(url: string, options: RedisConnectionOptions = {}): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: options.maxRetriesPerRequest === undefined ? 3 : options.maxRetriesPerRequest, retryStrategy: redisRetryDelayMs });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    options.onOutage?.(error);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    options.onOutage?.(null);
  });
  return redis;
}

/** Pings Redis once with a short timeout; throws an error carrying the cause's code. */
export async function checkRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // connect() only says "Connection is closed."; the error event carries the cause (ECONNREFUSED…).
  let cause: Error | undefined;
  redis.on('error', (error: Error) => { cause ??= error; });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw cause ?? error;
  } finally {
    redis.disconnect();
  }
}

/** Resolves false instead of waiting for a reconnect when Redis does not answer in time. */
export async function pingWithin(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
  try {
    return await Promise.race([redis.ping().then((answer) => answer === 'PONG', () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
