// `sapa bench insights`: every Insights dashboard query (as the API runs them, minus HTTP) over
// N stored messages on SQLite, after the rollup job has caught up; also the rollup's rate and
// the crisis radar's run; trust over the guard's checks of every first reply and engagement over
// four published posts a day with their metrics. The trigger drill-down is timed too, though it is not a dashboard query.
import { emotionReport, emotionTriggers, triggerMessages } from '../domain/insights/emotion.js';
import { engagementReport } from '../domain/insights/engagement.js';
import { proximityReport } from '../domain/insights/proximity.js';
import { runCrisisRadar } from '../domain/insights/radar.js';
import { catchUpRollups } from '../domain/insights/rollup.js';
import { trustReport } from '../domain/insights/trust.js';
import { listAlerts } from '../store/repositories/insights-alerts.js';
import { contactsInStage, loyaltyMoveCounts, stageCounts, type RangeFilter } from '../store/repositories/insights-queries.js';
import { writeBrandProfile } from '../store/repositories/brand-profiles.js';
import { insertPublishedHistory } from '../store/repositories/post-metrics.js';
import { insertChannel } from '../store/repositories/channels.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { seedInsightsBench } from './insights-seed.js';
import { openTempStore, percentile } from './temp-store.js';

export interface InsightsBenchResult {
  messages: number;
  database: 'sqlite';
  rollup: { messages: number; seconds: number; messagesPerSecond: number };
  queries: Record<string, { p50Ms: number; p95Ms: number }>;
}

const runs = 60;
const warmup = 5;

async function timed(run: () => Promise<unknown>): Promise<{ p50Ms: number; p95Ms: number }> {
  const timings: number[] = [];
  for (let index = 0; index < runs + warmup; index++) {
    const started = process.hrtime.bigint();
    await run();
    if (index >= warmup) timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { p50Ms: percentile(timings, 50), p95Ms: percentile(timings, 95) };
}

export async function benchInsights(messages: number, onProgress: (done: number, total: number) => void = () => undefined): Promise<InsightsBenchResult> {
  const temp = await openTempStore('insights');
  const { db } = temp.store;
  const timezone = 'Asia/Jakarta';
  const workspace = await insertWorkspace(db, { name: 'Bench', timezone });
  await writeBrandProfile(db, workspace.id, { products: ['serum', 'cleanser', 'sunscreen'].map((name) => ({ name, aliases: [] })) }, null);
  const channels = await Promise.all(['instagram', 'facebook', 'x', 'bluesky'].map((network) => insertChannel(db, { workspaceId: workspace.id, network, handle: network, displayName: network })));
  const now = Date.now();
  seedInsightsBench(temp.file, workspace.id, channels.map((channel) => channel.id), messages, now - 60_000, onProgress);
  for (let post = 0; post < 90 * 4; post++) {
    const publishedAt = now - (post + 1) * 6 * 3_600_000;
    await insertPublishedHistory(db, {
      workspaceId: workspace.id, text: `Brand post ${post}`, userId: null, publishedAt,
      variants: channels.map((channel, index) => ({ channelId: channel.id, networkPostId: `p${post}-${index}`, figures: { likes: (post * 7 + index) % 90, replies: post % 13, reposts: index, quotes: 0, views: null } })),
    }, now);
  }

  const started = process.hrtime.bigint();
  const rolled = await catchUpRollups(db, { now, batchSize: 5_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const week: RangeFilter = { workspaceId: workspace.id, from: now - 7 * 86_400_000, to: now, channelId: null };
  const month: RangeFilter = { ...week, from: now - 30 * 86_400_000 };
  const weekOneChannel: RangeFilter = { ...week, channelId: channels[0]?.id ?? null };
  const queries: InsightsBenchResult['queries'] = {
    proximityWeek: await timed(() => proximityReport(db, week)),
    proximityWeekOneChannel: await timed(() => proximityReport(db, weekOneChannel)),
    emotionWeek: await timed(() => emotionReport(db, week, timezone)),
    emotionMonth: await timed(() => emotionReport(db, month, timezone)),
    triggersAngerWeek: await timed(() => emotionTriggers(db, week, 'anger')),
    triggersJoyMonth: await timed(() => emotionTriggers(db, month, 'joy')),
    loyaltyWeek: await timed(async () => {
      await stageCounts(db, workspace.id, null);
      await contactsInStage(db, workspace.id, 'advocate', null, 10);
      await contactsInStage(db, workspace.id, 'at_risk', null, 10);
      await loyaltyMoveCounts(db, week);
    }),
    trustWeek: await timed(() => trustReport(db, week, timezone)),
    trustMonth: await timed(() => trustReport(db, month, timezone)),
    engagementWeek: await timed(() => engagementReport(db, week, timezone)),
    alertsWeek: await timed(() => listAlerts(db, workspace.id, week.from, week.to)),
    radarRun: await timed(() => runCrisisRadar(db, { now })),
    triggerDrillDownWeek: await timed(() => triggerMessages(db, week, 'anger', 'keyword', 'kata0')),
  };
  await temp.dispose();
  return { messages, database: 'sqlite', rollup: { messages: rolled.messages, seconds: Math.round(seconds * 10) / 10, messagesPerSecond: Math.round(rolled.messages / seconds) }, queries };
}
