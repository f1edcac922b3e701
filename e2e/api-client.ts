// A signed-in API caller for end-to-end setup steps that have no page yet (e.g. connecting a
// real account): signs in like the web app does and sends the session cookie and CSRF token.

export interface ApiSession {
  request<T>(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function apiSession(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in as ${email} answered ${signIn.status}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  return {
    async request<T>(method: string, pathname: string, body?: unknown) {
      const response = await fetch(`${baseUrl}${pathname}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as T };
    },
  };
}
