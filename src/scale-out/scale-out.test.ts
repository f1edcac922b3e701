// Scale-out, proven: two api and two worker processes from this source tree on PostgreSQL and
// Redis (BullMQ jobs, Redis pub/sub live updates), as README "Scaling out" tells operators to run
// them. The network is the Graph API fake on loopback: follower comments reach Sapa as signed
// webhooks, and what Sapa sends is counted where it lands, on the fake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMessage } from '../store/repositories/replies.js';
import { createClusterBackends, createSapaCluster, eventually, type ClusterBackends, type SapaCluster, type SapaProcess } from '../test-support/cluster.js';
import { facebookComment, seedPagePost } from '../test-support/fakes/meta/followers.js';
import type { MetaFake } from '../test-support/fakes/meta/graph-fake.js';
import { clusterPage as page, connectPage, seedClusterWorkspace, startPageFake } from '../test-support/cluster-workspace.js';
import { callJson, openLiveStream, type HttpSession, type LiveStream } from '../test-support/http-session.js';
import { pidOwningLocalPort } from '../test-support/socket-owner.js';


describe('scale-out: 2 api and 2 worker processes on PostgreSQL and Redis', () => {
  let backends: ClusterBackends;
  let cluster: SapaCluster;
  let fake: MetaFake;
  let apiA: SapaProcess;
  let apiB: SapaProcess;
  let workers: SapaProcess[];
  let session: HttpSession;
  let workspaceId = '';
  let postId = '';
  let liveOnB: LiveStream;
  let follower = 0;

  const url = (api: SapaProcess, path: string): string => `${api.baseUrl ?? ''}/api/workspaces/${workspaceId}${path}`;
  const pageCommentsSaying = (text: string): number => [...fake.nodes.values()].filter((node) => node.type === 'Comment' && node.from.id === page.id && node.message === text).length;

  /** A new follower comments under the brand post (delivered to api A); resolves with the conversation B saw appear live. */
  async function followerComments(text: string): Promise<string> {
    follower += 1;
    const seenBefore = liveOnB.events.length;
    await facebookComment(fake, postId, { id: `9100${follower}`, name: `Pengikut ${follower}` }, text);
    const created = await eventually('message.created on api B', () => liveOnB.events.slice(seenBefore).find((event) => event.name === 'message.created'));
    return String(created.data.conversationId);
  }

  async function reply(api: SapaProcess, conversationId: string, text: string, idempotencyKey: string): Promise<{ status: number; messageId: string }> {
    const answer = await callJson<{ messageId: string }>(session, 'POST', url(api, `/conversations/${conversationId}/replies`), { text, idempotencyKey });
    return { status: answer.status, messageId: answer.body.messageId };
  }

  const deliveryStateOf = async (messageId: string) => (await findMessage(backends.store.db, messageId))?.delivery_state;

  beforeAll(async () => {
    backends = await createClusterBackends();
    workspaceId = await seedClusterWorkspace(backends.store);
    fake = await startPageFake();
    postId = seedPagePost(fake, 'Serum baru Glowria sudah tersedia!');
    cluster = createSapaCluster(backends);
    [apiA, apiB, ...workers] = await Promise.all([
      cluster.start('api A', ['api']), cluster.start('api B', ['api']),
      cluster.start('worker 1', ['worker']), cluster.start('worker 2', ['worker']),
    ]);
    // Follower activity is delivered to api A.
    ({ session } = await connectPage(apiA.baseUrl ?? '', workspaceId, fake));
    // Signed in through A, streaming from B: the session lives in the shared database.
    liveOnB = await openLiveStream(apiB.baseUrl ?? '', workspaceId, session);
  }, 180_000);

  afterAll(async () => {
    liveOnB?.close();
    await cluster?.killAll();
    await fake?.close();
    await backends?.dispose();
  }, 60_000);

  it('shows an event accepted by api A live on a client of api B', async () => {
    const conversationId = await followerComments('Kak, serumnya aman buat kulit sensitif? 🙏');
    const detail = await callJson<{ messages: Array<{ text: string }> }>(session, 'GET', url(apiB, `/conversations/${conversationId}`));
    expect(detail.status).toBe(200);
    expect(JSON.stringify(detail.body)).toContain('aman buat kulit sensitif');
  });

  it('sends replies made through either api process exactly once', async () => {
    const first = await followerComments('Harganya berapa ya kak?');
    const second = await followerComments('Ada promo bulan ini?');
    const viaA = await reply(apiA, first, 'Halo Kak, harganya Rp120.000 ya.', 'cluster-reply-via-a');
    const viaB = await reply(apiB, second, 'Halo Kak, promonya diskon 10% sampai akhir bulan.', 'cluster-reply-via-b');
    expect([viaA.status, viaB.status]).toEqual([202, 202]);
    // The same reply again, through the other process: recognised by its key, not queued twice.
    const replayed = await reply(apiB, first, 'Halo Kak, harganya Rp120.000 ya.', 'cluster-reply-via-a');
    expect(replayed).toEqual({ status: 200, messageId: viaA.messageId });

    for (const { messageId } of [viaA, viaB]) await eventually(`reply ${messageId} sent`, async () => ((await deliveryStateOf(messageId)) === 'sent' ? true : undefined));
    expect(pageCommentsSaying('Halo Kak, harganya Rp120.000 ya.')).toBe(1);
    expect(pageCommentsSaying('Halo Kak, promonya diskon 10% sampai akhir bulan.')).toBe(1);
  });

  it('loses nothing and sends once when the worker in the middle of a send is killed -9', async () => {
    const conversationId = await followerComments('Pesanan saya belum sampai, kak.');
    let releaseAnswers = (): void => undefined;
    fake.holdWriteAnswers = new Promise<void>((resolve) => { releaseAnswers = resolve; });
    const text = 'Mohon maaf Kak, kami cek pengirimannya sekarang.';
    const queued = await reply(apiA, conversationId, text, 'cluster-reply-killed');
    expect(queued.status).toBe(202);
    // The network has the comment; the worker that sent it waits for the answer.
    const clientPort = await eventually('the send to reach the network', () => fake.heldWriteClientPorts[0]);
    const senderPid = pidOwningLocalPort(clientPort, workers.map((worker) => worker.pid));
    const sender = workers.find((worker) => worker.pid === senderPid);
    expect(sender).toBeDefined();
    await sender?.kill9();
    fake.holdWriteAnswers = undefined;
    releaseAnswers();

    // The other worker takes the job over after the lease; it finds the send on the network instead of repeating it.
    await eventually('the killed send to be recorded as sent', async () => ((await deliveryStateOf(queued.messageId)) === 'sent' ? true : undefined), 45_000);
    expect(pageCommentsSaying(text)).toBe(1);
    expect(workers.filter((worker) => !worker.exited())).toHaveLength(1);
  });
});
