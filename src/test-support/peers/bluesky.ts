// A local Bluesky network for tests and the end-to-end run: @atproto/dev-env's TestNetwork in a
// child process (./bluesky-serve.ts), bound to 127.0.0.1, on a fresh PostgreSQL schema pair
// (appview_<s>, ozone_<s>) and a scratch TMPDIR, both removed by stop(). Out of process so vitest
// workers and the e2e server can all reach it. Accounts are made over HTTP like a real signup.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { nodeArgumentsFor } from '../child-command.js';
import { inheritedEnvironment, testPostgresUrl } from '../test-config.js';

export interface BlueskyAccount {
  did: string;
  handle: string;
  password: string;
  accessJwt: string;
  refreshJwt: string;
}

export interface BlueskyPeer {
  /** The PDS: where accounts log in, write, and read app.bsky.* (proxied to the AppView). */
  pdsUrl: string;
  appviewUrl: string;
  /** Creates an account; `handle` is a label (letters/digits), made unique and given the `.test` suffix. */
  createAccount(handle: string): Promise<BlueskyAccount>;
  /** Waits until the AppView has indexed everything the PDS wrote (dev-env's processAll). */
  processAll(): Promise<void>;
  stop(): Promise<void>;
}

const SERVE_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bluesky-serve.ts');
const READY_TIMEOUT_MS = 120_000;

/** dev-env accepts only [A-Za-z_] in schema names. */
function schemaName(): string {
  const letters = [...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
  return `sapa_${letters}`;
}

function loopback(url: string): string {
  return url.replace('://localhost:', '://127.0.0.1:');
}

async function dropSchemas(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    for (const prefix of ['appview', 'ozone']) await client.query(`drop schema if exists ${prefix}_${schema} cascade`);
  } finally {
    await client.end();
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startBlueskyPeer(): Promise<BlueskyPeer> {
  const schema = schemaName();
  const scratch = mkdtempSync(path.join(tmpdir(), 'sapa-bsky-'));
  const child = spawn(process.execPath, nodeArgumentsFor(SERVE_SCRIPT), {
    env: { ...inheritedEnvironment(), DB_POSTGRES_URL: testPostgresUrl, REDIS_HOST: '127.0.0.1', DB_POSTGRES_SCHEMA: schema, TMPDIR: scratch, LOG_ENABLED: 'false' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk.toString()}`.slice(-4_000);
  });
  const waiting = new Map<string, (line: Record<string, unknown>) => void>();
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const cleanup = async (): Promise<void> => {
    lines.close();
    if (!(await waitForExit(child, 0))) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await dropSchemas(schema);
    rmSync(scratch, { recursive: true, force: true });
  };

  let ready: { pds: string; appview: string };
  try {
    ready = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev-env not ready within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      child.once('exit', (code) => reject(new Error(`dev-env exited (${code}) before it was ready: ${stderr}`)));
      lines.on('line', (text) => {
        let line: Record<string, unknown>;
        try {
          line = JSON.parse(text) as Record<string, unknown>;
        } catch {
          return;
        }
        if (line.ready === true && typeof line.pds === 'string' && typeof line.appview === 'string') {
          clearTimeout(timer);
          resolve({ pds: line.pds, appview: line.appview });
        } else if (typeof line.processed === 'string') {
          waiting.get(line.processed)?.(line);
        }
      });
    });
  } catch (error) {
    await cleanup();
    throw error;
  }

  const pdsUrl = loopback(ready.pds);
  let accounts = 0;
  let stopped: Promise<void> | undefined;
  return {
    pdsUrl,
    appviewUrl: loopback(ready.appview),
    async createAccount(label) {
      accounts += 1;
      const handle = `${label.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12) || 'user'}${accounts}.test`;
      const password = randomBytes(12).toString('base64url');
      const response = await fetch(`${pdsUrl}/xrpc/com.atproto.server.createAccount`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ handle, email: `${handle}@example.invalid`, password }),
      });
      const body = (await response.json()) as { did?: string; handle?: string; accessJwt?: string; refreshJwt?: string; error?: string };
      if (!response.ok || body.did === undefined || body.accessJwt === undefined || body.refreshJwt === undefined) throw new Error(`createAccount ${handle}: ${response.status} ${body.error ?? ''}`);
      return { did: body.did, handle, password, accessJwt: body.accessJwt, refreshJwt: body.refreshJwt };
    },
    processAll() {
      const id = randomBytes(6).toString('hex');
      return new Promise((resolve, reject) => {
        waiting.set(id, (line) => {
          waiting.delete(id);
          if (typeof line.error === 'string') reject(new Error(line.error));
          else resolve();
        });
        child.stdin?.write(`processAll ${id}\n`);
      });
    },
    stop() {
      stopped ??= cleanup();
      return stopped;
    },
  };
}
