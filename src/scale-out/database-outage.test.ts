// Fault: PostgreSQL unreachable for 30 s. The shared server cannot be stopped, so a TCP proxy
// between Sapa and it is cut and restored. While it is cut, requests answer 503 (not 500, and
// without hanging) and readiness says the database is down; afterwards work resumes by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClusterBackends, createSapaCluster, eventually, type ClusterBackends, type SapaCluster, type SapaProcess } from '../test-support/cluster.js';
import { connectPage, seedClusterWorkspace, startPageFake } from '../test-support/cluster-workspace.js';
import { facebookComment, seedPagePost } from '../test-support/fakes/meta/followers.js';
import type { MetaFake } from '../test-support/fakes/meta/graph-fake.js';
import { callJson, type HttpSession } from '../test-support/http-session.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';

const outageMs = 30_000;

describe('PostgreSQL unreachable for 30 s', () => {
  let backends: ClusterBackends;
  let proxy: TcpProxy;
  let cluster: SapaCluster;
  let fake: MetaFake;
  let sapa: SapaProcess;
  let session: HttpSession;
  let workspaceId = '';

  beforeAll(async () => {
    backends = await createClusterBackends();
    workspaceId = await seedClusterWorkspace(backends.store);
    const direct = new URL(backends.databaseUrl);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(backends.databaseUrl);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    fake = await startPageFake();
    cluster = createSapaCluster({ ...backends, databaseUrl: viaProxy.href });
    sapa = await cluster.start('sapa', ['api', 'worker']);
    ({ session } = await connectPage(sapa.baseUrl ?? '', workspaceId, fake));
  }, 120_000);

  afterAll(async () => {
    await cluster?.killAll();
    await proxy?.close();
    await fake?.close();
    await backends?.dispose();
  }, 60_000);

  const inbox = () => callJson(session, 'GET', `${sapa.baseUrl ?? ''}/api/workspaces/${workspaceId}/conversations`);
  const ready = async () => (await fetch(`${sapa.baseUrl ?? ''}/api/health/ready`, { signal: AbortSignal.timeout(10_000) })).status;

  it('answers 503 while it lasts, reports not ready, and resumes by itself', async () => {
    expect((await inbox()).status).toBe(200);
    expect(await ready()).toBe(200);

    proxy.cut();
    const statuses = new Set<number>();
    const cutAt = Date.now();
    while (Date.now() - cutAt < outageMs) {
      const started = Date.now();
      const answer = await callJson(session, 'GET', `${sapa.baseUrl ?? ''}/api/workspaces/${workspaceId}/conversations`);
      statuses.add(answer.status);
      expect(Date.now() - started).toBeLessThan(10_000);
      statuses.add(await ready());
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect([...statuses]).toEqual([503]);
    expect(sapa.exited()).toBe(false);

    proxy.restore();
    await eventually('readiness back', async () => ((await ready()) === 200 ? true : undefined), 30_000, 250);
    expect((await inbox()).status).toBe(200);
    // Work resumes: a follower comment is accepted, processed by the worker role and listed.
    const postId = seedPagePost(fake, 'Promo akhir tahun!');
    await facebookComment(fake, postId, { id: '5501', name: 'Pengikut Setelah Gangguan' }, 'Masih ada stoknya kak?');
    await eventually('the comment in the inbox', async () => (JSON.stringify((await inbox()).body).includes('Masih ada stoknya') ? true : undefined), 30_000, 250);
  }, outageMs + 60_000);
});
