// Webhook to screen in Chromium: a Facebook Page is connected (checked against the Graph fake), the
// inbox is open on it, and signed Meta deliveries (Page comments, as Meta POSTs them, with
// X-Hub-Signature-256 over the raw body) are sent to the running server over loopback one after another.
// Each must appear as a row in the open inbox. The time from sending a delivery to its row being visible
// is printed (p50, max); the target (≤ 1 s) is measured here, never asserted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCommentPayload, signedMetaDelivery } from '../src/channels/meta/webhook-fixture.js';
import { demoOwner, demoWorkspaceId } from '../src/demo/seed.js';
import { connectChannel } from '../src/domain/channel-connections.js';
import { MetaFake } from '../src/test-support/fakes/meta/graph-fake.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

const page = { id: '104958162837', name: 'Glowria Skincare', username: 'glowria' };
const secrets = { accessToken: 'EAAG-page-token-w2s', appSecret: 'meta-app-secret-w2s', verifyToken: 'meta-verify-w2s' };
const deliveries = 20;

describe('webhook to screen', () => {
  let sapa: E2eSapa;
  let meta: MetaFake;
  let channelId = '';

  beforeAll(async () => {
    meta = await MetaFake.start({ appSecret: secrets.appSecret, accessToken: secrets.accessToken, page });
    sapa = await startE2eSapa();
    const { runtime } = sapa;
    const connected = await connectChannel({ store: runtime.store, events: runtime.events, connectors: runtime.connectors, secretKey: runtime.config.secretKey }, {
      workspaceId: demoWorkspaceId, userId: null, network: 'facebook', values: { pageId: page.id, apiBase: meta.apiBase, ...secrets },
    });
    channelId = connected.channel.id;
  });
  afterAll(async () => {
    await sapa.stop();
    await meta.close();
  });

  async function visible(browserPage: Page, marker: string): Promise<void> {
    await browserPage.waitForFunction((text: string) => [...(globalThis as unknown as { document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> } }).document
      .querySelectorAll('[data-testid="conversation-item"]')].some((row) => row.textContent?.includes(text) === true), marker, { polling: 'raf', timeout: 30_000 });
  }

  it(`shows each of ${deliveries} signed Facebook deliveries in the open inbox`, async () => {
    const browserPage = await sapa.newPage('en-US');
    await signIn(browserPage, sapa.url, demoOwner.email, demoOwner.password);
    await browserPage.goto(`${sapa.url}/w/${demoWorkspaceId}/inbox?channelId=${channelId}`);
    await browserPage.getByTestId('inbox-page').waitFor();
    const millis: number[] = [];
    for (let index = 0; index < deliveries; index += 1) {
      const marker = `w2s-${index}-${Date.now().toString(36)}`;
      const createdTime = Math.floor(Date.now() / 1000);
      const follower = { id: `6${String(index).padStart(15, '0')}`, name: `Follower ${marker}` };
      const payload = pageCommentPayload({ pageId: page.id, postId: `${page.id}_9001`, commentId: `9001_${index}${createdTime}`, from: follower, message: `Kak, serumnya ready? ${marker}`, createdTime });
      const delivery = signedMetaDelivery(payload, secrets.appSecret);
      const sentAt = performance.now();
      const response = await fetch(`${sapa.url}/api/webhooks/${channelId}`, { method: 'POST', headers: delivery.headers as Record<string, string>, body: delivery.rawBody });
      expect(response.status).toBe(200);
      await visible(browserPage, marker);
      millis.push(performance.now() - sentAt);
    }
    const sorted = [...millis].sort((a, b) => a - b);
    const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const max = sorted.at(-1) ?? 0;
    console.log(`webhook to screen over ${deliveries} deliveries: p50 ${p50.toFixed(0)} ms, max ${max.toFixed(0)} ms`);
    expect(millis).toHaveLength(deliveries);
  });
});
