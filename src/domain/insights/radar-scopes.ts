// The scopes the radar judges for one workspace — the whole workspace, each channel, each
// product of the brand profile — with the window's counts and each scope's hourly history.
import type { HourCounts } from '../../insights/crisis-radar.js';
import type { MessageFacts } from '../../insights/message-facts.js';
import type { RadarHistoryRow, RadarMessageRow } from '../../store/repositories/insights-alerts.js';

/** 'listening': public posts found by saved searches (src/domain/listening/radar-window.ts). */
export type RadarScope = 'workspace' | 'channel' | 'product' | 'listening';

export interface ScopeWindow {
  scope: RadarScope;
  key: string;
  alarm: number;
  total: number;
  /** Alarming messages of the scope, newest first. */
  messageIds: string[];
  history: HourCounts[];
}

type Judged = RadarMessageRow & { facts: MessageFacts };

function series(rows: readonly RadarHistoryRow[], alarmOf: (row: RadarHistoryRow) => number, totalOf: (row: RadarHistoryRow) => number): HourCounts[] {
  const byHour = new Map<number, HourCounts>();
  for (const row of rows) {
    const alarm = alarmOf(row);
    const total = totalOf(row);
    if (alarm === 0 && total === 0) continue;
    const hour = byHour.get(row.hour_at) ?? { hourAt: row.hour_at, alarm: 0, total: 0 };
    hour.alarm += alarm;
    hour.total += total;
    byHour.set(row.hour_at, hour);
  }
  return [...byHour.values()];
}

const isVolume = (row: RadarHistoryRow) => (row.dimension === 'volume' ? row.count : 0);

export function scopeWindows(messages: readonly Judged[], history: readonly RadarHistoryRow[]): ScopeWindow[] {
  const newestFirst = [...messages].sort((a, b) => b.sent_at - a.sent_at);
  const alarming = newestFirst.filter((message) => message.facts.alarm);
  const windows: ScopeWindow[] = [{
    scope: 'workspace', key: '', alarm: alarming.length, total: messages.length, messageIds: alarming.map((m) => m.id),
    history: series(history, (row) => (row.dimension === 'alarm' ? row.count : 0), isVolume),
  }];
  for (const channelId of new Set(messages.map((message) => message.channel_id))) {
    const ofChannel = alarming.filter((message) => message.channel_id === channelId);
    windows.push({
      scope: 'channel', key: channelId, alarm: ofChannel.length, total: messages.filter((message) => message.channel_id === channelId).length,
      messageIds: ofChannel.map((m) => m.id),
      history: series(history.filter((row) => row.channel_id === channelId), (row) => (row.dimension === 'alarm' ? row.count : 0), isVolume),
    });
  }
  for (const product of new Set(alarming.flatMap((message) => message.facts.products))) {
    const ofProduct = alarming.filter((message) => message.facts.products.includes(product));
    windows.push({
      scope: 'product', key: product, alarm: ofProduct.length, total: messages.length, messageIds: ofProduct.map((m) => m.id),
      history: series(history, (row) => (row.dimension === 'alarm_product' && row.label === product ? row.count : 0), isVolume),
    });
  }
  return windows;
}
