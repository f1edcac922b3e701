import { describe, expect, it } from 'vitest';
import { instantToPickerValue, nextSlot, pickerValueToInstant } from './workspaceClock';

describe('workspace clock', () => {
  it('reads picker values on the workspace clock (WIB is UTC+7, WIT UTC+9)', () => {
    expect(pickerValueToInstant('2026-11-26 09:00:00', 'Asia/Jakarta')).toBe('2026-11-26T02:00:00.000Z');
    expect(pickerValueToInstant('2026-11-26 09:00:00', 'Asia/Jayapura')).toBe('2026-11-26T00:00:00.000Z');
    expect(instantToPickerValue('2026-11-26T02:00:00.000Z', 'Asia/Jakarta')).toBe('2026-11-26 09:00:00');
  });

  it('suggests the next quarter hour at least 15 minutes ahead', () => {
    expect(nextSlot(Date.parse('2026-11-26T02:07:00Z'), 'Asia/Jakarta')).toBe('2026-11-26 09:30:00');
  });
});
