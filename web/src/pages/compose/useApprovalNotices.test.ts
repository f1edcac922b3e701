import { describe, expect, it } from 'vitest';
import { approvalNotice, excerpt } from './useApprovalNotices';

describe('approvalNotice', () => {
  it('tells the author of a decision, and managers of a submission by someone else', () => {
    expect(approvalNotice('approved', 'me', 'me', false)).toBe('approvedNotice');
    expect(approvalNotice('rejected', 'me', 'me', false)).toBe('rejectedNotice');
    expect(approvalNotice('rejected', 'other', 'me', true)).toBeNull();
    expect(approvalNotice('submitted', 'other', 'me', true)).toBe('submittedNotice');
    expect(approvalNotice('submitted', 'other', 'me', false)).toBeNull();
    expect(approvalNotice('submitted', 'me', 'me', true)).toBeNull();
  });

  it('quotes a short excerpt of the post', () => {
    expect(excerpt('Halo\n\nsemua')).toBe('Halo semua');
    expect(excerpt('a'.repeat(80))).toBe(`${'a'.repeat(60)}…`);
  });
});
