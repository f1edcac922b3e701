// What a failed send means for the officer: a content-guard block (422) to fix or override,
// a pacing hold (409) to wait out, a lost connection to retry with the same key, or an error.
import { ApiError } from '../../../api/http';
import type { PacingHold, ServerGuardFinding } from '../../../api/inboxTypes';

export type ReplyFailure =
  | { kind: 'blocked'; message: string; findings: ServerGuardFinding[] }
  | { kind: 'held'; hold: PacingHold }
  /** The outcome is unknown: the same idempotency key must be used when sending again. */
  | { kind: 'retry' }
  | { kind: 'error'; error: unknown };

function isHold(value: unknown): value is PacingHold {
  if (typeof value !== 'object' || value === null) return false;
  const hold = value as Partial<PacingHold>;
  return typeof hold.rule === 'string' && typeof hold.until === 'string' && typeof hold.message === 'object' && hold.message !== null;
}

export function classifyReplyFailure(error: unknown): ReplyFailure {
  if (!(error instanceof ApiError)) return { kind: 'error', error };
  const body = (typeof error.body === 'object' && error.body !== null ? error.body : {}) as { findings?: unknown; hold?: unknown };
  if (error.status === 422 && Array.isArray(body.findings)) return { kind: 'blocked', message: error.message, findings: body.findings as ServerGuardFinding[] };
  if (error.status === 409 && isHold(body.hold)) return { kind: 'held', hold: body.hold };
  // No answer, or the server broke mid-way: the reply may or may not be stored.
  if (error.status === 0 || error.status >= 500) return { kind: 'retry' };
  return { kind: 'error', error };
}
