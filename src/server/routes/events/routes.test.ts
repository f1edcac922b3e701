// Issue 12, defect 4: a live-update stream ends when its session signs out, and one session
// cannot hold more than a few streams. A real loopback server, since streams never end by inject.
// On SQLite and PostgreSQL, a workspace per test.
import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxStreamsPerCredential } from '../../live-streams.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

interface OpenStream { status: number; ended: Promise<void>; close(): void }

function openStream(base: string, path: string, cookie: string): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers: { cookie } }, (response) => {
      const ended = new Promise<void>((done) => { response.on('end', done); response.on('close', done); });
      response.resume();
      resolve({ status: response.statusCode ?? 0, ended, close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

describe.each(databaseKinds)('live-update streams (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let base: string;
  let path: string;

  beforeAll(async () => {
    shared = await createTestApp(kind);
    base = await shared.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    path = `/api/workspaces/${testApp.workspaceId}/events`;
  });

  const signOut = (client: SignedInClient) => testApp.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });

  it('ends a session\'s streams when it signs out, and only that session\'s', async () => {
    const leaving = await signInAs(testApp, 'viewer');
    const staying = await signInAs(testApp, 'viewer');
    const stream = await openStream(base, path, leaving.cookie);
    const other = await openStream(base, path, staying.cookie);
    expect([stream.status, other.status]).toEqual([200, 200]);
    expect((await signOut(leaving)).statusCode).toBe(204);
    await stream.ended;
    let otherEnded = false;
    void other.ended.then(() => { otherEnded = true; });
    await new Promise((resolve) => setImmediate(resolve));
    expect(otherEnded).toBe(false);
    other.close();
  });

  it('refuses more than the allowed number of streams per session with 429', async () => {
    const client = await signInAs(testApp, 'viewer');
    const streams: OpenStream[] = [];
    for (let i = 0; i < maxStreamsPerCredential; i += 1) streams.push(await openStream(base, path, client.cookie));
    expect(streams.every((stream) => stream.status === 200)).toBe(true);
    const extra = await openStream(base, path, client.cookie);
    expect(extra.status).toBe(429);
    // Closing one makes room for another.
    streams[0]?.close();
    await streams[0]?.ended;
    // The server learns of the close a moment later; refused attempts until then are fine.
    let again = await openStream(base, path, client.cookie);
    for (let tries = 0; again.status === 429 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      again = await openStream(base, path, client.cookie);
    }
    expect(again.status).toBe(200);
    for (const stream of [...streams, again]) stream.close();
  });
});
