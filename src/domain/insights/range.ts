// The date range of an Insights request: whole workspace-local days, last 7 by default.
import { DateTime } from 'luxon';
import { DomainError } from '../errors.js';

export interface ResolvedRange {
  from: number;
  /** Exclusive: the start of the day after the last one asked. */
  to: number;
  fromDate: string;
  toDate: string;
}

const maxDays = 366;

export function resolveRange(timezone: string, query: { from?: string | undefined; to?: string | undefined }, now = Date.now()): ResolvedRange {
  const last = query.to === undefined ? DateTime.fromMillis(now, { zone: timezone }).startOf('day') : DateTime.fromISO(query.to, { zone: timezone });
  const first = query.from === undefined ? last.minus({ days: 6 }) : DateTime.fromISO(query.from, { zone: timezone });
  if (!first.isValid || !last.isValid) throw new DomainError('invalid_input', 'from and to must be dates (YYYY-MM-DD).');
  if (first > last) throw new DomainError('invalid_input', 'from must not be after to.');
  if (last.diff(first, 'days').days >= maxDays) throw new DomainError('invalid_input', `A range covers at most ${maxDays} days.`);
  return { from: first.toMillis(), to: last.plus({ days: 1 }).toMillis(), fromDate: first.toISODate() ?? '', toDate: last.toISODate() ?? '' };
}
