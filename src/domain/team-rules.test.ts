import { describe, expect, it } from 'vitest';
import { leavesNoOwner, mayGrantRole, mayManageMember } from './team-rules.js';
import { formatInviteCode, newInviteCode, normaliseInviteCode } from './invite-codes.js';

describe('team rules', () => {
  it('lets an owner manage anyone and a manager only officers and viewers', () => {
    expect(mayManageMember('owner', 'owner')).toBe(true);
    expect(mayManageMember('manager', 'officer')).toBe(true);
    expect(mayManageMember('manager', 'viewer')).toBe(true);
    expect(mayManageMember('manager', 'manager')).toBe(false);
    expect(mayManageMember('manager', 'owner')).toBe(false);
    expect(mayManageMember('officer', 'viewer')).toBe(false);
    expect(mayGrantRole('manager', 'manager')).toBe(false);
    expect(mayGrantRole('owner', 'owner')).toBe(true);
  });

  it('refuses to leave a workspace without an owner', () => {
    expect(leavesNoOwner('owner', 'manager', 1)).toBe(true);
    expect(leavesNoOwner('owner', null, 1)).toBe(true);
    expect(leavesNoOwner('owner', 'manager', 2)).toBe(false);
    expect(leavesNoOwner('owner', 'owner', 1)).toBe(false);
    expect(leavesNoOwner('manager', null, 1)).toBe(false);
  });
});

describe('invite codes', () => {
  it('are 12 characters in groups of four, and typing is forgiving', () => {
    const code = newInviteCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseInviteCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normaliseInviteCode('ABCD-EFGH-JKOI')).toBe('ABCDEFGHJK01');
    expect(formatInviteCode('ABCDEFGHJK01')).toBe('ABCD-EFGH-JK01');
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseInviteCode('ABCD')).toBeNull();
    expect(normaliseInviteCode('ABCD-EFGH-JKU1')).toBeNull();
    expect(normaliseInviteCode('../../etc/passwd')).toBeNull();
  });
});
