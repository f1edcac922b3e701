import { describe, expect, it } from 'vitest';
import { formatRelativeTime, formatWorkspaceDateTime } from './formatTime';

const now = new Date('2026-11-26T10:00:00Z');

describe('formatRelativeTime', () => {
  it('speaks relative time within a week, in the chosen language', () => {
    expect(formatRelativeTime('2026-11-26T09:55:00Z', { timezone: 'Asia/Jakarta', locale: 'en', now })).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-11-26T09:55:00Z', { timezone: 'Asia/Jakarta', locale: 'id', now })).toBe('5 menit yang lalu');
  });

  it('shows the date on the workspace clock for older messages', () => {
    // 17:30 UTC on 1 Nov is already 2 Nov in Jakarta (UTC+7).
    expect(formatRelativeTime('2026-11-01T17:30:00Z', { timezone: 'Asia/Jakarta', locale: 'en', now })).toBe('2 Nov');
    expect(formatRelativeTime('2026-11-01T17:30:00Z', { timezone: 'UTC', locale: 'en', now })).toBe('1 Nov');
  });
});

describe('formatWorkspaceDateTime', () => {
  it('names Indonesian zones the Indonesian way', () => {
    expect(formatWorkspaceDateTime('2026-11-26T02:15:00Z', { timezone: 'Asia/Jakarta', locale: 'en' })).toBe('26 Nov 2026 09:15 WIB');
    expect(formatWorkspaceDateTime('2026-11-26T02:15:00Z', { timezone: 'Asia/Makassar', locale: 'id' })).toBe('26 Nov 2026 10:15 WITA');
    expect(formatWorkspaceDateTime('2026-11-26T02:15:00Z', { timezone: 'Asia/Jayapura', locale: 'id' })).toBe('26 Nov 2026 11:15 WIT');
  });
});
