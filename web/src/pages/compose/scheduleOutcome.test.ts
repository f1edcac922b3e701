import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import { classifyScheduleFailure } from './scheduleOutcome';

describe('classifyScheduleFailure', () => {
  it('tells blocking findings, pacing holds and other errors apart', () => {
    const findings = [{ rule: 'CLAIM.SAFETY', severity: 'block' }];
    expect(classifyScheduleFailure(new ApiError(422, 'blocked', 'Unprocessable Entity', { findings }))).toEqual({ kind: 'blocked', findings });
    const hold = { rule: 'PACE.POST_GAP', until: '2026-11-26T03:00:00.000Z', channelId: 'c1', message: { id: 'x', en: 'y' } };
    expect(classifyScheduleFailure(new ApiError(409, 'held', 'Conflict', { hold }))).toEqual({ kind: 'held', hold });
    expect(classifyScheduleFailure(new ApiError(409, 'The post is already scheduled.', 'Conflict', { message: 'x' })).kind).toBe('error');
    expect(classifyScheduleFailure(new Error('offline')).kind).toBe('error');
  });
});
