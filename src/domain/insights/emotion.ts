// Emotion: sentiment and the five emotions per day and per channel from the daily and hourly rollups, and
// each emotion's triggers ranked by guarded lift (src/insights/triggers.ts).
import type { Kysely } from 'kysely';
import { EMOTION_LABELS, SENTIMENT_LABELS } from '../../analysis/types.js';
import { rankTriggers, type TriggerKind } from '../../insights/triggers.js';
import { dayMs, localDateOf, localWeekStart, nextLocalWeekStart } from '../../insights/time-buckets.js';
import { messageFacts } from '../../insights/message-facts.js';
import { dayTermSums, recentMessagesWithEmotion, termLabels, termTotals, weekTermSums, type HourlyCount, type RangeFilter, type TermTotals } from '../../store/repositories/insights-queries.js';
import { workspaceTimezones } from '../../store/repositories/insights-rollups.js';
import type { Database } from '../../store/schema.js';
import { getBrandProfile } from '../brand-profile.js';
import { rangeCounts } from './range-counts.js';

type Counts = Record<string, number>;
const zeros = (labels: readonly string[]): Counts => Object.fromEntries(labels.map((label) => [label, 0]));
const emotionLabels = [...EMOTION_LABELS, 'none'];

export async function emotionReport(db: Kysely<Database>, filter: RangeFilter, timezone: string, options: { fromDays?: boolean } = {}) {
  const days = new Map<string, { sentiment: Counts; emotion: Counts }>();
  const channels = new Map<string, { sentiment: Counts; emotion: Counts }>();
  const fresh = () => ({ sentiment: zeros(SENTIMENT_LABELS), emotion: zeros(emotionLabels) });
  const add = (groups: Map<string, { sentiment: Counts; emotion: Counts }>, key: string, row: HourlyCount) => {
    const group = groups.get(key) ?? fresh();
    const counts = row.dimension === 'sentiment' ? group.sentiment : group.emotion;
    counts[row.label] = (counts[row.label] ?? 0) + row.count;
    groups.set(key, group);
  };
  for (const row of await rangeCounts(db, filter, ['sentiment', 'emotion'], 'hour', options)) add(days, localDateOf(row.hour_at, timezone), row);
  for (const row of await rangeCounts(db, filter, ['sentiment', 'emotion'], 'channel', options)) add(channels, row.channel_id, row);
  return {
    daily: [...days].map(([date, counts]) => ({ date, ...counts })).sort((a, b) => a.date.localeCompare(b.date)),
    byChannel: [...channels].map(([channelId, counts]) => ({ channelId, ...counts })),
  };
}

type TermEmotion = (typeof EMOTION_LABELS)[number];

/** Longer than this, an edge of the range is read as its whole week less the days outside it. */
const subtractFromWeekAfterMs = 3.5 * dayMs;

/**
 * Each term's counts over the range's days with the emotion seen at least `minCount` times. Over
 * every channel, the whole local weeks inside the range come from the weekly sums and the days
 * around them from the daily ones, or, for an edge of more than half a week, from its week's sum
 * less the days outside the range (a week is the sum of its days, so the subtraction is exact);
 * the same figures as the days alone (emotion-terms.test.ts).
 */
