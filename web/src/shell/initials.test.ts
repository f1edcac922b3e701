import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initialsOf', () => {
  it('takes letters only, never punctuation', () => {
    expect(initialsOf('Dewi (demo owner)', 'demo@sapa.local')).toBe('DD');
    expect(initialsOf('Rizky', 'r@x')).toBe('R');
    expect(initialsOf('  ', 'officer@sapa.local')).toBe('O');
  });
});
