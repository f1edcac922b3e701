// Emotion triggers through the API on both databases: a term seen five times, always angry,
// has the highest raw lift but must not top the list over a steady term; a term seen twice is
// not listed at all; a brand-profile product is a trigger of its own; and each trigger opens
// the messages behind it, within the workspace only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../../domain/ingest.js';
import { catchUpRollups } from '../../../domain/insights/rollup.js';
import type { MessageUnderstanding } from '../../../domain/understanding.js';
import { writeBrandProfile } from '../../../store/repositories/brand-profiles.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { buildInboundEvent } from '../../../test-support/factories.js';

const vocabulary = ['pengiriman', 'langka', 'dua', 'halo'];

/** Angry when the text says "kecewa"; the keywords are the vocabulary words it contains. */
function understand(text: string): MessageUnderstanding {
  const angry = text.includes('kecewa');
  const understanding = {
    language: 'id', sentiment: { label: angry ? 'negative' as const : 'neutral' as const }, emotion: { label: angry ? 'anger' : 'none' },
    intents: [], urgency: 'normal' as const, keywords: vocabulary.filter((word) => text.includes(word)),
  };
  return understanding;
}

interface TriggerBody { baseline: { withEmotion: number; total: number }; triggers: Array<{ kind: string; term: string; withEmotion: number; total: number; lift: number; liftLow: number }> }

describe.each(databaseKinds)('emotion triggers API on %s', (kind) => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  let base: string;
  let otherBase: string;

  async function say(workspaceId: string, channel: Awaited<ReturnType<typeof insertChannel>>, texts: readonly string[], at: number): Promise<void> {
    const deps = { db: testApp.context.store.db, events: testApp.context.events, understand, now: () => at };
    for (const [index, text] of texts.entries()) {
      await ingestEvent(deps, channel, buildInboundEvent({
        text, sentAt: at - 60_000 + index, networkMessageId: `${workspaceId}-${at}-${index}`, author: { networkId: `u-${index % 30}`, handle: `u${index % 30}`, displayName: `U ${index % 30}` },
      }));
    }
  }

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    viewer = await signInAs(testApp, 'viewer');
    const { db } = testApp.context.store;
    const now = Date.now();
    base = `/api/workspaces/${testApp.workspaceId}/insights`;
    const channel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: '@brand', displayName: 'Brand' });
    await writeBrandProfile(db, testApp.workspaceId, { products: [{ name: 'Bright Serum', aliases: ['serum'] }] }, null, now - 3_600_000);
    const texts = [
      // Five of five angry: raw lift 7, but a Wilson lower bound far below the steady term's.
      ...Array.from({ length: 5 }, () => 'langka kecewa'),
      // 36 of 40 angry: the steady trigger.
      ...Array.from({ length: 36 }, () => 'pengiriman kecewa'),
      ...Array.from({ length: 4 }, () => 'pengiriman oke'),
      // Two of two angry: under the minimum count.
      ...Array.from({ length: 2 }, () => 'dua kecewa'),
      // Eight angry about the product of the brand profile, by its alias.
      ...Array.from({ length: 8 }, () => 'serum bikin kecewa'),
      ...Array.from({ length: 200 }, () => 'halo kak'),
    ];
    await say(testApp.workspaceId, channel, texts, now - 10 * 60_000);
    const other = await insertWorkspace(db, { name: 'Other brand' });
    otherBase = `/api/workspaces/${other.id}/insights`;
    const otherChannel = await insertChannel(db, { workspaceId: other.id, network: 'instagram', handle: '@other', displayName: 'Other' });
    await say(other.id, otherChannel, Array.from({ length: 10 }, () => 'pengiriman kecewa'), now - 10 * 60_000);
    await catchUpRollups(db, { now, settleMs: 0 });
  }, 120_000);
  afterAll(() => testApp.dispose());

  const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: viewer.cookie } });

  it('ranks by guarded lift: a small count never tops the list, a tiny one is not listed', async () => {
    const response = await get(`${base}/triggers?emotion=anger`);
    expect(response.statusCode).toBe(200);
    const body = response.json<TriggerBody>();
    expect(body.baseline).toEqual({ withEmotion: 51, total: 255, share: 0.2 });
    const terms = body.triggers.map((trigger) => `${trigger.kind}:${trigger.term}`);
    expect(terms[0]).toBe('keyword:pengiriman');
    expect(terms).not.toContain('keyword:dua');
    expect(terms).not.toContain('keyword:halo');
    expect(terms).toContain('product:Bright Serum');
    const rare = body.triggers.find((trigger) => trigger.term === 'langka');
    const top = body.triggers[0];
    // Listed, but below the steady term although its raw lift is the higher.
    expect(rare).toMatchObject({ withEmotion: 5, total: 5 });
    expect(rare?.lift ?? 0).toBeGreaterThan(top?.lift ?? Infinity);
    expect(terms.indexOf('keyword:langka')).toBeGreaterThan(0);
  });

  it('opens the messages behind a trigger, only this workspace\'s', async () => {
    const keyword = await get(`${base}/triggers/messages?emotion=anger&kind=keyword&term=pengiriman`);
    expect(keyword.statusCode).toBe(200);
    const items = keyword.json<{ items: Array<{ text: string; conversationId: string }> }>().items;
    expect(items).toHaveLength(36);
    expect(items.every((item) => item.text === 'pengiriman kecewa' && item.conversationId !== '')).toBe(true);
    const product = await get(`${base}/triggers/messages?emotion=anger&kind=product&term=${encodeURIComponent('Bright Serum')}`);
    expect(product.json<{ items: Array<{ text: string }> }>().items.map((item) => item.text)).toEqual(Array.from({ length: 8 }, () => 'serum bikin kecewa'));
    expect((await get(`${base}/triggers/messages?emotion=anger&kind=keyword&term=halo`)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await get(`${base}/triggers/messages?emotion=rage&kind=keyword&term=halo`)).statusCode).toBe(400);
    expect((await get(`${base}/triggers/messages?emotion=anger&kind=hashtag&term=halo`)).statusCode).toBe(400);
    // The viewer is no member of the other brand, whose messages say the same.
    expect((await get(`${otherBase}/triggers/messages?emotion=anger&kind=keyword&term=pengiriman`)).statusCode).toBe(404);
    expect((await get(`${otherBase}/triggers?emotion=anger`)).statusCode).toBe(404);
  });
});
