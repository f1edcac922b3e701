// Quick snooze choices. "Tomorrow 09:00" means 09:00 on the brand's wall clock (WIB, WITA
// or WIT), not the browser's: the officer may be travelling, the followers are not.
import { dayjs } from '../../../time/dayjs';

export type QuickSnooze = 'oneHour' | 'threeHours' | 'tomorrowMorning' | 'nextMonday';
export const quickSnoozes: readonly QuickSnooze[] = ['oneHour', 'threeHours', 'tomorrowMorning', 'nextMonday'];

const MORNING_HOUR = 9;

export function quickSnoozeUntil(choice: QuickSnooze, now: Date, timezone: string): string {
  const local = dayjs(now).tz(timezone);
  switch (choice) {
    case 'oneHour':
      return local.add(1, 'hour').toISOString();
    case 'threeHours':
      return local.add(3, 'hour').toISOString();
    case 'tomorrowMorning':
      return atMorning(local.add(1, 'day'), timezone);
    case 'nextMonday': {
      // dayjs: 0 = Sunday … 6 = Saturday; always the Monday after today.
      const daysAhead = ((8 - local.day()) % 7) || 7;
      return atMorning(local.add(daysAhead, 'day'), timezone);
    }
    default: {
      const unknown: never = choice;
      throw new Error(`Unknown snooze choice: ${String(unknown)}`);
    }
  }
}

function atMorning(day: ReturnType<typeof dayjs>, timezone: string): string {
  return dayjs.tz(`${day.format('YYYY-MM-DD')} ${String(MORNING_HOUR).padStart(2, '0')}:00`, timezone).toISOString();
}

/** A picker value ("YYYY-MM-DD HH:mm:ss", no zone) read on the workspace clock. */
export function wallClockToIso(value: string, timezone: string): string {
  return dayjs.tz(value, timezone).toISOString();
}
