// Every reason the server gives for leaving a CSV row out has words in both languages.
import { describe, expect, it } from 'vitest';
import { rowErrorCodes } from '../../../../src/domain/planning/csv-import.js';
import { calendarEn } from '../../i18n/calendar/en';
import { calendarId } from '../../i18n/calendar/id';

describe('CSV import row errors', () => {
  it('are all translated', () => {
    expect(Object.keys(calendarEn.import.errors).sort()).toEqual([...rowErrorCodes].sort());
    expect(Object.keys(calendarId.import.errors).sort()).toEqual([...rowErrorCodes].sort());
  });
});
