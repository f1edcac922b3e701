// Fault: Redis restarted under load. A TCP proxy between Sapa and the shared Redis resets every
// connection while follower comments keep arriving; BullMQ jobs and pub/sub live updates must
// resume on their own, with nothing lost and every reply sent once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageCountsByNetworkId } from '../store/repositories/ingest.js';
import { findMessage } from '../store/repositories/replies.js';
import { createClusterBackends, createSapaCluster, eventually, type ClusterBackends, type SapaCluster, type SapaProcess } from '../test-support/cluster.js';
import { clusterPage, connectPage, seedClusterWorkspace, startPageFake } from '../test-support/cluster-workspace.js';
import { facebookComment, seedPagePost } from '../test-support/fakes/meta/followers.js';
import type { MetaFake } from '../test-support/fakes/meta/graph-fake.js';
import { callJson, openLiveStream, type HttpSession, type LiveStream } from '../test-support/http-session.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';

const comments = 20;

describe('Redis restarted under load', () => {
  let backends: ClusterBackends;
  let proxy: TcpProxy;
  let cluster: SapaCluster;
  let fake: MetaFake;
  let sapa: SapaProcess;
  let session: HttpSession;
  let live: LiveStream;
  let workspaceId = '';
  let channelId = '';

  beforeAll(async () => {
    backends = await createClusterBackends();
    workspaceId = await seedClusterWorkspace(backends.store);
    const direct = new URL(backends.redisUrl);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 6379) });
    fake = await startPageFake();
    cluster = createSapaCluster({ ...backends, redisUrl: `redis://127.0.0.1:${proxy.port}` });
    sapa = await cluster.start('sapa', ['api', 'worker']);
    ({ session, channelId } = await connectPage(sapa.baseUrl ?? '', workspaceId, fake));
    live = await openLiveStream(sapa.baseUrl ?? '', workspaceId, session);
  }, 120_000);

  afterAll(async () => {
    live?.close();
    await cluster?.killAll();
    await proxy?.close();
    await fake?.close();
    await backends?.dispose();
  }, 60_000);

  it('resumes jobs and live updates, losing nothing', async () => {
    const postId = seedPagePost(fake, 'Diskon Harbolnas!');
    const commentIds: string[] = [];
    for (let index = 0; index < comments; index += 1) {
      if (index === comments / 2) proxy.dropConnections();
      commentIds.push(await facebookComment(fake, postId, { id: `66${index}`, name: `Pengikut ${index}` }, `Pertanyaan nomor ${index} soal diskon`));
    }
    // Each comment stored as exactly one message (the worker's 30 s sweep covers a wake-up lost in the restart).
    const counts = await eventually('every comment stored', async () => {
      const stored = await messageCountsByNetworkId(backends.store.db, channelId, commentIds);
      return stored.size === comments ? stored : undefined;
    }, 60_000, 250);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);

    // Live updates resumed: a comment after the restart reaches the open stream.
    const seen = live.events.length;
    await facebookComment(fake, postId, { id: '6699', name: 'Pengikut Terakhir' }, 'Kapan diskonnya berakhir?');
    const created = await eventually('a live update after the restart', () => live.events.slice(seen).find((event) => event.name === 'message.created'), 30_000);

    // Jobs resumed: a reply goes out, once.
    const text = 'Diskonnya sampai tanggal 12 ya Kak.';
    const queued = await callJson<{ messageId: string }>(session, 'POST', `${sapa.baseUrl ?? ''}/api/workspaces/${workspaceId}/conversations/${String(created.data.conversationId)}/replies`, { text, idempotencyKey: 'redis-restart-reply' });
    expect(queued.status).toBe(202);
    await eventually('the reply sent', async () => ((await findMessage(backends.store.db, queued.body.messageId))?.delivery_state === 'sent' ? true : undefined), 30_000, 250);
    expect([...fake.nodes.values()].filter((node) => node.type === 'Comment' && node.from.id === clusterPage.id && node.message === text)).toHaveLength(1);
    expect(proxy.accepted()).toBeGreaterThan(3);
  }, 150_000);
});
