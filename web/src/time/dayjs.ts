import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/id';
import type { Locale } from '../api/types';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

/** Most Sapa workspaces are Indonesian brands; WIB is the sensible default. */
export const DEFAULT_TIMEZONE = 'Asia/Jakarta';

export function applyDateLocale(locale: Locale): void {
  dayjs.locale(locale);
}

export { dayjs };
