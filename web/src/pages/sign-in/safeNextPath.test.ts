import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNextPath';
import { signInErrorKey } from './signInErrorKey';
import { ApiError } from '../../api/http';

describe('safeNextPath', () => {
  it('keeps in-app paths', () => {
    expect(safeNextPath('/w/abc/inbox?status=all')).toBe('/w/abc/inbox?status=all');
  });

  it('refuses other sites and loops back to sign-in', () => {
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example/')).toBe('/');
    expect(safeNextPath('/sign-in?next=/')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});

describe('signInErrorKey', () => {
  it('tells wrong credentials apart from rate limiting', () => {
    expect(signInErrorKey(new ApiError(401, 'Unauthorized', 'Unauthorized')).key).toBe('signIn.wrongCredentials');
    expect(signInErrorKey(new ApiError(429, 'Too Many Requests', 'Too Many Requests')).key).toBe('signIn.tooManyAttempts');
    expect(signInErrorKey(new ApiError(0, 'offline', 'NetworkError')).key).toBe('errors.network');
  });
});
