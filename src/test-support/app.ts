// Builds the real app on a real test database, with a workspace and users of each role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { ConnectorRegistry, type ConnectorRegistryOptions } from '../channels/registry.js';
import { createUser } from '../domain/accounts.js';
import { DatabaseQueue } from '../jobs/database-queue.js';
import { FileSystemBlobStore } from '../media/fs-store.js';
import { LocalEventBus } from '../realtime/bus.js';
import { buildApp } from '../server/app.js';
import type { AppContext } from '../server/context.js';
import type { Role } from '../store/schema.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases.js';

export const testPassword = 'correct horse battery';
const testSecretKey = Buffer.alloc(32, 7);

export interface TestApp {
  app: FastifyInstance;
  context: AppContext;
  database: TestDatabase;
  workspaceId: string;
  emails: Record<Role, string>;
  dispose(): Promise<void>;
}

export async function createTestApp(kind: DatabaseKind = 'sqlite', config: Partial<AppContext['config']> = {}, connectors: ConnectorRegistryOptions = {}, logger?: FastifyBaseLogger): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const { db } = database.store;
  const blobFolder = mkdtempSync(join(tmpdir(), 'sapa-test-blobs-'));
  const context: AppContext = {
    store: database.store,
    queue: new DatabaseQueue({ db, dialect: database.store.kind }),
    events: new LocalEventBus(),
    connectors: new ConnectorRegistry({
      seed: 'test', secretKey: config.secretKey ?? testSecretKey, db, ...connectors,
      simulator: { latencyMs: 0, rateLimitProbability: 0, ...connectors.simulator },
    }),
    blobs: new FileSystemBlobStore(blobFolder),
    config: { secretKey: testSecretKey, secureCookies: false, trustProxy: false, publicUrl: null, ...config },
  };
  const workspace = await insertWorkspace(db, { name: 'Test Brand' });
  const emails = { owner: 'owner@test.local', manager: 'manager@test.local', officer: 'officer@test.local', viewer: 'viewer@test.local' };
  for (const role of Object.keys(emails) as Role[]) {
    await createUser(db, { email: emails[role], name: role, password: testPassword, workspaceId: workspace.id, role });
  }
  const app = await buildApp({ context, ...(logger === undefined ? {} : { logger }) });
  return {
    app, context, database, workspaceId: workspace.id, emails,
    dispose: async () => { await app.close(); await context.events.close(); await database.dispose(); rmSync(blobFolder, { recursive: true, force: true }); },
  };
}

export interface SignedInClient {
  cookie: string;
  csrfToken: string;
}

export async function signInAs(testApp: TestApp, role: Role): Promise<SignedInClient> {
  const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: testApp.emails[role], password: testPassword } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'sapa_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return { cookie: `sapa_session=${cookie.value}`, csrfToken: (response.json<{ csrfToken: string }>()).csrfToken };
}
