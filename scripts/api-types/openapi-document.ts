// The OpenAPI document of the real app, built without a port or a data folder: the web app's
// types are generated from it (npm run gen:api-types), so it must come from the same routes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectorRegistry } from '../../src/channels/registry.js';
import { DatabaseQueue } from '../../src/jobs/database-queue.js';
import { FileSystemBlobStore } from '../../src/media/fs-store.js';
import { LocalEventBus } from '../../src/realtime/bus.js';
import { openStore } from '../../src/store/database.js';
import { buildApp } from '../../src/server/app.js';

/** Builds the app on an in-memory database (no migrations: building routes runs no query) and returns `app.swagger()`. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const store = openStore({ kind: 'sqlite', file: ':memory:' });
  const blobFolder = mkdtempSync(join(tmpdir(), 'sapa-openapi-'));
  const events = new LocalEventBus();
  const secretKey = Buffer.alloc(32);
  const app = await buildApp({
    context: {
      store,
      queue: new DatabaseQueue({ db: store.db, dialect: store.kind }),
      events,
      connectors: new ConnectorRegistry({ seed: 'openapi', secretKey, db: store.db }),
      blobs: new FileSystemBlobStore(blobFolder),
      config: { secretKey, secureCookies: false, trustProxy: false, publicUrl: null },
    },
  });
  try {
    await app.ready();
    // A deep copy, so the caller holds plain JSON rather than Fastify's live schema objects.
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
    await events.close();
    await store.close();
    rmSync(blobFolder, { recursive: true, force: true });
  }
}
