// How found public posts feed Insights: each post (counted once per channel however many saved
// searches found it) adds to the hourly rollup under its own dimensions, so the inbox's own
// counts (volume, sentiment, alarm) stay what they were and the crisis radar can judge
// listening against listening's own usual share.
import { messageFacts, type ProductNames } from '../../insights/message-facts.js';
import { hourStart } from '../../insights/time-buckets.js';
import type { InsightHourlyTable } from '../../store/schema.js';

export const listeningDimensions = {
  volume: 'listening_volume',
  sentiment: 'listening_sentiment',
  emotion: 'listening_emotion',
  /** Negative or angry, as the radar counts inbox alarm. */
  alarm: 'listening_alarm',
} as const;

export interface CountedPost {
  workspace_id: string;
  channel_id: string;
  text: string;
  analysis: string | null;
  sent_at: number;
}

export function listeningHourlyRows(posts: readonly CountedPost[], products: readonly ProductNames[]): InsightHourlyTable[] {
  const rows = new Map<string, InsightHourlyTable>();
  const add = (post: CountedPost, dimension: string, label: string): void => {
    const hourAt = hourStart(post.sent_at);
    const key = `${post.workspace_id}\u0000${dimension}\u0000${hourAt}\u0000${post.channel_id}\u0000${label}`;
    const known = rows.get(key);
    if (known === undefined) rows.set(key, { workspace_id: post.workspace_id, dimension, hour_at: hourAt, channel_id: post.channel_id, label, count: 1 });
    else known.count += 1;
  };
  for (const post of posts) {
    const facts = messageFacts(post.text, post.analysis, products);
    add(post, listeningDimensions.volume, 'found');
    if (facts.sentiment !== null) add(post, listeningDimensions.sentiment, facts.sentiment);
    add(post, listeningDimensions.emotion, facts.emotion);
    if (facts.alarm) add(post, listeningDimensions.alarm, 'negative');
  }
  return [...rows.values()];
}