export async function rangeTermTotals(db: Kysely<Database>, filter: RangeFilter, emotion: TermEmotion, minCount: number, options: { fromWeeks?: boolean } = {}): Promise<TermTotals[]> {
  if (filter.channelId !== null || options.fromWeeks === false) return termTotals(db, filter, emotion, minCount);
  const timezone = (await workspaceTimezones(db, [filter.workspaceId])).get(filter.workspaceId) ?? 'Asia/Jakarta';
  const startWeek = localWeekStart(filter.from, timezone);
  let firstWeek = startWeek;
  if (firstWeek < filter.from) firstWeek = nextLocalWeekStart(firstWeek, timezone);
  let weeksEnd = firstWeek;
  while (nextLocalWeekStart(weeksEnd, timezone) <= filter.to) weeksEnd = nextLocalWeekStart(weeksEnd, timezone);
  if (weeksEnd === firstWeek) return termTotals(db, filter, emotion, minCount);
  const parts: Array<{ sign: 1 | -1; rows: TermTotals[] }> = [{ sign: 1, rows: await weekTermSums(db, filter.workspaceId, firstWeek, weeksEnd, emotion) }];
  // Days in [from, firstWeek): those of the week before, or that week less its days before `from`.
  if (filter.from < firstWeek) {
    if (firstWeek - filter.from > subtractFromWeekAfterMs) {
      parts.push({ sign: 1, rows: await weekTermSums(db, filter.workspaceId, startWeek, firstWeek, emotion) });
      parts.push({ sign: -1, rows: await dayTermSums(db, { ...filter, from: startWeek, to: filter.from }, emotion) });
    } else parts.push({ sign: 1, rows: await dayTermSums(db, { ...filter, to: firstWeek }, emotion) });
  }
  // Days in [weeksEnd, to): those days, or their week less its days from `to` on.
  if (weeksEnd < filter.to) {
    if (filter.to - weeksEnd > subtractFromWeekAfterMs) {
      const lastWeekEnd = nextLocalWeekStart(weeksEnd, timezone);
      parts.push({ sign: 1, rows: await weekTermSums(db, filter.workspaceId, weeksEnd, lastWeekEnd, emotion) });
      parts.push({ sign: -1, rows: await dayTermSums(db, { ...filter, from: filter.to, to: lastWeekEnd }, emotion) });
    } else parts.push({ sign: 1, rows: await dayTermSums(db, { ...filter, from: weeksEnd }, emotion) });
  }
  const merged = new Map<string, TermTotals>();
  for (const { sign, rows } of parts) {
    for (const row of rows) {
      const key = `${row.kind}\u0000${row.term}`;
      const known = merged.get(key);
      if (known === undefined) merged.set(key, { ...row, with_emotion: sign * row.with_emotion, total: sign * row.total });
      else {
        known.with_emotion += sign * row.with_emotion;
        known.total += sign * row.total;
      }
    }
  }
  // A term seen only on the subtracted days nets to nothing: the days alone would not list it.
  return [...merged.values()].filter((row) => row.total > 0 && row.with_emotion >= minCount);
}

export async function emotionTriggers(db: Kysely<Database>, filter: RangeFilter, emotion: TermEmotion, options: { fromWeeks?: boolean; fromDays?: boolean } = {}) {
  const minCount = 5;
  const emotionRows = await rangeCounts(db, filter, ['emotion'], 'channel', options);
  const baseline = {
    withEmotion: emotionRows.filter((row) => row.label === emotion).reduce((sum, row) => sum + row.count, 0),
    total: emotionRows.reduce((sum, row) => sum + row.count, 0),
  };
  const terms = (await rangeTermTotals(db, filter, emotion, minCount, options))
    .map((row) => ({ kind: row.kind as TriggerKind, term: row.term, withEmotion: row.with_emotion, total: row.total }));
  const ranked = rankTriggers(terms, baseline, { minCount, limit: 15 });
  const posts = await termLabels(db, filter.workspaceId, 'post', ranked.filter((t) => t.kind === 'post').map((t) => t.term));
  return {
    emotion,
    baseline: { ...baseline, share: baseline.total === 0 ? null : baseline.withEmotion / baseline.total },
    triggers: ranked.map((trigger) => ({ ...trigger, label: trigger.kind === 'post' ? posts.get(trigger.term) ?? trigger.term : trigger.term })),
  };
}

/** The messages behind one trigger: recent messages with the emotion that carry the term. */
export async function triggerMessages(db: Kysely<Database>, filter: RangeFilter, emotion: string, kind: TriggerKind, term: string) {
  const products = ((await getBrandProfile(db, filter.workspaceId)).products ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [] }));
  const candidates = await recentMessagesWithEmotion(db, filter, emotion, 5_000);
  const matching = candidates.filter((message) => {
    const facts = messageFacts(message.text, message.analysis, products);
    if (kind === 'keyword') return facts.keywords.includes(term);
    if (kind === 'product') return facts.products.includes(term);
    if (kind === 'intent') return facts.intents.includes(term);
    return message.root_post_network_id === term;
  });
  return matching.slice(0, 50).map((message) => ({ id: message.id, conversationId: message.conversation_id, text: message.text, sentAt: new Date(message.sent_at).toISOString() }));
}
