// Every table on the Insights page as CSV, built from the same domain reports the JSON routes
// return, so a download holds exactly what the page shows for the same filters. Headers come
// in the language asked (id or en); values stay machine-readable (ids of stages, intents,
// rules; durations in seconds; instants in ISO 8601 UTC).
import type { Kysely } from 'kysely';
import type { CsvCell } from '../../../insights/csv.js';
import { emotionReport, emotionTriggers } from '../../../domain/insights/emotion.js';
import { engagementReport } from '../../../domain/insights/engagement.js';
import { backlogReport } from '../../../domain/insights/backlog.js';
import { proximityReport, type TimingSummary } from '../../../domain/insights/proximity.js';
import { trustReport } from '../../../domain/insights/trust.js';
import { listAlerts } from '../../../store/repositories/insights-alerts.js';
import { contactsInStage, loyaltyMoveCounts, type LoyaltyContactRow, type RangeFilter } from '../../../store/repositories/insights-queries.js';
import type { Database } from '../../../store/schema.js';

export interface CsvContext {
  db: Kysely<Database>;
  filter: RangeFilter;
  timezone: string;
  emotion: 'anger' | 'fear' | 'joy' | 'love' | 'sadness';
  channelName: (channelId: string | null) => string;
}

type Header = readonly [en: string, id: string];

