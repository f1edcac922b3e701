// A real Runtime on a test database: the same store, queue, bus and connector registry the
// process uses, with simulated networks made deterministic (no latency, no random limits).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { ConnectorRegistry, type ConnectorRegistryOptions } from '../channels/registry.js';
import { loadConfig } from '../config.js';
import { DatabaseQueue } from '../jobs/database-queue.js';
import { FileSystemBlobStore } from '../media/fs-store.js';
import { LocalEventBus } from '../realtime/bus.js';
import { createUnderstandPool } from '../domain/understand-pool.js';
import { understandMessage } from '../domain/understand.js';
import type { Runtime } from '../runtime.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases.js';

export interface TestRuntime {
  runtime: Runtime;
  database: TestDatabase;
  dispose(): Promise<void>;
}

export async function createTestRuntime(kind: DatabaseKind = 'sqlite', connectors: ConnectorRegistryOptions = {}): Promise<TestRuntime> {
  const database = await createTestDatabase(kind);
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'sapa-media-'));
  const config = loadConfig({ SAPA_SECRET_KEY: Buffer.alloc(32, 3).toString('base64'), SAPA_DATA_DIR: '/nonexistent-test-dir' });
  const runtime: Runtime = {
    config,
    logger: pino({ level: 'silent' }),
    store: database.store,
    queue: new DatabaseQueue({ db: database.store.db, dialect: database.store.kind, pollIntervalMs: 20, backoff: { baseMs: 20, maxMs: 100 } }),
    events: new LocalEventBus(),
    connectors: new ConnectorRegistry({ ...connectors, seed: 'test', secretKey: config.secretKey, db: database.store.db, simulator: { latencyMs: 0, rateLimitProbability: 0, ...connectors.simulator } }),
    analysis: createUnderstandPool(understandMessage),
    blobs: new FileSystemBlobStore(mediaDir),
    close: () => Promise.resolve(),
  };
  return {
    runtime,
    database,
    dispose: async () => {
      await runtime.analysis.close();
      await runtime.events.close();
      await database.dispose();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
