// A storm through the whole tick on both databases: the rollup and radar run, the app hears of
// the alert, and a loopback webhook and Telegram fake receive it (the webhook signed).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateComplaintStorm } from '../../channels/simulator/complaint-storm.js';
import type { LiveEvent } from '../../realtime/bus.js';
import { writeBrandProfile } from '../../store/repositories/brand-profiles.js';
import { insertChannel } from '../../store/repositories/channels.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import { databaseKinds } from '../../test-support/databases.js';
import { keywordUnderstanding } from '../../test-support/factories.js';
import { createTestRuntime, type TestRuntime } from '../../test-support/runtime.js';
import { ingestEvent } from '../ingest.js';
import { signWebhook } from './alert-delivery.js';
import { readCrisisNotifications, saveCrisisNotifications } from './alert-settings.js';
import { runInsightsTick } from './ticker.js';

interface Received { path: string; headers: IncomingMessage['headers']; body: string }

async function startFake(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe.each(databaseKinds)('insights tick on %s', (kind) => {
  let test: TestRuntime;
  let fake: Awaited<ReturnType<typeof startFake>>;

  beforeEach(async () => {
    test = await createTestRuntime(kind);
    fake = await startFake();
  });
  afterEach(async () => {
    await new Promise((resolve) => fake.server.close(resolve));
    await test.dispose();
  });

  it('raises a storm alert once, tells the app, and signs the webhook', async () => {
    const { runtime } = test;
    const { db } = runtime.store;
    const start = Date.UTC(2026, 10, 30, 3, 0, 0);
    const workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    const other = (await insertWorkspace(db, { name: 'Other' })).id;
    const channel = await insertChannel(db, { workspaceId, network: 'instagram', handle: '@glowria', displayName: 'Glowria' });
    await writeBrandProfile(db, workspaceId, { products: [{ name: 'Bright Serum', aliases: ['serum'] }] }, null, start);
    await saveCrisisNotifications(db, runtime.config.secretKey, workspaceId, {
      webhookUrl: `${fake.url}/hook`, webhookSecret: 'whsec-test-0123456789', telegramChatId: '-100123', telegramBotToken: '123:ABC',
    }, null);
    expect(await readCrisisNotifications(db, workspaceId)).toEqual({ webhookUrl: `${fake.url}/hook`, webhookSecretSet: true, telegramChatId: '-100123', telegramBotTokenSet: true });
    expect(await readCrisisNotifications(db, other)).toEqual({ webhookUrl: null, webhookSecretSet: false, telegramChatId: null, telegramBotTokenSet: false });

    const published: LiveEvent[] = [];
    runtime.events.subscribe(workspaceId, (event) => published.push(event));
    let clock = start;
    const deps = { db, events: runtime.events, understand: keywordUnderstanding, now: () => clock };
    // keywordUnderstanding reads "kecewa" as an angry complaint.
    for (const item of generateComplaintStorm({ start, minutes: 2, count: 12 })) {
      clock = Math.max(clock + 1, item.event.sentAt + 500);
      await ingestEvent(deps, channel, { ...item.event, text: `${item.event.text} kecewa` });
    }
    const config = { ...runtime.config, telegramApiUrl: fake.url, publicUrl: new URL('http://127.0.0.1:9/') };
    const tick = await runInsightsTick({ ...runtime, config }, start + 2.5 * 60_000, fetch);
    expect(tick.alerts).toBe(1);
    expect((await runInsightsTick({ ...runtime, config }, start + 3 * 60_000, fetch)).alerts).toBe(0);

    expect(published.filter((event) => event.name === 'crisis.alert')).toHaveLength(1);
    const hook = fake.received.find((request) => request.path === '/hook');
    expect(hook).toBeDefined();
    const timestamp = String(hook?.headers['x-sapa-timestamp']);
    expect(hook?.headers['x-sapa-signature']).toBe(signWebhook('whsec-test-0123456789', timestamp, hook?.body ?? ''));
    const payload = JSON.parse(hook?.body ?? '{}') as { alert: { scope: string; scopeKey: string; messageIds: string[]; url: string } };
    expect(payload.alert).toMatchObject({ scope: 'product', scopeKey: 'Bright Serum' });
    expect(payload.alert.url).toMatch(new RegExp(`/w/${workspaceId}/insights\\?alert=`));
    const telegram = fake.received.find((request) => request.path === '/bot123:ABC/sendMessage');
    expect(JSON.parse(telegram?.body ?? '{}')).toMatchObject({ chat_id: '-100123' });
    const alert = await db.selectFrom('crisis_alerts').select(['deliveries', 'workspace_id']).executeTakeFirstOrThrow();
    expect(JSON.parse(alert.deliveries)).toEqual({ webhook: 'sent', telegram: 'sent' });
  });
});
