// What a refused schedule means for the officer: blocking findings (422, a manager may
// override), a pacing hold (409 with the earliest time), or a plain error to show.
import { ApiError } from '../../api/http';
import type { GuardBlockedBody, PacingHold } from '../../api/composeTypes';
import type { Finding } from '../../content-guard/guard';

export type ScheduleProblem =
  | { kind: 'blocked'; findings: Finding[] }
  | { kind: 'held'; hold: PacingHold }
  | { kind: 'error'; error: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function classifyScheduleFailure(error: unknown): ScheduleProblem {
  const body = error instanceof ApiError && isRecord(error.body) ? error.body : null;
  if (error instanceof ApiError && error.status === 422 && body !== null && Array.isArray(body.findings)) {
    return { kind: 'blocked', findings: (body as unknown as GuardBlockedBody).findings };
  }
  if (error instanceof ApiError && error.status === 409 && body !== null && isRecord(body.hold)) {
    return { kind: 'held', hold: body.hold as unknown as PacingHold };
  }
  return { kind: 'error', error };
}
