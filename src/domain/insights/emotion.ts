// Emotion: sentiment and the five emotions per day and per channel from the hourly rollup, and
// each emotion's triggers ranked by guarded lift (src/insights/triggers.ts).
import type { Kysely } from 'kysely';
import { EMOTION_LABELS, SENTIMENT_LABELS } from '../../analysis/types.js';
import { rankTriggers, type TriggerKind } from '../../insights/triggers.js';
import { localDateOf } from '../../insights/time-buckets.js';
import { messageFacts } from '../../insights/message-facts.js';
import { recentMessagesWithEmotion, summedCounts, termLabels, termTotals, type HourlyCount, type RangeFilter } from '../../store/repositories/insights-queries.js';
import type { Database } from '../../store/schema.js';
import { getBrandProfile } from '../brand-profile.js';

type Counts = Record<string, number>;
const zeros = (labels: readonly string[]): Counts => Object.fromEntries(labels.map((label) => [label, 0]));
const emotionLabels = [...EMOTION_LABELS, 'none'];

export async function emotionReport(db: Kysely<Database>, filter: RangeFilter, timezone: string) {
  const days = new Map<string, { sentiment: Counts; emotion: Counts }>();
  const channels = new Map<string, { sentiment: Counts; emotion: Counts }>();
  const fresh = () => ({ sentiment: zeros(SENTIMENT_LABELS), emotion: zeros(emotionLabels) });
  const add = (groups: Map<string, { sentiment: Counts; emotion: Counts }>, key: string, row: HourlyCount) => {
    const group = groups.get(key) ?? fresh();
    const counts = row.dimension === 'sentiment' ? group.sentiment : group.emotion;
    counts[row.label] = (counts[row.label] ?? 0) + row.count;
    groups.set(key, group);
  };
  for (const row of await summedCounts(db, filter, ['sentiment', 'emotion'], 'hour')) add(days, localDateOf(row.hour_at, timezone), row);
  for (const row of await summedCounts(db, filter, ['sentiment', 'emotion'], 'channel')) add(channels, row.channel_id, row);
  return {
    daily: [...days].map(([date, counts]) => ({ date, ...counts })).sort((a, b) => a.date.localeCompare(b.date)),
    byChannel: [...channels].map(([channelId, counts]) => ({ channelId, ...counts })),
  };
}

export async function emotionTriggers(db: Kysely<Database>, filter: RangeFilter, emotion: (typeof EMOTION_LABELS)[number]) {
  const minCount = 5;
  const emotionRows = await summedCounts(db, filter, ['emotion'], 'channel');
  const baseline = {
    withEmotion: emotionRows.filter((row) => row.label === emotion).reduce((sum, row) => sum + row.count, 0),
    total: emotionRows.reduce((sum, row) => sum + row.count, 0),
  };
  const terms = (await termTotals(db, filter, emotion, minCount))
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
