// The process's shared parts, opened once from the configuration: store, queue and live
// event bus. The embedded default is SQLite with the database queue; SAPA_REDIS_URL moves
// jobs to BullMQ and live events to Redis pub/sub.
import { pino, type Logger } from 'pino';
import { ConnectorRegistry, type ConnectorRegistryOptions } from './channels/registry.js';
import type { SapaConfig } from './config.js';
import { BullQueue } from './jobs/bullmq-queue.js';
import { DatabaseQueue } from './jobs/database-queue.js';
import type { JobQueue } from './jobs/queue.js';
import { createUnderstandPool, type UnderstandPool } from './domain/understand-pool.js';
import { understandMessage } from './domain/understand.js';
import { LocalEventBus, RedisEventBus, type EventBus } from './realtime/bus.js';
import { checkRedisReachable } from './realtime/redis-connection.js';
import type { BlobStore } from './media/blob-store.js';
import { FileSystemBlobStore } from './media/fs-store.js';
import { S3BlobStore } from './media/s3-store.js';
import { openStore, type Store } from './store/database.js';
import { migrateToLatest } from './store/migrate.js';

export class RedisUnreachableError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'RedisUnreachableError';
  }
}

export interface Runtime {
  config: SapaConfig;
  logger: Logger;
  store: Store;
  queue: JobQueue;
  events: EventBus;
  connectors: ConnectorRegistry;
  /** Text analysis for ingest batches on a worker thread (started on first use). */
  analysis: UnderstandPool;
  /** Uploaded images (the data folder, or an S3-compatible bucket). */
  blobs: BlobStore;
  close(): Promise<void>;
}

/** Paths that may carry secrets: pino replaces them before a line is written. */
export const redactedLogPaths = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]',
  '*.password', '*.credentials', '*.token', '*.secretKey',
];

export function createLogger(level: SapaConfig['logLevel']): Logger {
  // Logs go to stderr so machine-readable CLI output on stdout stays clean.
  return pino({ level, redact: { paths: redactedLogPaths, censor: '[redacted]' } }, pino.destination(2));
}

export interface RuntimeOptions {
  logger?: Logger;
  connectors?: ConnectorRegistryOptions;
}

function openBlobStore(media: SapaConfig['media']): BlobStore {
  if (media.kind === 'fs') return new FileSystemBlobStore(media.dir);
  // Path-style addressing: MinIO and most self-hosted S3 servers do not serve bucket subdomains.
  return new S3BlobStore({ bucket: media.bucket, prefix: media.prefix, client: { region: media.region, ...(media.endpoint === null ? {} : { endpoint: media.endpoint, forcePathStyle: true }) } });
}

export async function openRuntime(config: SapaConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // Checked before anything opens a connection that would retry for ever (issue 12, defect 9).
  if (config.redisUrl !== null) await checkRedisReachable(config.redisUrl).catch((error: unknown) => { throw new RedisUnreachableError(error); });
  const store = openStore(config.database);
  await migrateToLatest(store);
  const onError = (error: unknown, job: { id: string; name: string }): void => logger.warn({ err: error, job }, 'job attempt failed');
  const queue: JobQueue = config.redisUrl === null
    ? new DatabaseQueue({ db: store.db, dialect: store.kind, onError })
    : new BullQueue({ redisUrl: config.redisUrl, prefix: config.redisPrefix, onError });
  const events: EventBus = config.redisUrl === null ? new LocalEventBus() : new RedisEventBus(config.redisUrl, config.redisPrefix);
  const analysis = createUnderstandPool(understandMessage);
  return {
    config, logger, store, queue, events, analysis, blobs: openBlobStore(config.media),
    connectors: new ConnectorRegistry({ secretKey: config.secretKey, db: store.db, ...options.connectors }),
    close: async () => {
      await analysis.close();
      await events.close();
      await queue.close();
      await store.close();
    },
  };
}
