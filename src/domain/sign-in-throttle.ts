// Failed sign-ins, counted per client address and per account (issue 12, defect 6).
// - Per address: one client trying many e-mails is stopped (20 failures per 15 minutes).
// - Per account: 5 failures in 15 minutes lock the account for 5 minutes, but only for
//   browsers that never signed in to it. A browser that did carries a device cookie and
//   keeps signing in, so nobody can lock the real user out by guessing their e-mail.
// Counts live in memory per API process (as @fastify/rate-limit's do); a restart forgets them.

export interface ThrottleLimits {
  windowMs: number;
  addressFailures: number;
  accountFailures: number;
  accountLockMs: number;
  /** Keys kept at most; the oldest are forgotten first, so a flood cannot grow memory. */
  maxKeys: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  windowMs: 15 * 60_000, addressFailures: 20, accountFailures: 5, accountLockMs: 5 * 60_000, maxKeys: 50_000,
};

export type ThrottleDecision = { allowed: true } | { allowed: false; reason: 'address' | 'account'; retryAfterMs: number };

export interface SignInAttempt {
  address: string;
  email: string;
  /** The browser shows a device cookie of an earlier successful sign-in to this account. */
  knownDevice: boolean;
}

class FailureLog {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly windowMs: number, private readonly maxKeys: number) {}

  recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  add(key: string, now: number): void {
    const kept = this.recent(key, now);
    this.failures.delete(key);
    this.failures.set(key, [...kept, now]);
    if (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value ?? '');
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

export class SignInThrottle {
  private readonly byAddress: FailureLog;
  private readonly byAccount: FailureLog;

  constructor(private readonly limits: ThrottleLimits = defaultThrottleLimits) {
    this.byAddress = new FailureLog(limits.windowMs, limits.maxKeys);
    this.byAccount = new FailureLog(limits.windowMs, limits.maxKeys);
  }

  check(attempt: SignInAttempt, now = Date.now()): ThrottleDecision {
    const fromAddress = this.byAddress.recent(attempt.address, now);
    if (fromAddress.length >= this.limits.addressFailures) {
      return { allowed: false, reason: 'address', retryAfterMs: (fromAddress[0] ?? now) + this.limits.windowMs - now };
    }
    if (attempt.knownDevice) return { allowed: true };
    const onAccount = this.byAccount.recent(attempt.email, now);
    const lockedUntil = (onAccount.at(-1) ?? 0) + this.limits.accountLockMs;
    if (onAccount.length >= this.limits.accountFailures && lockedUntil > now) return { allowed: false, reason: 'account', retryAfterMs: lockedUntil - now };
    return { allowed: true };
  }

  recordFailure(attempt: SignInAttempt, now = Date.now()): void {
    this.byAddress.add(attempt.address, now);
    // A known device's typos do not count towards locking the account for everyone else.
    if (!attempt.knownDevice) this.byAccount.add(attempt.email, now);
  }

  recordSuccess(attempt: SignInAttempt): void {
    this.byAccount.clear(attempt.email);
  }
}
