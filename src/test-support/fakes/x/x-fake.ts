// An in-repo fake of the X API v2 endpoints Sapa uses, on loopback (plain node:http), following the
// documented requests and responses (docs.x.com/x-api): OAuth 2.0 token endpoint with single-use refresh
// tokens (docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code), users/me, mentions with
// since_id and meta.newest_id, users/:id/tweets, POST/DELETE tweets (403 duplicate content), tweet lookup
// (a missing id is a 200 with `errors`), recent search (incl. conversation_id:), dm_events and DM sends.
// Every answer carries x-rate-limit-limit/-remaining/-reset (epoch seconds); 429 when a window is spent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';

export interface FakeUser {
  id: string;
  username: string;
  name: string;
}

interface StoredTweet {
  id: string;
  text: string;
  author_id: string;
  created_at: string;
  conversation_id: string;
  referenced_tweets?: { type: 'replied_to'; id: string }[];
  likes: number;
  /** Photos attached with media.media_ids, with the alt text set through /2/media/metadata. */
  media?: { media_key: string; alt_text: string }[];
}

interface StoredUpload {
  mediaType: string;
  totalBytes: number;
  chunks: Uint8Array[];
  finalized: boolean;
  altText: string;
}

/** multipart/form-data by hand: a part with `Content-Type` keeps its raw bytes (the media chunk), others are text. */
function multipartBody(bytes: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1]?.replace(/^"|"$/g, '') ?? '';
  const body: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = bytes.indexOf(delimiter);
  while (start !== -1) {
    const next = bytes.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = bytes.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (name !== undefined) body[name] = /content-type:/i.test(headers) ? new Uint8Array(content) : content.toString('utf8');
    start = next;
  }
  return body;
}

interface StoredDm {
  id: string;
  text: string;
  sender_id: string;
  dm_conversation_id: string;
  created_at: string;
}

const problem = (status: number, title: string, detail: string): { status: number; body: unknown } => ({ status, body: { title, detail, type: 'about:blank', status } });

export class XFake {
  readonly users = new Map<string, FakeUser>();
  readonly tweets = new Map<string, StoredTweet>();
  readonly uploads = new Map<string, StoredUpload>();
  readonly dms: StoredDm[] = [];
  /** Access token → user id; refresh token → user id (single use). */
  readonly accessTokens = new Map<string, string>();
  readonly refreshTokens = new Map<string, string>();
  readonly authCodes = new Map<string, { userId: string; challenge: string }>();
  /** Confidential clients (client id → secret): their token requests must authenticate with HTTP Basic. */
  readonly confidentialClients = new Map<string, string>();
  readonly requests: { method: string; path: string }[] = [];
  /** Calls left in the current window, per answer; tests lower it to see 429 and the backoff hint. */
  rateRemaining = 900;
  rateLimit = 900;
  apiBase = '';
  private sequence = BigInt(1_860_000_000_000_000_000);
  private server: Server | undefined;