export interface CsvTable {
  name: string;
  summary: string;
  headers: readonly Header[];
  rows: (context: CsvContext) => Promise<CsvCell[][]>;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
const iso = (at: number) => new Date(at).toISOString();
const timingHeaders: readonly Header[] = [['Answered', 'Dijawab'], ['Median (s)', 'Median (dtk)'], ['p90 (s)', 'p90 (dtk)'], ['Breaches', 'Pelanggaran']];
const timing = (row: TimingSummary & { breaches: number }): CsvCell[] => [row.count, seconds(row.medianMs), seconds(row.p90Ms), row.breaches];
const contactHeaders: readonly Header[] = [
  ['Contact', 'Kontak'], ['Handle', 'Handle'], ['Channel', 'Kanal'], ['Stage', 'Tahap'], ['Stage since', 'Tahap sejak'], ['Inbound messages', 'Pesan masuk'],
  ['Active days', 'Hari aktif'], ['Positive', 'Positif'], ['Negative', 'Negatif'], ['Praise', 'Pujian'], ['Last message', 'Pesan terakhir'],
];
const contactRow = (context: CsvContext) => (row: LoyaltyContactRow): CsvCell[] => [
  row.display_name, row.handle, context.channelName(row.channel_id), row.stage, iso(row.stage_since), row.inbound_count, row.active_days,
  row.positive_count, row.negative_count, row.praise_count, iso(row.last_message_at),
];
const metricHeaders: readonly Header[] = [['Reactions', 'Reaksi'], ['Replies', 'Balasan'], ['Reposts', 'Repost'], ['Quotes', 'Kutipan'], ['Views', 'Tayangan'], ['Engagement', 'Interaksi']];
const metrics = (row: { likes: number; replies: number; reposts: number; quotes: number; views: number | null; engagement: number }): CsvCell[] =>
  [row.likes, row.replies, row.reposts, row.quotes, row.views, row.engagement];
const sentimentAndEmotions = ['positive', 'neutral', 'negative', 'anger', 'sadness', 'fear', 'joy', 'love'] as const;

export const csvTables: readonly CsvTable[] = [
  {
    name: 'proximity-by-channel', summary: 'First-response times and breaches per channel',
    headers: [['Channel', 'Kanal'], ...timingHeaders],
    rows: async (c) => (await proximityReport(c.db, c.filter)).byChannel.map((row) => [c.channelName(row.channelId), ...timing(row)]),
  },
  {
    name: 'proximity-by-officer', summary: 'First-response times per officer',
    headers: [['Officer', 'Petugas'], ...timingHeaders],
    rows: async (c) => (await proximityReport(c.db, c.filter)).byOfficer.map((row) => [row.name ?? '', ...timing(row)]),
  },
  {
    name: 'proximity-by-intent', summary: 'First-response times and breaches per intent',
    headers: [['Intent', 'Maksud'], ...timingHeaders],
    rows: async (c) => (await proximityReport(c.db, c.filter)).byIntent.map((row) => [row.intent, ...timing(row)]),
  },
  {
    name: 'backlog', summary: 'Conversations waiting for an answer per hour and channel',
    headers: [['Hour (UTC)', 'Jam (UTC)'], ['Channel', 'Kanal'], ['Waiting', 'Menunggu'], ['Questions', 'Pertanyaan']],
    rows: async (c) => (await backlogReport(c.db, c.filter)).hours
      .flatMap((hour) => hour.byChannel.map((row) => [hour.at, c.channelName(row.channelId), row.waiting, row.questions])),
  },
  {
    name: 'emotion-by-channel', summary: 'Sentiment and emotion counts per channel',
    headers: [['Channel', 'Kanal'], ['Positive', 'Positif'], ['Neutral', 'Netral'], ['Negative', 'Negatif'], ['Anger', 'Marah'], ['Sadness', 'Sedih'], ['Fear', 'Takut'], ['Joy', 'Senang'], ['Love', 'Cinta']],
    rows: async (c) => (await emotionReport(c.db, c.filter, c.timezone)).byChannel
      .map((row) => [c.channelName(row.channelId), ...sentimentAndEmotions.map((key) => row.sentiment[key] ?? row.emotion[key] ?? 0)]),
  },
  {
    name: 'triggers', summary: "An emotion's triggers ranked by guarded lift (emotion: anger by default)",
    headers: [['Kind', 'Jenis'], ['Term', 'Istilah'], ['With emotion', 'Dengan emosi'], ['Messages', 'Pesan'], ['Lift', 'Lift'], ['Lift (lower bound)', 'Lift (batas bawah)']],
    rows: async (c) => (await emotionTriggers(c.db, c.filter, c.emotion)).triggers
      .map((row) => [row.kind, row.label, row.withEmotion, row.total, Math.round(row.lift * 100) / 100, Math.round(row.liftLow * 100) / 100]),
  },
  {
    name: 'loyalty-advocates', summary: 'Top advocates (most positive messages first)', headers: contactHeaders,
    rows: async (c) => (await contactsInStage(c.db, c.filter.workspaceId, 'advocate', c.filter.channelId, 10)).map(contactRow(c)),
  },
  {
    name: 'loyalty-at-risk', summary: 'Contacts at risk', headers: contactHeaders,
    rows: async (c) => (await contactsInStage(c.db, c.filter.workspaceId, 'at_risk', c.filter.channelId, 10)).map(contactRow(c)),
  },
  {
    name: 'loyalty-moves', summary: 'Moves between loyalty stages in the range',
    headers: [['From', 'Dari'], ['To', 'Ke'], ['Contacts', 'Kontak']],
    rows: async (c) => (await loyaltyMoveCounts(c.db, c.filter)).map((row) => [row.from_stage, row.to_stage, row.n]),
  },
  {
    name: 'crisis-alerts', summary: 'Crisis radar alerts in the range',
    headers: [['Detected', 'Terdeteksi'], ['Scope', 'Cakupan'], ['Scope key', 'Kunci cakupan'], ['Negative or angry', 'Negatif atau marah'], ['Messages in window', 'Pesan di jendela'],
      ['Usual share', 'Porsi biasa'], ['Score', 'Skor'], ['Status', 'Status']],
    rows: async (c) => (await listAlerts(c.db, c.filter.workspaceId, c.filter.from, c.filter.to)).map((row) => [
      iso(row.detected_at), row.scope, row.scope === 'channel' ? c.channelName(row.scope_key) : row.scope_key, row.observed, row.window_total,
      Math.round(row.expected_share * 1000) / 1000, Math.round(row.score * 10) / 10, row.status,
    ]),
  },
  {
    name: 'trust-daily', summary: 'Guard checks, findings by category and soft-sell score per day',
    headers: [['Date', 'Tanggal'], ['Replies checked', 'Balasan dicek'], ['Posts checked', 'Postingan dicek'], ['With findings', 'Dengan temuan'], ['Overrides', 'Pengecualian'],
      ['Claim findings', 'Temuan klaim'], ['Disclosure findings', 'Temuan pengungkapan'], ['Pressure findings', 'Temuan tekanan'], ['Soft-sell replies', 'Soft-sell balasan'], ['Soft-sell posts', 'Soft-sell postingan']],
    rows: async (c) => (await trustReport(c.db, c.filter, c.timezone)).daily.map((row) => [
      row.date, row.replies, row.posts, row.withFindings, row.overrides, row.claim, row.disclosure, row.pressure, row.softSellReplies, row.softSellPosts,
    ]),
  },
  {
    name: 'trust-by-rule', summary: 'Guard findings per rule and severity',
    headers: [['Rule', 'Aturan'], ['Category', 'Kategori'], ['Info', 'Info'], ['Warn', 'Peringatan'], ['Block', 'Blokir'], ['In replies', 'Di balasan'], ['In posts', 'Di postingan'], ['Total', 'Total']],
    rows: async (c) => (await trustReport(c.db, c.filter, c.timezone)).byRule.map((row) => [row.rule, row.category, row.info, row.warn, row.block, row.replies, row.posts, row.total]),
  },
  {
    name: 'trust-overrides', summary: 'Sends that went out despite a blocking finding, with who allowed them and why',
    headers: [['When', 'Waktu'], ['Kind', 'Jenis'], ['Channel', 'Kanal'], ['By', 'Oleh'], ['Reason', 'Alasan'], ['Text', 'Teks']],
    rows: async (c) => (await trustReport(c.db, c.filter, c.timezone)).overrides
      .map((row) => [row.at, row.kind, row.channelId === null ? '' : c.channelName(row.channelId), row.userName ?? '', row.reason, row.text]),
  },
  {
    name: 'engagement-by-post', summary: 'Metrics per published post (all its channels together)',
    headers: [['Published', 'Terbit'], ['Post', 'Postingan'], ['Channels', 'Kanal'], ...metricHeaders],
    rows: async (c) => (await engagementReport(c.db, c.filter, c.timezone)).byPost
      .map((row) => [row.publishedAt, row.text, row.channelIds.map((id) => c.channelName(id)).join('; '), ...metrics(row)]),
  },
  {
    name: 'engagement-by-channel', summary: 'Metrics per channel',
    headers: [['Channel', 'Kanal'], ['Posts', 'Postingan'], ...metricHeaders, ['Per post', 'Per postingan']],
    rows: async (c) => (await engagementReport(c.db, c.filter, c.timezone)).byChannel.map((row) => [c.channelName(row.channelId), row.posts, ...metrics(row), row.perPost]),
  },
  {
    name: 'engagement-best-hours', summary: 'Mean engagement per post by local weekday and hour (last 90 days)',
    headers: [['Weekday (1 = Monday)', 'Hari (1 = Senin)'], ['Hour', 'Jam'], ['Posts', 'Postingan'], ['Mean engagement', 'Rata-rata interaksi']],
    rows: async (c) => (await engagementReport(c.db, c.filter, c.timezone)).bestHours.slots.map((row) => [row.weekday, row.hour, row.posts, row.meanEngagement]),
  },
];
