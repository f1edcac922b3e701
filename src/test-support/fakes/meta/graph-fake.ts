// An in-repo fake of the parts of the Graph API Sapa uses for Facebook Pages, Messenger, Instagram and
// the WhatsApp Cloud API, on loopback (plain node:http). Requests, responses and error bodies follow the
// documented API (sources cited per route); webhook deliveries are signed and escaped as Meta sends them
// (see webhook-fixture.ts) after the subscription handshake Meta performs. Not a model of Meta's ranking,
// privacy or review rules: only what the connectors' contract exercises.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { metaEscapedJson, metaSignatureHeaders } from '../../../channels/meta/webhook-fixture.js';
import { fakeErrors, type FakeGraphError } from './graph-errors.js';
import { FakeFacebookLogin, type FakeLoginOptions } from './graph-login.js';
import { fieldValue, graphTime, splitFields, type GraphNode, type Person } from './graph-nodes.js';
import { handleWrite } from './graph-writes.js';

export interface MetaFakeOptions {
  appSecret: string;
  accessToken: string;
  page?: Person & { username: string };
  igUser?: { id: string; username: string; name: string };
  phone?: { id: string; displayPhoneNumber: string; verifiedName: string; wabaId: string };
  /** Facebook Login: the app, the user on the dialog, and the Pages they manage (each with its own Page token). */
  login?: FakeLoginOptions;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class MetaFake {
  readonly nodes = new Map<string, GraphNode>();
  /** Direct messages the brand sent, by recipient id (PSID, IGSID, wa_id). */
  readonly sentDirect = new Map<string, { id: string; text: string; contextId?: string }[]>();
  /** Every image URL Meta was asked to fetch (Instagram image_url, Page photo url), and what it got. */
  readonly fetchedImages: { url: string; status: number; contentType: string; bytes: number }[] = [];
  /** When each follower last wrote to the brand (opens the 24 h window). */
  readonly lastInbound = new Map<string, number>();
  readonly requests: { method: string; path: string }[] = [];
  /** Usage headers on every answer; tests raise them to see the backoff hint. */
  usage: Record<string, string> = { 'x-app-usage': JSON.stringify({ call_count: 1, total_cputime: 1, total_time: 1 }) };
  /** The next request fails with this (status, Graph error body, headers). */
  failNext: (FakeGraphError & { headers?: Record<string, string> }) | undefined;
  apiBase = '';
  /**
   * While set, a write is applied (the network has it) but its answer waits for this promise: a
   * test can kill the sender in between, as a crash after the network accepted a send would.
   */
  holdWriteAnswers: Promise<void> | undefined;
  /** The client (loopback) port of each write whose answer was held. */
  readonly heldWriteClientPorts: number[] = [];
  private sequence = 1000;
  private readonly subscriptions = new Map<string, string>();
  private server: Server | undefined;
  readonly login: FakeFacebookLogin | undefined;
  /** Page tokens besides `accessToken` (other Pages from /me/accounts), which read the same graph. */
  private readonly otherPageTokens = new Set<string>();

  constructor(readonly options: MetaFakeOptions) {
    const { page, igUser, phone, login } = options;
    if (login !== undefined) {
      this.login = new FakeFacebookLogin(login);
      for (const managed of login.pages) {
        this.otherPageTokens.add(managed.accessToken);
        if (!this.nodes.has(managed.id)) this.nodes.set(managed.id, { type: 'Page', id: managed.id, name: managed.name, username: managed.name.toLowerCase().replace(/[^a-z0-9]+/g, '') });
        if (managed.igUser !== undefined && !this.nodes.has(managed.igUser.id)) this.nodes.set(managed.igUser.id, { type: 'IGUser', id: managed.igUser.id, username: managed.igUser.username, name: managed.name });
      }
    }
    if (page !== undefined) this.nodes.set(page.id, { type: 'Page', id: page.id, name: page.name, username: page.username });
    if (igUser !== undefined) this.nodes.set(igUser.id, { type: 'IGUser', ...igUser });
    if (phone !== undefined) this.nodes.set(phone.id, { type: 'WhatsAppBusinessPhoneNumber', id: phone.id, displayPhoneNumber: phone.displayPhoneNumber, verifiedName: phone.verifiedName });
  }

  static async start(options: MetaFakeOptions): Promise<MetaFake> {
    const fake = new MetaFake(options);
    const server = createServer((request, response) => void fake.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.server = server;
    fake.apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`;
    return fake;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server === undefined ? resolve() : this.server.close(() => resolve())));
  }

  nextId(prefix = ''): string {
    this.sequence += 1;
    return `${prefix}${this.sequence}${randomBytes(2).readUInt16BE(0)}`;
  }

  add(node: GraphNode): GraphNode {
    this.nodes.set(node.id, node);
    return node;
  }

  childrenOf(id: string, stream: boolean): GraphNode[] {
    const children: GraphNode[] = [];
    for (const node of this.nodes.values()) {
      if (node.type === 'Comment' && (stream ? node.postId === id || isDescendant(this, node, id) : node.parentId === id)) children.push(node);
      if (node.type === 'IGComment' && (node.parentId === undefined ? node.mediaId === id : node.parentId === id)) children.push(node);
    }
    return children.sort((a, b) => createdAt(a) - createdAt(b));
  }

  /** Meta verifies a callback before delivering to it: GET with hub.mode, hub.challenge, hub.verify_token. */
  async subscribe(object: string, callbackUrl: string, verifyToken: string): Promise<void> {
    const challenge = String(randomBytes(4).readUInt32BE(0));
    const url = new URL(callbackUrl);
    url.searchParams.set('hub.mode', 'subscribe');
    url.searchParams.set('hub.challenge', challenge);
    url.searchParams.set('hub.verify_token', verifyToken);
    const response = await fetch(url);
    const body = await response.text();
    if (response.status !== 200 || body !== challenge) throw new Error(`callback verification failed: ${response.status}`);
    this.subscriptions.set(object, callbackUrl);
  }

  /** One signed delivery to the object's subscribed callback, as Meta POSTs it. */
  async deliver(object: string, payload: unknown): Promise<void> {
    const url = this.subscriptions.get(object);
    if (url === undefined) return;
    const rawBody = Buffer.from(metaEscapedJson(payload), 'utf8');
    const response = await fetch(url, { method: 'POST', headers: { ...metaSignatureHeaders(rawBody, this.options.appSecret), 'user-agent': 'facebookexternalua' }, body: rawBody });
    await response.arrayBuffer();
  }

  openWindow(followerId: string, at = Date.now()): void {
    this.lastInbound.set(followerId, at);
  }

  withinWindow(followerId: string): boolean {
    return Date.now() - (this.lastInbound.get(followerId) ?? 0) <= DAY_MS;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/v\d+\.\d+\//, '');
    const method = request.method ?? 'GET';
    this.requests.push({ method, path });
    const raw = await readBody(request);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...this.usage, ...headers });
      response.end(JSON.stringify(body));
    };
    const fail = (error: FakeGraphError): void => answer(error.status, error.body, { 'www-authenticate': 'OAuth "Facebook Platform" "invalid_request"' });
    const segments = path.split('/').filter((part) => part !== '');
    if (this.login !== undefined && segments[0] === 'dialog') {
      const page = this.login.dialog(path, url.searchParams);
      response.writeHead(page.status, page.html === undefined ? { ...page.headers } : { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(page.html ?? '');
    }
    if (this.failNext !== undefined) {
      const failure = this.failNext;
      this.failNext = undefined;
      return answer(failure.status, failure.body, failure.headers);
    }
    if (this.login !== undefined && path === 'oauth/access_token' && method === 'GET') {
      const result = this.login.accessToken(url.searchParams);
      return 'ok' in result ? answer(200, result.ok) : fail(result);
    }
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (this.login?.userTokens.has(token) === true && method === 'GET') {
      const result = this.login.readAsUser(segments, url.searchParams);
      return 'ok' in result ? answer(200, result.ok) : fail(result);
    }
    if (token !== this.options.accessToken && !this.otherPageTokens.has(token)) return fail(fakeErrors.invalidToken());
    let body: Record<string, unknown> = {};
    if (raw.length > 0) body = (request.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
    const imageUrl = method === 'POST' ? imageUrlOf(segments, body) : undefined;
    // Meta downloads the image from the URL it is given; the fake really fetches it (loopback) to prove the link works.
    const imageOk = imageUrl === undefined ? true : await this.fetchImage(imageUrl);
    const result = method === 'GET' ? this.read(segments, url.searchParams) : handleWrite(this, method, segments, body, imageOk);
    if ('status' in result && 'body' in result && typeof result.status === 'number') return fail(result);
    if (method !== 'GET' && this.holdWriteAnswers !== undefined) {
      this.heldWriteClientPorts.push(request.socket.remotePort ?? 0);
      await this.holdWriteAnswers;
    }
    answer(200, (result as { ok: unknown }).ok);
  }

  private read(segments: string[], query: URLSearchParams): FakeGraphError | { ok: unknown } {
    const [id = '', edge] = segments;
    const node = this.nodes.get(id === 'me' ? (this.options.page?.id ?? '') : id);
    if (node === undefined) return fakeErrors.missingObject(id);
    const fields = splitFields(query.get('fields'));
    if (edge === undefined) return this.render(node, fields.length === 0 ? ['id'] : fields);
    let list: GraphNode[];
    if (edge === 'insights' && node.type === 'IGMedia') {
      // docs/instagram-platform/reference/instagram-media/insights: one entry per requested metric.
      if (query.get('metric') !== 'views') return fakeErrors.missingParameter('metric');
      return { ok: { data: [{ name: 'views', period: 'lifetime', values: [{ value: node.likes * 10 }], title: 'Views', description: 'The number of times your content was played or displayed.', id: `${node.id}/insights/views/lifetime` }] } };
    }
    if (edge === 'comments' || edge === 'replies') list = this.childrenOf(node.id, query.get('filter') === 'stream');
    else if (edge === 'feed' && node.type === 'Page') {
      const since = Number(query.get('since') ?? 0) * 1000;
      list = [...this.nodes.values()].filter((item) => item.type === 'Post' && item.from.id === node.id && item.createdAt >= since).reverse();
    } else if (edge === 'media' && node.type === 'IGUser') list = [...this.nodes.values()].filter((item) => item.type === 'IGMedia' && item.ownerId === node.id).reverse();
    else return fakeErrors.unknownPath(segments.join('/'));
    if (query.get('order') === 'reverse_chronological') list = [...list].reverse();
    const data: unknown[] = [];
    for (const item of list.slice(0, Number(query.get('limit') ?? 25))) {
      const rendered = this.render(item, fields.length === 0 ? ['id'] : fields);
      if ('ok' in rendered) data.push(rendered.ok);
    }
    return { ok: { data, paging: { cursors: { before: 'QVFIUmxB', after: 'QVFIUmxC' } } } };
  }

  private render(node: GraphNode, fields: string[]): FakeGraphError | { ok: Record<string, unknown> } {
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const found = fieldValue(node, field, { commentsUnder: (id) => this.childrenOf(id, node.type === 'Post') });
      if (found === undefined) return fakeErrors.nonexistingField(field.split(/[.{(]/)[0] ?? field, node.type);
      const name = field.split(/[.{(]/)[0] ?? field;
      if (found.value !== undefined) out[name] = found.value;
    }
    if (node.type === 'ShadowIGMediaBuilder' && fields.includes('status_code')) this.advanceContainer(node);
    out.id = node.id;
    return { ok: out };
  }

  private async fetchImage(url: string): Promise<boolean> {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const bytes = (await response.arrayBuffer()).byteLength;
      const contentType = response.headers.get('content-type') ?? '';
      this.fetchedImages.push({ url, status: response.status, contentType, bytes });
      return response.ok && contentType.startsWith('image/') && bytes > 0;
    } catch {
      this.fetchedImages.push({ url, status: 0, contentType: '', bytes: 0 });
      return false;
    }
  }

  /** A container reports IN_PROGRESS on its first read, then FINISHED (as Meta processes the image). */
  private advanceContainer(node: Extract<GraphNode, { type: 'ShadowIGMediaBuilder' }>): void {
    node.reads += 1;
    if (node.status === 'IN_PROGRESS' && node.reads >= 1) node.status = 'FINISHED';
  }

  timestamp(ms: number): string {
    return graphTime(ms);
  }
}

function imageUrlOf(segments: string[], body: Record<string, unknown>): string | undefined {
  const field = segments[1] === 'media' ? body.image_url : segments[1] === 'photos' ? body.url : undefined;
  return typeof field === 'string' && /^https?:\/\//.test(field) ? field : undefined;
}

function createdAt(node: GraphNode): number {
  return 'createdAt' in node ? node.createdAt : 0;
}

function isDescendant(fake: MetaFake, node: Extract<GraphNode, { type: 'Comment' }>, ancestor: string): boolean {
  let parent: GraphNode | undefined = fake.nodes.get(node.parentId);
  while (parent !== undefined && parent.type === 'Comment') {
    if (parent.id === ancestor) return true;
    parent = fake.nodes.get(parent.parentId);
  }
  return false;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
