// Several Sapa processes from one source tree, started the way an operator starts them
// (`sapa start --services …` with environment variables), on a fresh PostgreSQL database and a
// Redis key prefix of their own, so parallel and repeated runs never collide. Every child is
// remembered by pid and ended by pid (`killAll`), never by name.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { ServiceRole } from '../config.js';
import { openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { cliEntrySource, nodeArgumentsFor } from './child-command.js';
import { inheritedEnvironment, testPostgresUrl, testRedisUrl } from './test-config.js';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Polls `probe` until it returns a value (not undefined), or fails naming `what` after the deadline. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface ClusterBackends {
  /** A database of its own on the test server, migrated. */
  databaseUrl: string;
  redisUrl: string;
  /** SAPA_REDIS_PREFIX of this run: BullMQ keys and pub/sub channels. */
  redisPrefix: string;
  /** The test's own connection to the same database, for seeding and for checking what was stored. */
  store: Store;
  dispose(): Promise<void>;
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

async function onAdminConnection(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A fresh database (not a schema: child processes are configured by URL alone) and Redis prefix. */
export async function createClusterBackends(): Promise<ClusterBackends> {
  const name = uniqueName('sapa_cluster');
  await onAdminConnection(`create database ${name}`);
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  const store = openStore({ kind: 'postgres', url: url.href });
  await migrateToLatest(store);
  const redisPrefix = uniqueName('sapa-test').replaceAll('_', '-');
  return {
    databaseUrl: url.href, redisUrl: testRedisUrl, redisPrefix, store,
    dispose: async () => {
      await store.close();
      await onAdminConnection(`drop database if exists ${name} with (force)`);
      await deleteRedisKeys(testRedisUrl, `${redisPrefix}:*`);
    },
  };
}

async function deleteRedisKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface SapaProcess {
  name: string;
  pid: number;
  /** http://127.0.0.1:<port> for an api process; null for worker and scheduler processes. */
  baseUrl: string | null;
  /** Everything the process wrote to stderr (start-up line, warnings). */
  output(): string;
  exited(): boolean;
  /** kill -9, as a crash or an OOM kill would end it; resolves once it is gone. */
  kill9(): Promise<void>;
}

export interface SapaCluster {
  /** Starts one `sapa start --services <roles>`; resolves when it says it is running. */
  start(name: string, services: ServiceRole[], env?: Record<string, string>): Promise<SapaProcess>;
  /** The environment every process of this cluster shares (database, Redis, secret key). */
  env: Record<string, string>;
  /** SIGKILL to every process this cluster started that is still running, by pid. */
  killAll(): Promise<void>;
}

/** Shared secret key: credentials one process encrypts, another decrypts. */
export const clusterSecretKey = Buffer.alloc(32, 11);

export function createSapaCluster(backends: Pick<ClusterBackends, 'databaseUrl' | 'redisUrl' | 'redisPrefix'>, extraEnv: Record<string, string> = {}): SapaCluster {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-cluster-'));
  const env: Record<string, string> = {
    SAPA_DATABASE_URL: backends.databaseUrl,
    SAPA_REDIS_URL: backends.redisUrl,
    SAPA_REDIS_PREFIX: backends.redisPrefix,
    SAPA_SECRET_KEY: clusterSecretKey.toString('base64'),
    SAPA_DATA_DIR: dataDir,
    SAPA_HOST: '127.0.0.1',
    SAPA_DEMO: 'false',
    SAPA_LOG_LEVEL: 'warn',
    // A killed worker's jobs are run again after this lease: short, so the tests do not wait a minute.
    SAPA_JOB_LEASE_MS: '2000',
    ...extraEnv,
  };
  const children: ChildProcess[] = [];

  const start = async (name: string, services: ServiceRole[], overrides: Record<string, string> = {}): Promise<SapaProcess> => {
    const child = spawn(process.execPath, [...nodeArgumentsFor(cliEntrySource), 'start', '--services', services.join(',')], {
      cwd: repositoryRoot,
      env: { ...inheritedEnvironment(), ...env, PORT: '0', ...overrides },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
    await eventually(`${name} to start`, () => {
      if (exited()) throw new Error(`${name} exited at start: ${stderr.slice(-2000)}`);
      return stderr.includes('Sapa is running') ? true : undefined;
    }, 90_000, 100).catch((error: unknown) => {
      if (exited()) throw new Error(`${name} exited at start (${String(child.exitCode ?? child.signalCode)}): ${stderr.slice(-2000)}`);
      throw error;
    });
    // "Open http://localhost:<port>": the port the api role listens on (PORT=0 picks a free one).
    const port = /Open http:\/\/[^:\s]+:(\d+)/.exec(stderr)?.[1];
    return {
      name,
      pid: child.pid ?? 0,
      baseUrl: services.includes('api') && port !== undefined ? `http://127.0.0.1:${port}` : null,
      output: () => stderr,
      exited,
      kill9: async () => {
        if (!exited()) child.kill('SIGKILL');
        await gone;
      },
    };
  };

  return {
    start,
    env,
    killAll: async () => {
      const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
      await Promise.all(running.map((child) => new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      })));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
