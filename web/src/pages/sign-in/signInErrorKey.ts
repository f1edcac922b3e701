import type { ParseKeys } from 'i18next';
import { ApiError } from '../../api/http';

export interface SignInFailure {
  key: ParseKeys;
  values?: Record<string, string>;
}

/** Which message the sign-in form shows for a failed attempt. */
export function signInErrorKey(error: unknown): SignInFailure {
  if (error instanceof ApiError) {
    if (error.status === 401) return { key: 'signIn.wrongCredentials' };
    if (error.status === 429) return { key: 'signIn.tooManyAttempts' };
    if (error.status === 0) return { key: 'errors.network' };
    return { key: 'signIn.failed', values: { message: error.message } };
  }
  return { key: 'signIn.failed', values: { message: error instanceof Error ? error.message : String(error) } };
}
