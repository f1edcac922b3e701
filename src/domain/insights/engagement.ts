// Engagement: what the brand's published posts gathered (reactions, replies, reposts, views
// where the network gives them) per post and per channel in the range, and the best hours to
// post from the last 90 days of its own history (src/insights/best-hours.ts).
import type { Kysely } from 'kysely';
import { bestHours } from '../../insights/best-hours.js';
import { dayMs } from '../../insights/time-buckets.js';
import { localDateOf } from '../../insights/time-buckets.js';
import { engagementHistory, metricsPublishedIn, type EngagementRow } from '../../store/repositories/post-metrics.js';
import type { RangeFilter } from '../../store/repositories/insights-queries.js';
import type { Database } from '../../store/schema.js';

const historyDays = 90;

interface Sums { likes: number; replies: number; reposts: number; quotes: number; views: number | null; engagement: number }

const empty = (): Sums => ({ likes: 0, replies: 0, reposts: 0, quotes: 0, views: null, engagement: 0 });

function add(sums: Sums, row: EngagementRow): void {
  sums.likes += row.likes;
  sums.replies += row.replies;
  sums.reposts += row.reposts;
  sums.quotes += row.quotes;
  if (row.views !== null) sums.views = (sums.views ?? 0) + row.views;
  sums.engagement += row.likes + row.replies + row.reposts + row.quotes;
}

export async function engagementReport(db: Kysely<Database>, filter: RangeFilter, timezone: string) {
  const rows = await metricsPublishedIn(db, filter);
  const posts = new Map<string, Sums & { postId: string; text: string; publishedAt: number; channelIds: string[] }>();
  const channels = new Map<string, Sums & { posts: number }>();
  const days = new Map<string, Sums & { posts: number }>();
  for (const row of rows) {
    const post = posts.get(row.post_id) ?? { ...empty(), postId: row.post_id, text: row.text, publishedAt: row.published_at, channelIds: [] };
    add(post, row);
    post.channelIds.push(row.channel_id);
    post.publishedAt = Math.min(post.publishedAt, row.published_at);
    posts.set(row.post_id, post);
    const channel = channels.get(row.channel_id) ?? { ...empty(), posts: 0 };
    add(channel, row);
    channel.posts += 1;
    channels.set(row.channel_id, channel);
    const date = localDateOf(row.published_at, timezone);
    const day = days.get(date) ?? { ...empty(), posts: 0 };
    add(day, row);
    day.posts += 1;
    days.set(date, day);
  }
  const history = await engagementHistory(db, filter.workspaceId, filter.channelId, filter.to - historyDays * dayMs);
  const hours = bestHours(history.filter((item) => item.published_at < filter.to).map((item) => ({ publishedAt: item.published_at, engagement: item.engagement })), timezone);
  const variants = rows.length;
  const totalEngagement = [...channels.values()].reduce((sum, channel) => sum + channel.engagement, 0);
  return {
    totals: {
      posts: posts.size, variants, engagement: totalEngagement, perPost: variants === 0 ? null : Math.round((totalEngagement / variants) * 10) / 10,
      views: rows.some((row) => row.views !== null) ? rows.reduce((sum, row) => sum + (row.views ?? 0), 0) : null,
    },
    byPost: [...posts.values()].map(({ publishedAt, ...post }) => ({ ...post, text: post.text.slice(0, 280), publishedAt: new Date(publishedAt).toISOString() })),
    byChannel: [...channels].map(([channelId, sums]) => ({ channelId, ...sums, perPost: Math.round((sums.engagement / sums.posts) * 10) / 10 }))
      .sort((a, b) => b.engagement - a.engagement),
    daily: [...days].map(([date, sums]) => ({ date, ...sums })).sort((a, b) => a.date.localeCompare(b.date)),
    bestHours: { historyDays, ...hours },
  };
}