  static async start(): Promise<XFake> {
    const fake = new XFake();
    fake.server = createServer((request, response) => void fake.handle(request, response));
    await new Promise<void>((resolve) => fake.server?.listen(0, '127.0.0.1', resolve));
    fake.apiBase = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server === undefined ? resolve() : this.server.close(() => resolve())));
  }

  addUser(user: FakeUser): string {
    this.users.set(user.id, user);
    const token = `at-${randomBytes(6).toString('hex')}`;
    this.accessTokens.set(token, user.id);
    return token;
  }

  /** What x.com/i/oauth2/authorize does once the user approves: a code bound to the PKCE challenge. */
  approve(userId: string, codeChallenge: string): string {
    const code = `code-${randomBytes(6).toString('hex')}`;
    this.authCodes.set(code, { userId, challenge: codeChallenge });
    return code;
  }

  nextId(): string {
    this.sequence += BigInt(1 + Math.floor(Math.random() * 1000));
    return this.sequence.toString();
  }

  post(authorId: string, text: string, inReplyTo?: string): StoredTweet {
    const parent = inReplyTo === undefined ? undefined : this.tweets.get(inReplyTo);
    const id = this.nextId();
    const tweet: StoredTweet = { id, text, author_id: authorId, created_at: new Date().toISOString(), conversation_id: parent?.conversation_id ?? id, likes: 0, ...(parent === undefined ? {} : { referenced_tweets: [{ type: 'replied_to', id: parent.id }] }) };
    this.tweets.set(id, tweet);
    return tweet;
  }

  sendDm(senderId: string, recipientId: string, text: string): StoredDm {
    const dm = { id: this.nextId(), text, sender_id: senderId, dm_conversation_id: [senderId, recipientId].sort().join('-'), created_at: new Date().toISOString() };
    this.dms.push(dm);
    return dm;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    this.requests.push({ method, path: url.pathname });
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => resolve(Buffer.concat(chunks)));
    });
    const raw = bytes.toString('utf8');
    const reset = Math.floor(Date.now() / 1000) + 900;
    const answer = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-rate-limit-limit': String(this.rateLimit), 'x-rate-limit-remaining': String(Math.max(0, this.rateRemaining)), 'x-rate-limit-reset': String(reset) });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/2/oauth2/token') {
      // The fake accepts only the documented form encoding (how X answers other encodings is not documented).
      if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return answer(400, { error: 'invalid_request', error_description: 'Missing required parameter [grant_type].' });
      const form = new URLSearchParams(raw);
      const refused = this.clientRefusal(request.headers.authorization, form);
      if (refused !== undefined) return answer(refused.status, refused.body);
      const result = this.token(form);
      return answer(result.status, result.body);
    }
    const userId = this.accessTokens.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (userId === undefined) return answer(401, problem(401, 'Unauthorized', 'Unauthorized').body);
    if (this.rateRemaining <= 0) return answer(429, problem(429, 'Too Many Requests', 'Too Many Requests').body);
    this.rateRemaining -= 1;
    const contentType = request.headers['content-type'] ?? '';
    // Chunked media upload APPEND is multipart/form-data (segment_index, media); everything else is JSON.
    const body = contentType.startsWith('multipart/form-data') ? multipartBody(bytes, contentType) : raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
    const media = this.mediaRoute(method, url.pathname.split('/').filter((part) => part !== ''), body);
    if (media !== undefined) return answer(media.status, media.body);
    const result = this.route(method, url.pathname.split('/').filter((part) => part !== ''), url.searchParams, body, userId);
    answer(result.status, result.body);
  }

  /**
   * A confidential client authenticates with `Authorization: Basic base64(client_id:client_secret)`; one
   * that sends only client_id in the body, or a wrong secret, is refused as X answers it (401 unauthorized_client).
   */
  private clientRefusal(authorization: string | undefined, form: URLSearchParams): { status: number; body: unknown } | undefined {
    const basic = /^Basic (.+)$/.exec(authorization ?? '')?.[1];
    const [id, secret] = basic === undefined ? [form.get('client_id') ?? '', undefined] : Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent);
    const expected = this.confidentialClients.get(id ?? '');
    if (expected === undefined || secret === expected) return undefined;
    return { status: 401, body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' } };
  }

  private token(form: URLSearchParams): { status: number; body: unknown } {
    const invalid = { status: 400, body: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' } };
    let userId: string | undefined;
    if (form.get('grant_type') === 'authorization_code') {
      const code = this.authCodes.get(form.get('code') ?? '');
      // PKCE: the verifier must hash (SHA-256, base64url) to the challenge given at authorize time.
      const verifier = form.get('code_verifier') ?? '';
      if (code === undefined || createHash('sha256').update(verifier).digest('base64url') !== code.challenge) return invalid;
      this.authCodes.delete(form.get('code') ?? '');
      userId = code.userId;
    } else if (form.get('grant_type') === 'refresh_token') {
      const refresh = form.get('refresh_token') ?? '';
      userId = this.refreshTokens.get(refresh);
      // Single use: a replayed refresh token is refused.
      this.refreshTokens.delete(refresh);
    }
    if (userId === undefined) return invalid;
    const accessToken = `at-${randomBytes(6).toString('hex')}`;
    const refreshToken = `rt-${randomBytes(6).toString('hex')}`;
    this.accessTokens.set(accessToken, userId);
    this.refreshTokens.set(refreshToken, userId);
    return { status: 200, body: { token_type: 'bearer', expires_in: 7200, access_token: accessToken, scope: 'tweet.read tweet.write users.read dm.read dm.write offline.access', refresh_token: refreshToken } };
  }

  /**
   * v2 media upload (docs.x.com/x-api/media): POST /2/media/upload/initialize {media_type, total_bytes,
   * media_category} → {data:{id, media_key}}; POST /2/media/upload/:id/append (multipart segment_index,
   * media); POST /2/media/upload/:id/finalize → {data:{id, media_key, size}} (images need no processing);
   * POST /2/media/metadata {id, metadata:{alt_text:{text}}} [?: response shape taken from the reference].
   */
  private mediaRoute(method: string, path: string[], body: Record<string, unknown>): { status: number; body: unknown } | undefined {
    const [, resource, step, id, action] = path;
    if (method !== 'POST' || resource !== 'media') return undefined;
    if (step === 'upload' && id === 'initialize') {
      const mediaId = this.nextId();
      this.uploads.set(mediaId, { mediaType: String(body.media_type), totalBytes: Number(body.total_bytes), chunks: [], finalized: false, altText: '' });
      return { status: 200, body: { data: { id: mediaId, media_key: `3_${mediaId}`, expires_after_secs: 86_400 } } };
    }
    const upload = this.uploads.get(step === 'metadata' ? String(body.id) : id ?? '');
    if (upload === undefined) return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.');
    if (step === 'upload' && action === 'append') {
      if (!(body.media instanceof Uint8Array)) return problem(400, 'Invalid Request', 'The media field is required.');
      upload.chunks[Number(body.segment_index)] = body.media;
      return { status: 200, body: { data: { expires_at: Math.floor(Date.now() / 1000) + 86_400 } } };
    }
    if (step === 'upload' && action === 'finalize') {
      const size = upload.chunks.reduce((total, chunk) => total + chunk.byteLength, 0);
      if (size !== upload.totalBytes) return problem(400, 'Invalid Request', `File size mismatch: expected ${upload.totalBytes}, got ${size}.`);
      upload.finalized = true;
      return { status: 200, body: { data: { id, media_key: `3_${id ?? ''}`, size, expires_after_secs: 86_400 } } };
    }
    if (step === 'metadata') {
      const altText = ((body.metadata as { alt_text?: { text?: string } } | undefined)?.alt_text?.text) ?? '';
      if (altText.length > 1000) return problem(400, 'Invalid Request', 'alt_text.text must be at most 1000 characters.');
      upload.altText = altText;
      return { status: 200, body: { data: { id: String(body.id), associated_metadata: { alt_text: { text: altText } } } } };
    }
    return undefined;
  }

  private route(method: string, path: string[], query: URLSearchParams, body: Record<string, unknown>, userId: string): { status: number; body: unknown } {
    const [, resource, id, edge, extra] = path;
    const ok = (value: unknown): { status: number; body: unknown } => ({ status: 200, body: value });
    if (method === 'GET' && resource === 'users' && id === 'me') return ok({ data: this.users.get(userId) });
    if (method === 'GET' && resource === 'users' && edge === 'mentions') {
      const username = this.users.get(id ?? '')?.username ?? '';
      return ok(this.listing([...this.tweets.values()].filter((tweet) => tweet.text.includes(`@${username}`) || this.repliesTo(tweet, id ?? '')), query));
    }
    if (method === 'GET' && resource === 'users' && edge === 'tweets') {
      const start = Date.parse(query.get('start_time') ?? '1970-01-01T00:00:00Z');
      return ok(this.listing([...this.tweets.values()].filter((tweet) => tweet.author_id === id && Date.parse(tweet.created_at) >= start), query));
    }
    if (method === 'POST' && resource === 'tweets' && id === undefined) {
      const text = typeof body.text === 'string' ? body.text : '';
      const last = [...this.tweets.values()].filter((tweet) => tweet.author_id === userId).at(-1);
      if (last?.text === text) return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
      const replyTo = (body.reply as { in_reply_to_tweet_id?: string } | undefined)?.in_reply_to_tweet_id;
      if (replyTo !== undefined && !this.tweets.has(replyTo)) return { status: 400, body: { errors: [{ parameters: { 'reply.in_reply_to_tweet_id': [replyTo] }, message: 'The `reply.in_reply_to_tweet_id` query parameter value [' + replyTo + '] does not exist' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' } };
      const mediaIds = (body.media as { media_ids?: string[] } | undefined)?.media_ids ?? [];
      const unknownMedia = mediaIds.find((mediaId) => this.uploads.get(mediaId)?.finalized !== true);
      if (unknownMedia !== undefined) return problem(400, 'Invalid Request', `Your media IDs are invalid: ${unknownMedia}`);
      const tweet = this.post(userId, text, replyTo);
      if (mediaIds.length > 0) tweet.media = mediaIds.map((mediaId) => ({ media_key: `3_${mediaId}`, alt_text: this.uploads.get(mediaId)?.altText ?? '' }));
      return { status: 201, body: { data: { id: tweet.id, text: tweet.text, edit_history_tweet_ids: [tweet.id] } } };
    }
    if (method === 'DELETE' && resource === 'tweets' && id !== undefined) {
      if (this.tweets.get(id)?.author_id !== userId) return problem(403, 'Forbidden', 'You are not allowed to delete this Tweet.');
      this.tweets.delete(id);
      return ok({ data: { deleted: true } });
    }
    if (method === 'GET' && resource === 'tweets' && id === 'search' && edge === 'recent') return ok(this.listing(this.search(query.get('query') ?? ''), query));
    if (method === 'GET' && resource === 'tweets' && id !== undefined) {
      const tweet = this.tweets.get(id);
      if (tweet === undefined) return ok({ errors: [{ value: id, detail: `Could not find tweet with id: [${id}].`, title: 'Not Found Error', resource_type: 'tweet', parameter: 'id', resource_id: id, type: 'https://api.twitter.com/2/problems/resource-not-found' }] });
      return ok({ data: this.render(tweet, query), includes: { users: [this.users.get(tweet.author_id)] } });
    }
    if (method === 'GET' && resource === 'tweets') {
      const ids = (query.get('ids') ?? '').split(',');
      return ok({ data: ids.map((tweetId) => this.tweets.get(tweetId)).filter((tweet) => tweet !== undefined).map((tweet) => this.render(tweet, query)) });
    }
    if (method === 'GET' && resource === 'dm_events') {
      const events = this.dms.filter((dm) => dm.dm_conversation_id.split('-').includes(userId)).reverse();
      const data = events.slice(0, Number(query.get('max_results') ?? 100)).map((dm) => ({ ...dm, event_type: 'MessageCreate' }));
      return ok({ data, includes: { users: [...this.users.values()] }, meta: { result_count: data.length } });
    }
    if (method === 'POST' && resource === 'dm_conversations') {
      const text = typeof body.text === 'string' ? body.text : '';
      const recipient = id === 'with' ? edge : id?.split('-').find((participant) => participant !== userId);
      const messagesEndpoint = id === 'with' ? extra === 'messages' : edge === 'messages';
      if (recipient === undefined || !this.users.has(recipient) || !messagesEndpoint) return problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.');
      const dm = this.sendDm(userId, recipient, text);
      return { status: 201, body: { data: { dm_conversation_id: dm.dm_conversation_id, dm_event_id: dm.id } } };
    }
    return problem(404, 'Not Found Error', `No route for ${method} /${path.join('/')}`);
  }

  private repliesTo(tweet: StoredTweet, userId: string): boolean {
    const parent = tweet.referenced_tweets?.[0]?.id;
    return tweet.author_id !== userId && parent !== undefined && this.tweets.get(parent)?.author_id === userId;
  }

  private search(query: string): StoredTweet[] {
    const conversation = /^conversation_id:(\d+)$/.exec(query)?.[1];
    if (conversation !== undefined) return [...this.tweets.values()].filter((tweet) => tweet.conversation_id === conversation);
    const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
    return [...this.tweets.values()].filter((tweet) => words.every((word) => tweet.text.toLowerCase().includes(word)));
  }

  /** Newest first, since_id exclusive, as the timelines and search return them. */
  private listing(tweets: StoredTweet[], query: URLSearchParams): unknown {
    const since = query.get('since_id');
    const max = Number(query.get('max_results') ?? 10);
    const data = tweets.filter((tweet) => since === null || BigInt(tweet.id) > BigInt(since)).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1)).slice(0, max);
    if (data.length === 0) return { meta: { result_count: 0 } };
    const users = [...new Set(data.map((tweet) => tweet.author_id))].map((userId) => this.users.get(userId));
    return { data: data.map((tweet) => this.render(tweet, query)), includes: { users }, meta: { newest_id: data[0]?.id, oldest_id: data.at(-1)?.id, result_count: data.length } };
  }

  private render(tweet: StoredTweet, query: URLSearchParams): Record<string, unknown> {
    const fields = new Set((query.get('tweet.fields') ?? '').split(','));
    const out: Record<string, unknown> = { id: tweet.id, text: tweet.text, edit_history_tweet_ids: [tweet.id] };
    for (const field of ['author_id', 'created_at', 'conversation_id', 'referenced_tweets'] as const) if (fields.has(field) && tweet[field] !== undefined) out[field] = tweet[field];
    if (fields.has('public_metrics')) out.public_metrics = { retweet_count: 0, reply_count: [...this.tweets.values()].filter((other) => other.referenced_tweets?.[0]?.id === tweet.id).length, like_count: tweet.likes, quote_count: 0, bookmark_count: 0, impression_count: 12 };
    return out;
  }
}
