// Fault: kill -9 while follower events pour in. Sapa acknowledges a webhook delivery only once it
// is stored, so whatever was acknowledged before the kill is there after a restart (0 lost), and
// the network's redelivery of everything merges with what was stored (0 duplicated). Run on the
// embedded default (SQLite, WAL) where a crash is most likely to cost the last commits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedPageCommentDelivery } from '../channels/meta/webhook-fixture.js';
import { openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { countInboundEvents, queuedNetworkIds } from '../store/repositories/inbound-queue.js';
import { createSapaCluster, eventually, type SapaCluster } from '../test-support/cluster.js';
import { clusterPage, clusterPageSecrets, connectPage, seedClusterWorkspace, startPageFake } from '../test-support/cluster-workspace.js';
import type { MetaFake } from '../test-support/fakes/meta/graph-fake.js';

const deliveries = 300;
const inFlight = 8;

describe('kill -9 during ingest', () => {
  let dir = '';
  let store: Store;
  let fake: MetaFake;
  let cluster: SapaCluster;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sapa-ingest-kill-'));
    store = openStore({ kind: 'sqlite', file: path.join(dir, 'sapa.sqlite') });
    await migrateToLatest(store);
    fake = await startPageFake();
    cluster = createSapaCluster({ databaseUrl: `sqlite:${path.join(dir, 'sapa.sqlite')}`, redisUrl: '', redisPrefix: 'unused' });
  });

  afterAll(async () => {
    await cluster?.killAll();
    await fake?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('loses no acknowledged event and doubles none after a restart and redelivery', async () => {
    const workspaceId = await seedClusterWorkspace(store);
    // Only the api role: events stay in the inbound queue, where they can be counted exactly.
    let sapa = await cluster.start('sapa', ['api']);
    const { channelId } = await connectPage(sapa.baseUrl ?? '', workspaceId, fake);
    const commentIds = Array.from({ length: deliveries }, (_, index) => `1_${10_000 + index}`);
    const deliver = async (baseUrl: string, index: number): Promise<boolean> => {
      const delivery = signedPageCommentDelivery({
        pageId: clusterPage.id, postId: `${clusterPage.id}_1`, commentId: commentIds[index] ?? '',
        from: { id: `77${index}`, name: `Pengikut ${index}` }, message: `Komentar nomor ${index}`, createdTime: Math.floor(Date.now() / 1000),
      }, clusterPageSecrets.appSecret);
      try {
        const response = await fetch(`${baseUrl}/api/webhooks/${channelId}`, { method: 'POST', headers: delivery.headers as Record<string, string>, body: delivery.rawBody });
        await response.arrayBuffer();
        return response.status === 200;
      } catch {
        return false;
      }
    };

    // Deliveries in flight when the process dies: some acknowledged, some cut off mid-request.
    const acknowledged = new Set<string>();
    let next = 0;
    const firstRun = sapa;
    const sender = async (): Promise<void> => {
      while (next < deliveries && !firstRun.exited()) {
        const index = next++;
        if (await deliver(firstRun.baseUrl ?? '', index)) acknowledged.add(commentIds[index] ?? '');
      }
    };
    const senders = Array.from({ length: inFlight }, sender);
    await eventually('a third of the deliveries acknowledged', () => (acknowledged.size >= deliveries / 3 ? true : undefined), 60_000, 5);
    await firstRun.kill9();
    await Promise.all(senders);
    expect(acknowledged.size).toBeLessThan(deliveries);

    sapa = await cluster.start('sapa (restarted)', ['api']);
    const stored = await queuedNetworkIds(store.db, channelId, commentIds);
    expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);

    // The network redelivers everything it is unsure of; here, all of it.
    const redelivered = await Promise.all(commentIds.map((_, index) => deliver(sapa.baseUrl ?? '', index)));
    expect(redelivered.every(Boolean)).toBe(true);
    expect((await queuedNetworkIds(store.db, channelId, commentIds)).size).toBe(deliveries);
    expect((await countInboundEvents(store.db)).waiting).toBe(deliveries);
    // Two process starts, a kill and 600 deliveries: the default 30 s is shorter than the wait for
    // the first third alone on a busy machine.
  }, 120_000);
});
