// `sapa bench webhook`: a real Sapa (api and worker roles, on a throwaway SQLite data folder)
// with a Facebook Page connected, and a second process playing Meta: signed Page-comment
// deliveries over keep-alive loopback connections, 5% of them redeliveries. Measures how many
// deliveries per second are acknowledged and how long each acknowledgement takes, then waits for
// the inbound processor to drain and checks the inbox: every distinct comment exactly one message.
// Beside it, as `sapa bench ingest` does, the raw insert rate of the same rows in the same run.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { encryptSecret } from '../domain/secrets.js';
import { understandMessage } from '../domain/understand.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { startServices } from '../services.js';
import { insertChannel } from '../store/repositories/channels.js';
import { countInboundEvents } from '../store/repositories/inbound-queue.js';
import { messageCountsByNetworkId } from '../store/repositories/ingest.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { rawInsertRate } from './ingest.js';
import { percentile } from './temp-store.js';
import type { SenderMessage, SenderPlan, SenderResult } from './webhook-sender.js';

export interface WebhookBenchResult {
  events: number;
  /** Deliveries acknowledged per second while sending. */
  eventsPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  /** Distinct comments acknowledged but not in the inbox once the processor drained. */
  lost: number;
  /** Messages beyond one per comment id. */
  duplicated: number;
  redeliveries: number;
  /** Deliveries not acknowledged with a 2xx (the network would retry them). */
  failed: number;
  connections: number;
  /** First delivery sent → every accepted event processed into the inbox. */
  processedPerSecond: number;
  rawInsertsPerSecond: number;
  shareOfRaw: number;
  database: 'sqlite';
}

const page = { id: '104958162837', appSecret: randomBytes(16).toString('hex') };

async function connectBenchPage(runtime: Runtime): Promise<string> {
  const { db } = runtime.store;
  const workspace = await insertWorkspace(db, { name: 'Webhook bench' });
  const credentials = { accessToken: 'bench-page-token', appSecret: page.appSecret, verifyToken: 'bench-verify-token' };
  const channel = await insertChannel(db, {
    workspaceId: workspace.id, network: 'facebook', handle: 'glowria', displayName: 'Glowria Skincare', networkAccountId: page.id,
    settings: { pageId: page.id }, credentialsEncrypted: encryptSecret(JSON.stringify(credentials), runtime.config.secretKey),
  });
  return channel.id;
}

/** The sender module beside this one (.ts under tsx, .js once built); the child inherits our loader flags. */
function runSenderProcess(plan: SenderPlan, onProgress: (done: number, total: number) => void): Promise<SenderResult> {
  const here = fileURLToPath(import.meta.url);
  const child = fork(path.join(path.dirname(here), `webhook-sender${path.extname(here)}`), { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.on('message', (message: SenderMessage) => {
      if (message.kind === 'progress') onProgress(message.done, message.total);
      else resolve(message.result);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the webhook sender stopped (exit ${String(code)})`)));
    child.send(plan);
  });
}

async function drained(runtime: Runtime): Promise<void> {
  for (;;) {
    const { waiting } = await countInboundEvents(runtime.store.db);
    if (waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function benchWebhook(count: number, options: { connections?: number } = {}, onProgress: (done: number, total: number) => void = () => undefined): Promise<WebhookBenchResult> {
  const connections = options.connections ?? 8;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-bench-webhook-'));
  const config = loadConfig({
    SAPA_DATA_DIR: dataDir, PORT: '0', SAPA_HOST: '127.0.0.1', SAPA_SERVICES: 'api,worker', SAPA_DEMO: 'false',
    SAPA_SECRET_KEY: randomBytes(32).toString('base64'), SAPA_LOG_LEVEL: 'warn',
  });
  const runtime = await openRuntime(config, { logger: pino({ level: 'warn' }, pino.destination(2)) });
  try {
    const channelId = await connectBenchPage(runtime);
    understandMessage('warm up the models');
    await runtime.analysis.understandMany(Array.from({ length: 8 }, () => 'warm up the worker'));
    const services = await startServices(runtime, ['api', 'worker']);
    const address = services.app?.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('the API did not start');
    let sent: SenderResult;
    let processedSeconds: number;
    try {
      sent = await runSenderProcess({
        url: `http://127.0.0.1:${address.port}/api/webhooks/${channelId}`, appSecret: page.appSecret, pageId: page.id,
        events: count, connections, redeliverEvery: 20, warmUp: Math.min(200, count),
      }, onProgress);
      await drained(runtime);
      processedSeconds = (Date.now() - sent.startedAt) / 1000;
    } finally {
      await services.stop();
    }
    const counts = await messageCountsByNetworkId(runtime.store.db, channelId, sent.commentIds);
    let found = 0;
    let duplicated = 0;
    for (const n of counts.values()) { found += 1; duplicated += n - 1; }

    const rawInsertsPerSecond = await rawInsertRate(sent.commentIds.map((id, index) => ({ text: `raw comment ${index}`, sentAt: Date.now(), networkMessageId: id })));
    const sorted = [...sent.ackMs].sort((a, b) => a - b);
    const eventsPerSecond = sent.acknowledged / sent.seconds;
    return {
      events: count, eventsPerSecond: Math.round(eventsPerSecond),
      ackP50Ms: percentile(sorted, 50), ackP99Ms: percentile(sorted, 99),
      lost: sent.commentIds.length - found, duplicated,
      redeliveries: sent.redeliveries, failed: sent.failed, connections,
      processedPerSecond: Math.round(sent.acknowledged / processedSeconds),
      rawInsertsPerSecond: Math.round(rawInsertsPerSecond), shareOfRaw: Math.round((eventsPerSecond / rawInsertsPerSecond) * 1000) / 1000,
      database: 'sqlite',
    };
  } finally {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
