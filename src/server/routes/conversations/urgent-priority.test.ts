// A high-urgency message goes to the top of the inbox and the list says why, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../../domain/ingest.js';
import type { MessageUnderstanding } from '../../../domain/understanding.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { buildInboundEvent } from '../../../test-support/factories.js';

/** A question, a busy complaint and a rash report, as the analysis would read them. */
function understand(text: string): MessageUnderstanding {
  if (text.includes('ruam')) return { language: 'id', sentiment: { label: 'negative' }, emotion: { label: 'fear' }, intents: ['complaint'], urgency: 'high', reasons: ['health_risk'] };
  if (text.includes('kecewa')) return { language: 'id', sentiment: { label: 'negative' }, emotion: { label: 'anger' }, intents: ['question', 'complaint', 'purchase_intent'], urgency: 'normal', reasons: ['reports_delay'] };
  return { language: 'id', sentiment: { label: 'neutral' }, emotion: { label: 'none' }, intents: ['question'], urgency: 'normal', reasons: ['asks_price'] };
}

describe.each(databaseKinds)('urgent conversations on %s', (kind) => {
  let testApp: TestApp;
  let officer: SignedInClient;
  let urgent: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const { db } = testApp.database.store;
    const channel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'glowria.id', displayName: 'Glowria', simulated: true });
    const deps = { db, events: testApp.context.events, understand };
    const now = Date.now();
    await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p1', text: 'harga serum berapa?', sentAt: now - 60_000 }));
    // Waited an hour and past its target: the strongest conversation that is not urgent.
    await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p2', text: 'kecewa, mau order lagi tapi paket telat, kapan?', sentAt: now - 3_600_000, author: { networkId: 'u-2', handle: 'budi', displayName: 'Budi' } }));
    const rash = await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p3', text: 'muka saya ruam setelah pakai serum', sentAt: now - 30_000, author: { networkId: 'u-3', handle: 'sari', displayName: 'Sari' } }));
    if (rash.status !== 'stored') throw new Error('not stored');
    urgent = rash.conversationId;
    officer = await signInAs(testApp, 'officer');
  });
  afterAll(() => testApp.dispose());

  it('lists the urgent conversation first, with the family that makes it urgent', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/conversations`, headers: { cookie: officer.cookie } });
    const items = response.json<{ items: Array<{ id: string; priorityReasons: Array<{ reason: string; because?: string[] }> }> }>().items;
    expect(items[0]?.id).toBe(urgent);
    expect(items[0]?.priorityReasons).toContainEqual({ reason: 'urgent', points: 200, because: ['health_risk'] });
  });
});
