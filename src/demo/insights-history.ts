// Demo history for Insights' Trust and Engagement: the seeded replies as the guard would have
// checked them (with an override by the demo owner), and twelve weeks of the brand's published
// posts with the metrics last read for each channel, on a weekly rhythm, so the best hours have
// enough posts per slot to rank. Deterministic: the same demo every time.
import { DateTime } from 'luxon';
import { check } from '../guard/index.js';
import { BRAND_POSTS } from '../channels/simulator/brand-posts.js';
import type { SimulatedNetworkName } from '../channels/simulator/brand.js';
import { seedBacklogHistory } from '../domain/insights/backlog.js';
import { loadBrandProfileFor } from '../domain/send-reply.js';
import type { Runtime } from '../runtime.js';
import { recordGuardCheck, repliesWithoutCheck } from '../store/repositories/guard-checks.js';
import { insertPublishedHistory } from '../store/repositories/post-metrics.js';
import type { ChannelRow } from '../store/schema.js';

/** The brand's weekly rhythm (ISO weekday, local hour): lunch and evening do best. */
const rhythm: ReadonlyArray<readonly [number, number]> = [[1, 12], [2, 19], [3, 20], [4, 12], [5, 20], [6, 10], [7, 19]];
const hourAppeal: Readonly<Record<number, number>> = { 10: 0.7, 12: 1, 19: 1.5, 20: 1.8 };
const networkReach: Readonly<Record<SimulatedNetworkName, number>> = { instagram: 1.5, facebook: 1, x: 0.7, bluesky: 0.45 };
/** Networks that report views (X impressions, Instagram views). */
const withViews = new Set<string>(['instagram', 'x']);
/** Posts a hurried officer wrote: the guard flags them, and the owner let one through. */
const hardSell = [
  'Promo kilat! Hanya hari ini, stok terbatas, buruan checkout sekarang sebelum kehabisan!!!',
  'Bright Serum dijamin 100% aman untuk semua jenis kulit, hasil terlihat dalam 3 hari!',
];
const weeks = 12;

function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

export async function seedInsightsHistory(runtime: Runtime, workspaceId: string, channels: ReadonlyMap<SimulatedNetworkName, ChannelRow>, people: { ownerId: string; officerId: string }, now = Date.now()): Promise<void> {
  const { db } = runtime.store;
  const brand = await loadBrandProfileFor(runtime, workspaceId);
  for (const reply of await repliesWithoutCheck(db, workspaceId)) {
    const result = check(reply.text, { kind: 'reply', ...(brand === undefined ? {} : { brand }) });
    await recordGuardCheck(db, {
      workspaceId, kind: 'reply', itemId: reply.id, channelId: reply.channel_id, userId: people.officerId, softSellScore: result.softSellScore,
      findings: result.findings, overriddenBy: null, overrideReason: null,
    }, reply.sent_at);
  }

  const start = DateTime.fromMillis(now, { zone: 'Asia/Jakarta' }).startOf('week').minus({ weeks });
  let index = 0;
  for (let week = 0; week <= weeks; week += 1) {
    for (const [weekday, hour] of rhythm) {
      const at = start.plus({ weeks: week, days: weekday - 1, hours: hour, minutes: Math.floor(noise(index) * 20) }).toMillis();
      if (at > now - 3_600_000) continue;
      index += 1;
      const hurried = index % 11 === 0 ? hardSell[(index / 11) % hardSell.length] : undefined;
      const text = hurried ?? BRAND_POSTS[index % BRAND_POSTS.length]?.text ?? '';
      const onChannels = [...channels].filter(([network]) => network !== 'bluesky' || index % 2 === 0);
      const variants = onChannels.map(([network, channel]) => {
        const worldPost = runtime.connectors.worldFor(channel).addBrandPost(text, at);
        const engagement = Math.round(40 * (hourAppeal[hour] ?? 1) * networkReach[network] * (0.7 + 0.6 * noise(index * 7 + network.length)));
        const likes = Math.round(engagement * 0.72);
        const replies = Math.round(engagement * 0.18);
        return {
          channelId: channel.id, networkPostId: worldPost.networkId,
          figures: { likes, replies, reposts: Math.max(0, engagement - likes - replies), quotes: 0, views: withViews.has(network) ? engagement * 23 : null },
        };
      });
      const postId = await insertPublishedHistory(db, { workspaceId, text, userId: people.officerId, publishedAt: at, variants }, now);
      const result = check(text, { kind: 'post', ...(brand === undefined ? {} : { brand }) });
      const blocking = result.findings.some((finding) => finding.severity === 'block');
      await recordGuardCheck(db, {
        workspaceId, kind: 'post', itemId: postId, channelId: null, userId: blocking ? people.ownerId : people.officerId, softSellScore: result.softSellScore,
        findings: result.findings, overriddenBy: blocking ? people.ownerId : null, overrideReason: blocking ? 'Klaim sudah dicek tim legal; label BPOM ada di kemasan.' : null,
      }, at - 3_600_000);
    }
  }
  // The backlog chart's past week, as the Insights tick would have noted it hour by hour.
  await seedBacklogHistory(db, workspaceId, [...channels.values()].map((channel) => channel.id), now);
}
