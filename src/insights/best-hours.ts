// The brand's best hours to post, from its own history: mean engagement per post for each
// local weekday and hour. A slot with only a post or two proves nothing, so only slots with
// at least `minPosts` posts are ranked (the grid still shows every slot with its count).
import { DateTime } from 'luxon';

export interface PostedItem {
  publishedAt: number;
  /** Reactions, replies, reposts and quotes together (views are not engagement). */
  engagement: number;
}

export interface HourSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday, in the workspace's zone. */
  weekday: number;
  hour: number;
  posts: number;
  meanEngagement: number;
}

export interface BestHours {
  slots: HourSlot[];
  /** Slots with enough posts, best first: mean engagement, then more posts. */
  best: HourSlot[];
  /** Mean engagement per post over every post: the bar a slot must beat. */
  overallMean: number | null;
  minPosts: number;
}

export function bestHours(items: readonly PostedItem[], timezone: string, minPosts = 3, top = 5): BestHours {
  const cells = new Map<number, { weekday: number; hour: number; posts: number; total: number }>();
  for (const item of items) {
    const local = DateTime.fromMillis(item.publishedAt, { zone: timezone });
    const key = local.weekday * 24 + local.hour;
    const cell = cells.get(key) ?? { weekday: local.weekday, hour: local.hour, posts: 0, total: 0 };
    cell.posts += 1;
    cell.total += item.engagement;
    cells.set(key, cell);
  }
  const slots = [...cells.values()]
    .map((cell) => ({ weekday: cell.weekday, hour: cell.hour, posts: cell.posts, meanEngagement: Math.round((cell.total / cell.posts) * 10) / 10 }))
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  const best = slots.filter((slot) => slot.posts >= minPosts)
    .sort((a, b) => b.meanEngagement - a.meanEngagement || b.posts - a.posts || a.weekday - b.weekday || a.hour - b.hour).slice(0, top);
  const overall = items.reduce((sum, item) => sum + item.engagement, 0);
  return { slots, best, overallMean: items.length === 0 ? null : Math.round((overall / items.length) * 10) / 10, minPosts };
}
