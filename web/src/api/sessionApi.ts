import { apiRequest, rememberCsrfToken } from './http';
import type { Session, SignInResult, User, UserPreferencesPatch } from './types';

export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const session = await apiRequest<Session>('/api/session', { signal });
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const result = await apiRequest<SignInResult>('/api/auth/sign-in', { method: 'POST', body: { email, password } });
  rememberCsrfToken(result.csrfToken);
  return result;
}

export async function signOut(): Promise<void> {
  await apiRequest<undefined>('/api/auth/sign-out', { method: 'POST' });
  rememberCsrfToken(null);
}

export async function updateMe(patch: UserPreferencesPatch): Promise<User> {
  const { user } = await apiRequest<{ user: User }>('/api/me', { method: 'PATCH', body: patch });
  return user;
}
