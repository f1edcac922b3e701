import { describe, expect, it } from 'vitest';
import { SignInThrottle, defaultThrottleLimits } from './sign-in-throttle.js';

const at = (minutes: number) => Date.UTC(2026, 11, 5, 3, 0, 0) + minutes * 60_000;

describe('SignInThrottle', () => {
  it('stops one address trying many e-mails, and forgets after the window', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < defaultThrottleLimits.addressFailures; i += 1) {
      const attempt = { address: '203.0.113.5', email: `user${i}@brand.id`, knownDevice: false };
      expect(throttle.check(attempt, at(0)).allowed).toBe(true);
      throttle.recordFailure(attempt, at(0));
    }
    const next = { address: '203.0.113.5', email: 'someone@brand.id', knownDevice: true };
    expect(throttle.check(next, at(1))).toMatchObject({ allowed: false, reason: 'address' });
    expect(throttle.check({ ...next, address: '203.0.113.6' }, at(1)).allowed).toBe(true);
    expect(throttle.check(next, at(16)).allowed).toBe(true);
  });

  it('locks an account for a few minutes after failures from many addresses, except for a known device', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < defaultThrottleLimits.accountFailures; i += 1) throttle.recordFailure({ address: `198.51.100.${i}`, email: 'rina@brand.id', knownDevice: false }, at(0));
    const stranger = { address: '192.0.2.1', email: 'rina@brand.id', knownDevice: false };
    expect(throttle.check(stranger, at(1))).toMatchObject({ allowed: false, reason: 'account', retryAfterMs: 4 * 60_000 });
    expect(throttle.check({ ...stranger, knownDevice: true }, at(1)).allowed).toBe(true);
    // The lock is short: it ends by itself five minutes after the last failure.
    expect(throttle.check(stranger, at(5)).allowed).toBe(true);
  });

  it('does not let a known device\'s own typos lock the account, and a success clears the count', () => {
    const throttle = new SignInThrottle();
    const rina = { address: '192.0.2.1', email: 'rina@brand.id', knownDevice: true };
    for (let i = 0; i < 10; i += 1) throttle.recordFailure(rina, at(0));
    expect(throttle.check({ ...rina, address: '192.0.2.9', knownDevice: false }, at(0)).allowed).toBe(true);
    for (let i = 0; i < 5; i += 1) throttle.recordFailure({ ...rina, address: `198.51.100.${i}`, knownDevice: false }, at(0));
    throttle.recordSuccess(rina);
    expect(throttle.check({ ...rina, address: '192.0.2.9', knownDevice: false }, at(0)).allowed).toBe(true);
  });

  it('keeps at most maxKeys addresses in memory', () => {
    const throttle = new SignInThrottle({ ...defaultThrottleLimits, addressFailures: 1, maxKeys: 2 });
    for (const address of ['a', 'b', 'c']) throttle.recordFailure({ address, email: 'x@y', knownDevice: true }, at(0));
    expect(throttle.check({ address: 'a', email: 'x@y', knownDevice: true }, at(0)).allowed).toBe(true);
    expect(throttle.check({ address: 'c', email: 'x@y', knownDevice: true }, at(0)).allowed).toBe(false);
  });
});
