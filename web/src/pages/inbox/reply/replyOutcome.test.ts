import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http';
import { classifyReplyFailure } from './replyOutcome';

describe('classifyReplyFailure', () => {
  it('reads a guard block with its findings', () => {
    const findings = [{ rule: 'CLAIM.SAFETY', start: 0, end: 4 }];
    expect(classifyReplyFailure(new ApiError(422, 'blocked', 'Unprocessable Entity', { findings }))).toEqual({ kind: 'blocked', message: 'blocked', findings });
  });

  it('reads a pacing hold, but not any other conflict', () => {
    const hold = { rule: 'PACE.CONTACT_CAP', until: '2026-11-26T10:00:00.000Z', message: { id: 'a', en: 'b' } };
    expect(classifyReplyFailure(new ApiError(409, 'held', 'Conflict', { hold }))).toEqual({ kind: 'held', hold });
    expect(classifyReplyFailure(new ApiError(409, 'key used', 'Conflict', { message: 'key used' })).kind).toBe('error');
  });

  it('asks for a retry with the same key when the outcome is unknown', () => {
    expect(classifyReplyFailure(new ApiError(0, 'offline', 'NetworkError')).kind).toBe('retry');
    expect(classifyReplyFailure(new ApiError(503, 'down', 'Service Unavailable')).kind).toBe('retry');
    expect(classifyReplyFailure(new ApiError(403, 'no', 'Forbidden')).kind).toBe('error');
    expect(classifyReplyFailure(new Error('boom')).kind).toBe('error');
  });
});
