// Proximity: how fast and how fully the team answers — first-response times (wall clock and
// business hours), breaches, conversations waiting now, by channel, officer and intent, per day.
// The database groups the events twice (by channel and officer; by hour and intents, see
// responseGroups); the quantiles are taken here from each group's durations.
import type { Kysely } from 'kysely';
import { businessDurationMs } from '../../insights/business-time.js';
import { quantileOfSorted, sortedNumbers } from '../../insights/stats.js';
import { localDateOf } from '../../insights/time-buckets.js';
import { answeredSpans, responseGroups, userNames, waitingNow, type RangeFilter, type ResponseGroupRow } from '../../store/repositories/insights-queries.js';
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

interface ParsedGroup {
  first: string;
  second: string;
  breach: boolean;
  events: number;
  /** First responses' durations (a breach's are not response times). */
  durations: number[];
}

function parsed(rows: readonly ResponseGroupRow[]): ParsedGroup[] {
  return rows.map((row) => ({
    first: String(row.first), second: row.second, breach: row.breach === 1, events: row.events,
    durations: row.breach === 1 || row.durations === null || row.durations === '' ? [] : row.durations.split(',').map(Number),
  }));
}

/**
 * Groups merged under the keys `keysOf` gives (an intents list names several; hours fold into
 * local days), sorted by answered count. Breaches are counted per group, as the report always has.
 */
function merged(groups: readonly ParsedGroup[], keysOf: (group: ParsedGroup) => string[]) {
  const byKey = new Map<string, { durations: number[]; breaches: number }>();
  for (const group of groups) {
    for (const key of keysOf(group)) {
      const entry = byKey.get(key) ?? { durations: [], breaches: 0 };
      for (const duration of group.durations) entry.durations.push(duration);
      if (group.breach) entry.breaches += group.events;
      byKey.set(key, entry);
    }
  }
  return [...byKey].map(([key, entry]) => ({ key, ...summary(entry.durations), breaches: entry.breaches }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// Conversations share a handful of intent lists: parse each distinct JSON text once.
const parsedIntents = new Map<string, string[]>();

function intentsOf(text: string): string[] {
  let intents = parsedIntents.get(text);
  if (intents === undefined) {
    const list = JSON.parse(text) as string[];
    intents = list.length === 0 ? ['other'] : list;
    if (parsedIntents.size > 1_000) parsedIntents.clear();
    parsedIntents.set(text, intents);
  }
  return intents;
}

export async function proximityReport(db: Kysely<Database>, filter: RangeFilter) {
  const policy = await loadInboxPolicy(db, filter.workspaceId);
  const people = parsed(await responseGroups(db, filter, 'people'));
  const time = parsed(await responseGroups(db, filter, 'time'));
  const wall = people.flatMap((group) => group.durations);
  const events = people.reduce((sum, group) => sum + group.events, 0);
  const hours = policy.response.businessHours;
  const wallSummary = summary(wall);
  const business = hours === null ? null
    : (await answeredSpans(db, filter)).map((row) => businessDurationMs(row.at - (row.duration_ms ?? 0), row.at, hours, policy.timezone));
  const waiting = await waitingNow(db, filter.workspaceId, filter.channelId);
  const answering = people.filter((group) => !group.breach);
  const names = await userNames(db, [...new Set(answering.flatMap((group) => (group.second === '' ? [] : [group.second])))]);
  return {
    firstResponse: { wallClock: wallSummary, businessHours: business === null ? wallSummary : summary(business), businessHoursSet: hours !== null },
    // Breaches, and first responses without a duration.
    breaches: events - wall.length,
    waitingNow: waiting,
    answeredShare: wall.length + waiting === 0 ? null : wall.length / (wall.length + waiting),
    byChannel: merged(people, (group) => [group.first]).map(({ key, ...rest }) => ({ channelId: key, ...rest })),
    byOfficer: merged(answering, (group) => [group.second])
      .map(({ key, ...rest }) => ({ userId: key === '' ? null : key, name: names.get(key) ?? null, ...rest })),
    byIntent: merged(time, (group) => intentsOf(group.second)).map(({ key, ...rest }) => ({ intent: key, ...rest })),
    daily: merged(time, (group) => [localDateOf(Number(group.first), policy.timezone)])
      .map(({ key, count, medianMs, breaches }) => ({ date: key, answered: count, medianMs, breaches }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}
