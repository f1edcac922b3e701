// The date-time picker works in wall-clock strings ("2026-11-26 09:00:00") with no zone; a
// post is scheduled on the brand's clock (WIB by default), not the officer's laptop clock.
import { dayjs } from '../../time/dayjs';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';

/** A picker value read on the workspace clock, as an ISO instant for the API. */
export function pickerValueToInstant(value: string, timezone: string): string {
  return dayjs.tz(value, timezone).toISOString();
}

/** An instant shown in the picker on the workspace clock. */
export function instantToPickerValue(instant: string | number, timezone: string): string {
  return dayjs(instant).tz(timezone).format(PICKER_FORMAT);
}

/** A sensible default: the next quarter hour at least 15 minutes ahead, on the workspace clock. */
export function nextSlot(now: number, timezone: string): string {
  const quarter = 15 * 60_000;
  return instantToPickerValue(Math.ceil((now + quarter) / quarter) * quarter, timezone);
}
