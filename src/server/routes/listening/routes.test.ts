// Listening over HTTP on both databases: roles, validation, paging and filters, turning a post
// into a conversation, and another workspace's ids answered with 404. Each test has workspaces of
// its own (one app per engine) and adds the search and found posts it needs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../../store/repositories/channels.js';
import { insertListeningPosts, insertSavedSearch, type NewListeningPost } from '../../../store/repositories/listening.js';
import { insertWorkspace, upsertMembership } from '../../../store/repositories/workspaces.js';
import { findUserByEmail } from '../../../store/repositories/users.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import type { Role } from '../../../store/schema.js';

const analysis = (sentiment: string) => JSON.stringify({ language: 'id', sentiment: { label: sentiment }, emotion: { label: sentiment === 'negative' ? 'anger' : 'joy' }, intents: ['praise'], urgency: 'low' });

describe.each(databaseKinds)('listening routes (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  const clients = {} as Record<Role, SignedInClient>;
  let base: string;
  let channelId: string;
  let telegramId: string;
  let otherBase: string;
  let otherSearchId: string;
  let otherPostId: string;
  let otherChannelId: string;

  const post = (workspaceId: string, search: string, channel: string, id: string, sentiment: string, sentAt: number): NewListeningPost => ({
    workspace_id: workspaceId, search_id: search, channel_id: channel, network_post_id: id, author_network_id: `did:${id}`, author_handle: `h${id}`,
    author_name: `<b>Name ${id}</b>`, text: `Glowria ${id} <script>x</script>`, url: id === 'p0' ? 'javascript:alert(1)' : `https://bsky.app/${id}`,
    sent_at: sentAt, found_at: sentAt, analysis: analysis(sentiment), sentiment, emotion: null,
  });

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    const { db } = testApp.database.store;
    for (const role of ['owner', 'manager', 'officer', 'viewer'] as const) clients[role] = await signInAs(testApp, role);
    base = `/api/workspaces/${testApp.workspaceId}/listening`;
    channelId = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'bluesky', handle: 'glowria.test', displayName: 'Glowria', simulated: true })).id;
    telegramId = (await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'telegram', handle: '@bot', displayName: 'Bot' })).id;
    // Another workspace, where this workspace's manager and officer are members too: only the path differs.
    const other = await insertWorkspace(db, { name: 'Other' });
    otherBase = `/api/workspaces/${other.id}/listening`;
    otherChannelId = (await insertChannel(db, { workspaceId: other.id, network: 'bluesky', handle: 'other.test', displayName: 'Other', simulated: true })).id;
    otherSearchId = (await insertSavedSearch(db, { workspaceId: other.id, channelId: otherChannelId, query: 'secret brand', createdBy: null }))?.id ?? '';
    otherPostId = (await insertListeningPosts(db, [post(other.id, otherSearchId, otherChannelId, 'o1', 'negative', Date.now())])).stored[0]?.id ?? '';
    for (const role of ['manager', 'officer'] as const) {
      const user = await findUserByEmail(db, testApp.emails[role]);
      if (user !== undefined) await upsertMembership(db, other.id, user.id, role);
    }
  });

  const addSearch = async () => (await insertSavedSearch(testApp.database.store.db, { workspaceId: testApp.workspaceId, channelId, query: 'Glowria', createdBy: null }))?.id ?? '';
  /** Eight found posts, one a second apart, with two sent at the same instant (the id breaks the tie). */
  const addPosts = async (searchId: string) => {
    const now = Date.now();
    const posts = Array.from({ length: 7 }, (_, index) => post(testApp.workspaceId, searchId, channelId, `p${index}`, index % 3 === 0 ? 'negative' : 'positive', now - index * 1_000));
    posts.push(post(testApp.workspaceId, searchId, channelId, 'same', 'positive', now - 3_000));
    await insertListeningPosts(testApp.database.store.db, posts);
  };

  const call = (role: Role, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => testApp.app.inject({
    method, url, headers: { cookie: clients[role].cookie, 'x-csrf-token': clients[role].csrfToken }, ...(payload === undefined ? {} : { payload }),
  });

  it('lets a manager add a search on a channel that offers search, and refuses the rest clearly', async () => {
    expect((await call('officer', 'POST', `${base}/searches`, { channelId, query: 'Glowria' })).statusCode).toBe(403);
    const created = await call('manager', 'POST', `${base}/searches`, { channelId, query: '  Glowria ' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ query: 'Glowria', channel: { id: channelId, network: 'bluesky' }, failures: 0 });
    const searchId = created.json<{ id: string }>().id;
    expect((await call('manager', 'POST', `${base}/searches`, { channelId, query: 'Glowria' })).statusCode).toBe(409);
    const telegram = await call('manager', 'POST', `${base}/searches`, { channelId: telegramId, query: 'Glowria' });
    expect(telegram.statusCode).toBe(400);
    expect(telegram.json<{ message: string }>().message).toMatch(/telegram offers no public search/);
    expect((await call('manager', 'POST', `${base}/searches`, { channelId, query: '' })).statusCode).toBe(400);
    expect((await call('manager', 'POST', `${base}/searches`, { channelId, query: '   ' })).statusCode).toBe(400);
    expect((await call('manager', 'POST', `${base}/searches`, { channelId: otherChannelId, query: 'x' })).statusCode).toBe(404);
    const list = await call('viewer', 'GET', `${base}/searches`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ items: [{ id: searchId }], channels: [{ id: channelId }] });
    expect(list.body).not.toContain('secret brand');
  });

  it('lists found posts newest first with filters and pages that neither skip nor repeat', async () => {
    const searchId = await addSearch();
    await addPosts(searchId);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call('viewer', 'GET', `${base}/posts?limit=3${cursor === null ? '' : `&cursor=${cursor}`}`);
      expect(page.statusCode).toBe(200);
      const body = page.json<{ items: Array<{ id: string; sentAt: string }>; nextCursor: string | null }>();
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const negative = await call('viewer', 'GET', `${base}/posts?sentiment=negative&searchId=${searchId}`);
    const items = negative.json<{ items: Array<{ sentiment: string; text: string; url: string | null; author: { name: string }; intents: string[] }> }>().items;
    expect(items.map((item) => item.sentiment)).toEqual(['negative', 'negative', 'negative']);
    // Untrusted text comes back as written (the page renders it as text); only web links are passed on.
    expect(items[0]).toMatchObject({ text: 'Glowria p0 <script>x</script>', url: null, author: { name: '<b>Name p0</b>' }, intents: ['praise'] });
    expect(items[1]?.url).toBe('https://bsky.app/p3');
    expect((await call('viewer', 'GET', `${base}/posts?channelId=${otherChannelId}`)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await call('viewer', 'GET', `${base}/posts?cursor=nonsense`)).statusCode).toBe(400);
    expect((await call('viewer', 'GET', `${base}/posts?sentiment=furious`)).statusCode).toBe(400);
  });

  it('turns a post into one inbox conversation for an officer, not for a viewer', async () => {
    await addPosts(await addSearch());
    const list = await call('viewer', 'GET', `${base}/posts?limit=1`);
    const postId = list.json<{ items: Array<{ id: string }> }>().items[0]?.id ?? '';
    expect((await call('viewer', 'POST', `${base}/posts/${postId}/conversation`)).statusCode).toBe(403);
    const first = await call('officer', 'POST', `${base}/posts/${postId}/conversation`);
    expect(first.statusCode).toBe(200);
    const { conversationId } = first.json<{ conversationId: string; created: boolean }>();
    expect(first.json()).toMatchObject({ created: true });
    expect((await call('officer', 'POST', `${base}/posts/${postId}/conversation`)).json()).toEqual({ conversationId, created: false });
    const conversation = await call('officer', 'GET', `/api/workspaces/${testApp.workspaceId}/conversations/${conversationId}`);
    expect(conversation.statusCode).toBe(200);
    const after = await call('viewer', 'GET', `${base}/posts?limit=1`);
    expect(after.json<{ items: Array<{ conversationId: string | null }> }>().items[0]?.conversationId).toBe(conversationId);
  });

  it('answers another workspace\'s search and post ids with 404 and nothing of theirs', async () => {
    const convert = await call('officer', 'POST', `${base}/posts/${otherPostId}/conversation`);
    expect(convert.statusCode).toBe(404);
    expect(convert.body).not.toContain('secret');
    expect((await call('viewer', 'GET', `${base}/posts?searchId=${otherSearchId}`)).statusCode).toBe(404);
    expect((await call('manager', 'DELETE', `${base}/searches/${otherSearchId}`)).statusCode).toBe(404);
    // Still there for its own workspace.
    expect((await call('manager', 'GET', `${otherBase}/searches`)).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('sums found posts by sentiment for the Listening page', async () => {
    const summary = await call('viewer', 'GET', `${base}/summary?days=7`);
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ total: expect.any(Number) as number, sentiment: expect.any(Object) as object });
  });

  it('lets a manager stop listening, which removes the search and its posts', async () => {
    const searchId = await addSearch();
    await addPosts(searchId);
    expect((await call('viewer', 'GET', `${base}/posts`)).json<{ items: unknown[] }>().items).toHaveLength(8);
    expect((await call('officer', 'DELETE', `${base}/searches/${searchId}`)).statusCode).toBe(403);
    expect((await call('manager', 'DELETE', `${base}/searches/${searchId}`)).statusCode).toBe(204);
    expect((await call('viewer', 'GET', `${base}/searches`)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await call('viewer', 'GET', `${base}/posts`)).json<{ items: unknown[] }>().items).toEqual([]);
  });
});
