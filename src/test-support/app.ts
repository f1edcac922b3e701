// Builds the real app on a real test database, with a workspace and users of each role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { ConnectorRegistry, type ConnectorRegistryOptions } from '../channels/registry.js';
import { hashPassword } from '../domain/passwords.js';
import { DatabaseQueue } from '../jobs/database-queue.js';
import { FileSystemBlobStore } from '../media/fs-store.js';
import { LocalEventBus } from '../realtime/bus.js';
import { buildApp } from '../server/app.js';
import type { AppContext } from '../server/context.js';
import type { Role } from '../store/schema.js';
import { recordAudit } from '../store/repositories/audit.js';
import { findUserByEmail, insertUser } from '../store/repositories/users.js';
import { insertWorkspace, upsertMembership } from '../store/repositories/workspaces.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases.js';

export const testPassword = 'correct horse battery';
const testSecretKey = Buffer.alloc(32, 7);

/** One workspace, with a user of each role, inside a running test app. */
export interface TestWorkspace {
  app: FastifyInstance;
  context: AppContext;
  database: TestDatabase;
  workspaceId: string;
  emails: Record<Role, string>;
}

export interface TestApp extends TestWorkspace {
  dispose(): Promise<void>;
}

/** The real app on a fresh test database of `kind`; dispose() drops the database too. */
export async function createTestApp(kind: DatabaseKind = 'sqlite', config: Partial<AppContext['config']> = {}, connectors: ConnectorRegistryOptions = {}, logger?: FastifyBaseLogger): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const testApp = await openTestApp(database, config, connectors, logger);
  return { ...testApp, dispose: async () => { await testApp.dispose(); await database.dispose(); } };
}

/**
 * The real app on a database the caller owns (and disposes): a test file can build an app per
 * test, with its own configuration and in-memory state, while migrating one database per engine.
 */
export async function openTestApp(database: TestDatabase, config: Partial<AppContext['config']> = {}, connectors: ConnectorRegistryOptions = {}, logger?: FastifyBaseLogger): Promise<TestApp> {
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
  const app = await buildApp({ context, ...(logger === undefined ? {} : { logger }) });
  const workspace = await addTestWorkspace({ app, context, database });
  return {
    ...workspace,
    dispose: async () => { await app.close(); await context.events.close(); rmSync(blobFolder, { recursive: true, force: true }); },
  };
}

let workspaceSequence = 0;
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(testPassword));

/**
 * A new workspace with a user of each role in an app already running, so each test can start
 * from an empty workspace of its own while the file shares one app and database per engine.
 * The first workspace of a database gets the short e-mails (owner@test.local, …), later ones
 * unique e-mails (e-mail addresses are unique across the database).
 */
export async function addTestWorkspace(testApp: Pick<TestWorkspace, 'app' | 'context' | 'database'>, name = 'Test Brand'): Promise<TestWorkspace> {
  const { db } = testApp.database.store;
  const workspace = await insertWorkspace(db, { name });
  workspaceSequence += 1;
  const firstInDatabase = (await findUserByEmail(db, 'owner@test.local')) === undefined;
  const domain = firstInDatabase ? 'test.local' : `w${workspaceSequence}-${workspace.id.slice(0, 8)}.test.local`;
  const emails = { owner: `owner@${domain}`, manager: `manager@${domain}`, officer: `officer@${domain}`, viewer: `viewer@${domain}` };
  const passwordHash = await testPasswordHash();
  for (const role of Object.keys(emails) as Role[]) {
    // What createUser does, with the test password hashed once per process: scrypt is slow on purpose.
    const user = await insertUser(db, { email: emails[role], name: role, passwordHash });
    await upsertMembership(db, workspace.id, user.id, role);
    await recordAudit(db, { workspaceId: workspace.id, actorUserId: null, action: 'user.created', targetType: 'user', targetId: user.id, details: { email: user.email, role } });
  }
  return { app: testApp.app, context: testApp.context, database: testApp.database, workspaceId: workspace.id, emails };
}

export interface SignedInClient {
  cookie: string;
  csrfToken: string;
}

export async function signInAs(testApp: TestWorkspace, role: Role): Promise<SignedInClient> {
  const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: testApp.emails[role], password: testPassword } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'sapa_session');
  if (cookie === undefined) throw new Error('no session cookie');
  return { cookie: `sapa_session=${cookie.value}`, csrfToken: (response.json<{ csrfToken: string }>()).csrfToken };
}
