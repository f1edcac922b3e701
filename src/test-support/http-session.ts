// A signed-in client over real HTTP, for tests that talk to separate Sapa processes: JSON calls
// with the session cookie and CSRF token, and a Server-Sent Events reader for live updates.
export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const session = response.headers.getSetCookie().map((line) => line.split(';')[0] ?? '').find((pair) => pair.startsWith('sapa_session='));
  if (session === undefined) throw new Error('no session cookie');
  return { cookie: session, csrfToken: (await response.json() as { csrfToken: string }).csrfToken };
}

export interface JsonAnswer<T> {
  status: number;
  body: T;
}

export async function callJson<T = Record<string, unknown>>(session: HttpSession, method: 'GET' | 'POST', url: string, body?: unknown): Promise<JsonAnswer<T>> {
  const response = await fetch(url, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (an HTML error page from a proxy): kept as text.
  }
  return { status: response.status, body: parsed as T };
}

export interface LiveEventSeen {
  name: string;
  data: Record<string, unknown>;
}

export interface LiveStream {
  events: LiveEventSeen[];
  close(): void;
}

/** Opens `/api/workspaces/<id>/events` and records every event as it arrives. */
export async function openLiveStream(baseUrl: string, workspaceId: string, session: HttpSession): Promise<LiveStream> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/workspaces/${workspaceId}/events`, { headers: { cookie: session.cookie, accept: 'text/event-stream' }, signal: abort.signal });
  if (response.status !== 200 || response.body === null) throw new Error(`live stream refused: ${response.status}`);
  const events: LiveEventSeen[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (name !== undefined && data !== undefined) events.push({ name, data: JSON.parse(data) as Record<string, unknown> });
        end = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => undefined);
  return { events, close: () => abort.abort() };
}
