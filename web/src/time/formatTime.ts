import { dayjs } from './dayjs';

// Within a week "5 minutes ago" reads best; past that an officer wants the date,
// and the date must be the one on the brand's wall clock, not the browser's.
const RELATIVE_LIMIT_DAYS = 6;

export interface TimeContext {
  timezone: string;
  locale: string;
  now?: Date;
}

export function formatRelativeTime(isoInstant: string, { timezone, locale, now = new Date() }: TimeContext): string {
  const instant = dayjs(isoInstant);
  const current = dayjs(now);
  if (current.diff(instant, 'day') >= RELATIVE_LIMIT_DAYS) {
    const sameYear = instant.tz(timezone).year() === current.tz(timezone).year();
    return instant.tz(timezone).locale(locale).format(sameYear ? 'D MMM' : 'D MMM YYYY');
  }
  return instant.locale(locale).from(current);
}

/** Full date and time on the workspace clock, with its zone, e.g. "26 Nov 2026 09.15 WIB". */
export function formatWorkspaceDateTime(isoInstant: string, { timezone, locale }: TimeContext): string {
  const local = dayjs(isoInstant).tz(timezone).locale(locale);
  return `${local.format('D MMM YYYY HH:mm')} ${timeZoneAbbreviation(isoInstant, timezone, locale)}`;
}

/** Short clock time on the workspace clock, for messages in a thread. */
export function formatWorkspaceClock(isoInstant: string, { timezone, locale }: TimeContext): string {
  return dayjs(isoInstant).tz(timezone).locale(locale).format('D MMM HH:mm');
}

// Indonesians say WIB, WITA and WIT in either language, and only Intl's "id-ID"
// names them so; for zones it cannot name we ask the officer's locale instead.
export function timeZoneAbbreviation(isoInstant: string, timezone: string, locale: string): string {
  const indonesianName = zoneName(isoInstant, timezone, 'id-ID');
  if (indonesianName && !indonesianName.startsWith('GMT')) return indonesianName;
  return zoneName(isoInstant, timezone, locale === 'id' ? 'id-ID' : 'en-US') ?? timezone;
}

function zoneName(isoInstant: string, timezone: string, intlLocale: string): string | undefined {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale, { timeZone: timezone, timeZoneName: 'short' }).formatToParts(new Date(isoInstant));
    return parts.find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}
