// The composer's reads on both engines: the post list a page at a time (validated limit and
// offset), and each Mastodon channel's instance limits, read from the instance itself. Both are
// scoped to the workspace in the path: another workspace's posts and channels never show.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../../../domain/posts.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { setApprovalState } from '../../../store/repositories/post-approvals.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

interface PostPage {
  items: Array<{ id: string; text: string }>;
  nextOffset: number | null;
  pendingApproval: number;
}

/** A Mastodon instance on loopback that allows 1,000-character statuses and counts URLs as 30. */
async function startInstance(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url !== '/api/v2/instance') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ configuration: { statuses: { max_characters: 1000, characters_reserved_per_url: 30 } } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.each(databaseKinds)('compose reads (%s)', (kind) => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  let instance: { url: string; server: Server };
  let mastodonId: string;
  let otherWorkspaceId: string;
  const texts: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    instance = await startInstance();
    const { db } = testApp.database.store;
    const ws = testApp.workspaceId;
    mastodonId = (await insertChannel(db, { workspaceId: ws, network: 'mastodon', handle: '@brand@local', displayName: 'Brand', settings: { instanceUrl: instance.url } })).id;
    const bluesky = await insertChannel(db, { workspaceId: ws, network: 'bluesky', handle: 'brand.test', displayName: 'Brand' });
    // Five posts, one second apart, so "most recently changed first" is one fixed order.
    const start = Date.now() - 60_000;
    for (let index = 0; index < 5; index += 1) {
      const text = `Post nomor ${index}`;
      texts.push(text);
      const created = await createDraft(db, { workspaceId: ws, userId: null, text, channelIds: [bluesky.id], paid: false }, start + index * 1000);
      // Posts 1 and 3 wait for approval (same time stamp: the order above stays).
      if (index % 2 === 1) await setApprovalState(db, { workspaceId: ws, postId: created.post.id, from: [null], to: 'pending_approval' }, start + index * 1000);
    }
    const other = await insertWorkspace(db, { name: 'Someone else' });
    otherWorkspaceId = other.id;
    await insertChannel(db, { workspaceId: other.id, network: 'mastodon', handle: '@them@local', displayName: 'Them', settings: { instanceUrl: instance.url } });
    const theirs = await createDraft(db, { workspaceId: other.id, userId: null, text: 'Rahasia mereka', channelIds: [], paid: false }, start);
    await setApprovalState(db, { workspaceId: other.id, postId: theirs.post.id, from: [null], to: 'pending_approval' }, start);
    viewer = await signInAs(testApp, 'viewer');
  });
  afterAll(async () => {
    await testApp.dispose();
    await new Promise((resolve) => instance.server.close(resolve));
  });

  const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: viewer.cookie } });

  it('pages through the posts, newest first, until nextOffset is null', async () => {
    const base = `/api/workspaces/${testApp.workspaceId}/posts`;
    const first = await get(`${base}?limit=2`);
    expect(first.statusCode).toBe(200);
    const firstPage = first.json<PostPage>();
    expect(firstPage.items.map((post) => post.text)).toEqual(['Post nomor 4', 'Post nomor 3']);
    expect(firstPage.nextOffset).toBe(2);
    const second = (await get(`${base}?limit=2&offset=2`)).json<PostPage>();
    expect(second.items.map((post) => post.text)).toEqual(['Post nomor 2', 'Post nomor 1']);
    const last = (await get(`${base}?limit=2&offset=${String(second.nextOffset)}`)).json<PostPage>();
    expect(last).toMatchObject({ items: [{ text: 'Post nomor 0' }], nextOffset: null });
    expect((await get(`${base}?limit=2&offset=40`)).json<PostPage>()).toEqual({ items: [], nextOffset: null, pendingApproval: 2 });
    // Nothing of the other workspace on any page.
    expect((await get(`${base}?limit=200`)).json<PostPage>().items.map((post) => post.text)).toEqual([...texts].reverse());
  });

  it('counts the drafts waiting for approval on every page, and lists only them on request', async () => {
    const base = `/api/workspaces/${testApp.workspaceId}/posts`;
    // The count covers the workspace, not the page: the first page of one post still says 2.
    expect((await get(`${base}?limit=1`)).json<PostPage>()).toMatchObject({ items: [{ text: 'Post nomor 4' }], pendingApproval: 2 });
    const pending = (await get(`${base}?approval=pending&limit=1`)).json<PostPage>();
    expect(pending).toMatchObject({ items: [{ text: 'Post nomor 3' }], nextOffset: 1, pendingApproval: 2 });
    expect((await get(`${base}?approval=pending&offset=1`)).json<PostPage>().items.map((post) => post.text)).toEqual(['Post nomor 1']);
    expect((await get(`${base}?approval=everything`)).statusCode).toBe(400);
  });

  it('refuses a limit or offset out of range', async () => {
    const base = `/api/workspaces/${testApp.workspaceId}/posts`;
    for (const query of ['limit=0', 'limit=201', 'offset=-1', 'offset=abc', 'offset=100001', 'cursor=x']) {
      expect((await get(`${base}?${query}`)).statusCode, query).toBe(400);
    }
  });

  it('reads each Mastodon channel\'s limits from its instance', async () => {
    const response = await get(`/api/workspaces/${testApp.workspaceId}/compose-limits`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [{ channelId: mastodonId, maxCharacters: 1000, charactersReservedPerUrl: 30 }] });
  });

  it('never answers for a workspace the caller is not a member of', async () => {
    const limits = await get(`/api/workspaces/${otherWorkspaceId}/compose-limits`);
    const posts = await get(`/api/workspaces/${otherWorkspaceId}/posts`);
    for (const response of [limits, posts]) {
      expect([403, 404]).toContain(response.statusCode);
      expect(response.body).not.toContain('Rahasia');
      expect(response.body).not.toContain('maxCharacters');
    }
    expect((await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/compose-limits` })).statusCode).toBe(401);
  });
});
