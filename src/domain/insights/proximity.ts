// Proximity: how fast and how fully the team answers — first-response times (wall clock and
// business hours), breaches, conversations waiting now, by channel, officer and intent, per day.
import type { Kysely } from 'kysely';
import { businessDurationMs } from '../../insights/business-time.js';
import { quantileOfSorted, sortedNumbers } from '../../insights/stats.js';
import { localDateOf } from '../../insights/time-buckets.js';
import { responseEvents, userNames, waitingNow, type RangeFilter, type ResponseEventRow } from '../../store/repositories/insights-queries.js';
import type { Database } from '../../store/schema.js';
import { loadInboxPolicy } from '../policies.js';

export interface TimingSummary {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

function summary(durations: readonly number[]): TimingSummary {
  const sorted = sortedNumbers(durations);
  return { count: durations.length, medianMs: quantileOfSorted(sorted, 0.5), p90Ms: quantileOfSorted(sorted, 0.9) };
}

function grouped(rows: readonly ResponseEventRow[], keyOf: (row: ResponseEventRow) => string[]): Array<{ key: string } & TimingSummary & { breaches: number }> {
  const groups = new Map<string, { durations: number[]; breaches: number }>();
  for (const row of rows) {
    for (const key of keyOf(row)) {
      const group = groups.get(key) ?? { durations: [], breaches: 0 };
      if (row.kind === 'breach') group.breaches += 1;
      else if (row.duration_ms !== null) group.durations.push(row.duration_ms);
      groups.set(key, group);
    }
  }
  return [...groups].map(([key, group]) => ({ key, ...summary(group.durations), breaches: group.breaches })).sort((a, b) => b.count - a.count);
}

// Conversations share a handful of intent lists: parse each distinct JSON text once.
const parsedIntents = new Map<string, string[]>();

function intentsOf(row: ResponseEventRow): string[] {
  const text = row.last_intents ?? '[]';
  let intents = parsedIntents.get(text);
  if (intents === undefined) {
    const parsed = JSON.parse(text) as string[];
    intents = parsed.length === 0 ? ['other'] : parsed;
    if (parsedIntents.size > 1_000) parsedIntents.clear();
    parsedIntents.set(text, intents);
  }
  return intents;
}

export async function proximityReport(db: Kysely<Database>, filter: RangeFilter) {
  const policy = await loadInboxPolicy(db, filter.workspaceId);
  const rows = await responseEvents(db, filter);
  const answered = rows.filter((row) => row.kind === 'first_response' && row.duration_ms !== null);
  const wall = answered.map((row) => row.duration_ms ?? 0);
  const hours = policy.response.businessHours;
  const wallSummary = summary(wall);
  const business = hours === null ? null : answered.map((row) => businessDurationMs(row.at - (row.duration_ms ?? 0), row.at, hours, policy.timezone));
  const waiting = await waitingNow(db, filter.workspaceId, filter.channelId);
  const names = await userNames(db, [...new Set(rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id])))]);
  return {
    firstResponse: { wallClock: wallSummary, businessHours: business === null ? wallSummary : summary(business), businessHoursSet: hours !== null },
    breaches: rows.length - answered.length,
    waitingNow: waiting,
    answeredShare: answered.length + waiting === 0 ? null : answered.length / (answered.length + waiting),
    byChannel: grouped(rows, (row) => [row.channel_id]).map(({ key, ...rest }) => ({ channelId: key, ...rest })),
    byOfficer: grouped(rows.filter((row) => row.kind === 'first_response'), (row) => [row.user_id ?? ''])
      .map(({ key, ...rest }) => ({ userId: key === '' ? null : key, name: names.get(key) ?? null, ...rest })),
    byIntent: grouped(rows, intentsOf).map(({ key, ...rest }) => ({ intent: key, ...rest })),
    daily: grouped(rows, (row) => [localDateOf(row.at, policy.timezone)]).map(({ key, count, medianMs, breaches }) => ({ date: key, answered: count, medianMs, breaches }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}
