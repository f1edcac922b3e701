// A throwaway snac2 instance on loopback: the Mastodon connector's real local server (PEERS.md §2).
// Each start gets a fresh data dir and a free port, creates the users asked for and fetches their
// tokens through snac's own token shortcut, so no browser is needed. stop() ends the httpd by its
// pid and deletes the data dir. Reused by the lead's Chromium end-to-end test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freeLoopbackPort, stopChild } from './process.js';

export interface SnacUser {
  /** snac's user id, which is also the handle (`@fan`). */
  name: string;
  /** The Mastodon API account id (verify_credentials). */
  accountId: string;
  accessToken: string;
  /** snac picks it at adduser; the OAuth test signs in with it. */
  password: string;
}

export interface SnacPeer {
  /** e.g. http://127.0.0.1:40123 — the Mastodon API base and the instance URL. */
  baseUrl: string;
  /** The instance host as snac writes it in `acct` (host:port). */
  host: string;
  users: { brand: SnacUser; fan: SnacUser };
  /** Another account on the same instance, with its token. */
  createUser(name: string): Promise<SnacUser>;
  /** Where snac's log goes (stderr of the httpd). */
  logFile: string;
  stop(): Promise<void>;
}

/** Runs a snac command with its interactive answers on stdin; resolves with stdout. */
function runSnac(args: string[], answers: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('snac', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`snac ${args[0] ?? ''} exited ${String(code)}: ${out.slice(0, 300)}`))));
    child.stdin.end(answers);
  });
}

async function waitUntilServing(baseUrl: string, within: number): Promise<void> {
  const deadline = Date.now() + within;
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/v1/instance`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`snac did not answer on ${baseUrl} within ${within} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** snac sometimes closes a connection it has just accepted while it starts its threads (seen in CI). */
async function fetchRetrying(url: string, init: RequestInit, attempts = 3): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function tokenFor(baseUrl: string, name: string, password: string): Promise<SnacUser> {
  // snac's shortcut for the OAuth code flow: the token comes back as text/plain.
  const response = await fetchRetrying(`${baseUrl}/oauth/x-snac-get-token`, { method: 'POST', body: new URLSearchParams({ login: name, passwd: password }) });
  const accessToken = (await response.text()).trim();
  if (!response.ok || accessToken === '') throw new Error(`snac gave no token for ${name} (HTTP ${response.status})`);
  const me = await fetch(`${baseUrl}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${accessToken}` } });
  const account = (await me.json()) as { id: string };
  return { name, accountId: account.id, accessToken, password };
}

/**
 * fetch for a connector talking to snac: one connection per request. snac closes the connection
 * after every response without saying `Connection: close` (PEERS.md §2), so a pooled connection
 * can be reused just as snac closes it; on a busy machine that race failed a status POST in CI
 * ("failed after the request was sent"). Real Mastodon servers keep connections alive as declared.
 */
export const snacFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('connection', 'close');
  return fetch(input, { ...init, headers });
};

export async function startSnac(): Promise<SnacPeer> {
  const root = mkdtempSync(path.join(tmpdir(), 'sapa-snac-'));
  // snac init refuses a data dir that already exists.
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'snac.log');
  const port = await freeLoopbackPort();
  const host = `127.0.0.1:${port}`;
  const baseUrl = `http://${host}`;
  let httpd: ChildProcess | undefined;
  const cleanUp = async (): Promise<void> => {
    if (httpd !== undefined) await stopChild(httpd);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // Answers: listen address, port, host name, URL prefix, admin email.
    await runSnac(['init', dataDir], `127.0.0.1\n${port}\n${host}\n\n\n`);
    const serverFile = path.join(dataDir, 'server.json');
    const server = JSON.parse(readFileSync(serverFile, 'utf8')) as Record<string, unknown>;
    // snac builds its own URLs (and delivers to its own inbox) with this protocol: plain HTTP here.
    writeFileSync(serverFile, JSON.stringify({ ...server, protocol: 'http' }, null, 4));

    const passwords = new Map<string, string>();
    const addUser = async (name: string): Promise<string> => {
      const out = await runSnac(['adduser', dataDir], `${name}\n`);
      const password = /User password is (\S+)/.exec(out)?.[1];
      if (password === undefined) throw new Error(`snac adduser ${name} printed no password`);
      passwords.set(name, password);
      return password;
    };
    await addUser('brand');
    await addUser('fan');

    const log = openSync(logFile, 'a');
    httpd = spawn('snac', ['httpd', dataDir], { stdio: ['ignore', log, log] });
    closeSync(log);
    await waitUntilServing(baseUrl, 10_000);

    const [brand, fan] = await Promise.all([tokenFor(baseUrl, 'brand', passwords.get('brand') ?? ''), tokenFor(baseUrl, 'fan', passwords.get('fan') ?? '')]);
    return {
      baseUrl, host, logFile,
      users: { brand, fan },
      createUser: async (name) => tokenFor(baseUrl, name, await addUser(name)),
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

export interface SnacStatus {
  id: string;
  content: string;
  visibility: string;
  in_reply_to_id: string | null;
  account: { id: string; acct: string };
}

/** A user acting on the instance through the Mastodon API (the follower in tests). */
export interface SnacActor {
  /** Posts a status. Write `@brand` without host: snac does not resolve `@user@host:port`. */
  post(status: string, options?: { visibility?: 'public' | 'direct'; inReplyToId?: string }): Promise<SnacStatus>;
  /** The status and its replies as this user sees them. */
  thread(statusId: string): Promise<SnacStatus[]>;
  /** Statuses that mentioned this user (direct ones included), newest first. */
  mentions(): Promise<SnacStatus[]>;
}

export function snacActor(peer: Pick<SnacPeer, 'baseUrl'>, user: Pick<SnacUser, 'accessToken'>): SnacActor {
  const request = async <T>(pathname: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${peer.baseUrl}${pathname}`, { ...init, headers: { authorization: `Bearer ${user.accessToken}`, 'content-type': 'application/json' } });
    if (!response.ok) throw new Error(`snac ${init.method ?? 'GET'} ${pathname} answered ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    post: (status, options = {}) => request<SnacStatus>('/api/v1/statuses', {
      method: 'POST',
      body: JSON.stringify({ status, visibility: options.visibility ?? 'public', ...(options.inReplyToId === undefined ? {} : { in_reply_to_id: options.inReplyToId }) }),
    }),
    thread: async (statusId) => {
      const [status, context] = await Promise.all([
        request<SnacStatus>(`/api/v1/statuses/${encodeURIComponent(statusId)}`),
        request<{ ancestors: SnacStatus[]; descendants: SnacStatus[] }>(`/api/v1/statuses/${encodeURIComponent(statusId)}/context`),
      ]);
      return [...context.ancestors, status, ...context.descendants];
    },
    mentions: async () => {
      const notifications = await request<{ type: string; status?: SnacStatus | null }[]>('/api/v1/notifications?limit=40');
      return notifications.flatMap((notification) => (notification.type === 'mention' && notification.status ? [notification.status] : []));
    },
  };
}
