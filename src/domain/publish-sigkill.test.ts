// A worker killed with SIGKILL in the middle of publishing leaves no duplicate and no lost post,
// on both job engines (issue 9). The network is a real Mastodon API server (snac2) behind a
// loopback relay that lets the post land on the server and then never answers the worker, which
// the test kills at that moment: the worst case, a post published that Sapa did not record. A
// worker in this process then takes the job up after the lease lapses, and must ask the network
// (findSent) instead of posting again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { buildJobHandlers } from '../jobs/handlers.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { insertPost, listVariantsOf, markScheduled, findVariantRow } from '../store/repositories/posts.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from '../test-support/databases.js';
import { startSnac, type SnacPeer, type SnacStatus } from '../test-support/peers/snac.js';
import { nodeArgumentsFor } from '../test-support/child-command.js';
import { testRedisUrl } from '../test-support/test-config.js';
import type { PublishWorkerPlan } from '../test-support/workers/publish-worker.js';
import { connectChannel } from './channel-connections.js';
import { publishPostJob } from './publish-post.js';

const secretKey = Buffer.alloc(32, 9).toString('base64');
const leaseMs = 1_000;

/** Forwards to snac; while holding, a status POST reaches snac but its answer never returns. */
class HoldingRelay {
  holding = false;
  private landedResolvers: Array<() => void> = [];
  private readonly held: ServerResponse[] = [];
  private readonly server: Server;
  url = '';
  private constructor(target: string) {
    // A request snac drops (it closes sockets under load) reaches the worker as a bad gateway, as through
    // any proxy, instead of an unhandled rejection in the test process.
    this.server = createServer((request, response) => {
      this.forward(target, request, response).catch(() => {
        if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
        response.end('{"error":"relay: upstream closed"}');
      });
    });
  }

  static async start(target: string): Promise<HoldingRelay> {
    const relay = new HoldingRelay(target);
    await new Promise<void>((resolve) => relay.server.listen(0, '127.0.0.1', resolve));
    relay.url = `http://127.0.0.1:${(relay.server.address() as AddressInfo).port}`;
    return relay;
  }

  landed(): Promise<void> {
    return new Promise((resolve) => this.landedResolvers.push(resolve));
  }

  private async forward(target: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name, value]) => typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const method = request.method ?? 'GET';
    const answer = await fetch(`${target}${request.url ?? '/'}`, { method, headers, ...(chunks.length === 0 ? {} : { body: Buffer.concat(chunks) }) });
    const body = Buffer.from(await answer.arrayBuffer());
    if (this.holding && method === 'POST' && (request.url ?? '').startsWith('/api/v1/statuses')) {
      this.held.push(response);
      for (const resolve of this.landedResolvers.splice(0)) resolve();
      return;
    }
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(body);
  }

  async close(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

interface Engine { name: string; database: DatabaseKind; redis: boolean }
const engines: Engine[] = [
  { name: 'database queue on SQLite', database: 'sqlite', redis: false },
  { name: 'BullMQ on PostgreSQL', database: 'postgres', redis: true },
];

async function until<T>(check: () => Promise<T | undefined>, what: string, within = 30_000): Promise<T> {
  const deadline = Date.now() + within;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function startWorkerProcess(plan: PublishWorkerPlan): Promise<ChildProcess> {
  const script = fileURLToPath(new URL('../test-support/workers/publish-worker.ts', import.meta.url));
  const child = spawn(process.execPath, [...nodeArgumentsFor(script), JSON.stringify(plan)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`publish worker exited (${String(code)})`)));
    child.stdout?.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) resolve(child); });
  });
}

describe('a worker killed with SIGKILL mid-publish', () => {
  let snac: SnacPeer;
  beforeAll(async () => { snac = await startSnac(); }, 60_000);
  afterAll(async () => { await snac.stop(); });

  async function brandStatusesWith(text: string): Promise<SnacStatus[]> {
    const response = await fetch(`${snac.baseUrl}/api/v1/accounts/${snac.users.brand.accountId}/statuses?limit=40`, { headers: { authorization: `Bearer ${snac.users.brand.accessToken}` } });
    const statuses = (await response.json()) as SnacStatus[];
    return statuses.filter((status) => status.content.includes(text));
  }

  describe.each(engines)('on the $name', (engine) => {
    let database: TestDatabase;
    let runtime: Runtime;
    let relay: HoldingRelay;
    let child: ChildProcess | undefined;
    const redisPrefix = `sapa-sigkill-${Date.now().toString(36)}-${engine.database}`;

    beforeAll(async () => {
      database = await createTestDatabase(engine.database);
      relay = await HoldingRelay.start(snac.baseUrl);
      const config = { ...loadConfig({ SAPA_SECRET_KEY: secretKey, SAPA_DATA_DIR: '/nonexistent-test-dir', SAPA_DEMO: 'false', SAPA_REDIS_PREFIX: redisPrefix, ...(engine.redis ? { SAPA_REDIS_URL: testRedisUrl } : {}) }), database: database.target };
      runtime = await openRuntime(config, { logger: pino({ level: 'silent' }) });
    }, 30_000);
    afterAll(async () => {
      if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await runtime.close();
      await relay.close();
      await database.dispose();
    });

    it('publishes the post exactly once, recorded with its network id', async () => {
      const { db } = runtime.store;
      const workspace = await insertWorkspace(db, { name: 'Glowria' });
      const { channel } = await connectChannel({ store: runtime.store, events: runtime.events, connectors: runtime.connectors, secretKey: runtime.config.secretKey }, {
        workspaceId: workspace.id, userId: null, network: 'mastodon', values: { instanceUrl: relay.url, accessToken: snac.users.brand.accessToken },
      });
      child = await startWorkerProcess({ secretKey, database: database.target, redisUrl: engine.redis ? testRedisUrl : null, redisPrefix, leaseMs });

      const text = `Promo akhir pekan ${engine.database} ${Date.now().toString(36)}: info lengkap di bio.`;
      const now = Date.now();
      const postId = await insertPost(db, { workspaceId: workspace.id, text, paid: false, channelIds: [channel.id], userId: null }, now);
      await markScheduled(db, postId, now, now);
      const [variant] = await listVariantsOf(db, [postId]);
      if (variant === undefined) throw new Error('no variant');
      relay.holding = true;
      const landed = relay.landed();
      await runtime.queue.enqueue(publishPostJob, { variantId: variant.id, scheduledAt: now }, { maxAttempts: 6 });

      // The status is on the server; the worker is still waiting for the answer when it dies.
      await landed;
      child.kill('SIGKILL');
      await until(() => Promise.resolve(child?.signalCode === null ? undefined : true), 'the worker to die');
      expect(await brandStatusesWith(text)).toHaveLength(1);
      expect((await findVariantRow(db, variant.id))?.state).toBe('sending');

      relay.holding = false;
      const worker = runtime.queue.startWorker(buildJobHandlers(runtime), { concurrency: 1, leaseMs });
      try {
        const settled = await until(async () => {
          const row = await findVariantRow(db, variant.id);
          return row !== undefined && row.state !== 'sending' && row.state !== 'pending' ? row : undefined;
        }, 'the variant to settle');
        const statuses = await brandStatusesWith(text);
        expect(statuses).toHaveLength(1);
        expect(settled.state).toBe('sent');
        expect(settled.network_post_id).toBe(statuses[0]?.id);
      } finally {
        await worker.stop();
      }
    }, 90_000);
  });
});
