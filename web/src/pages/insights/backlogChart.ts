import type { BacklogReport } from '../../api/insightsApi';

export interface BacklogChartData {
  /** One point per hour with a snapshot: its label and each channel's waiting conversations. */
  points: Array<Record<string, string | number>>;
  /** The channels that had anything waiting in the range, in first-seen order (a series each). */
  channelIds: string[];
}

/**
 * The backlog chart's points: a stacked series per channel (so the stack's height is all that
 * waited) and the questions among them as their own key. Channels that never had a backlog are
 * left out so the legend names only the ones that mattered.
 */
export function backlogChartData(report: BacklogReport, hourLabel: (at: string) => string): BacklogChartData {
  const channelIds: string[] = [];
  for (const hour of report.hours) {
    for (const row of hour.byChannel) if (row.waiting > 0 && !channelIds.includes(row.channelId)) channelIds.push(row.channelId);
  }
  const points = report.hours.map((hour) => {
    const point: Record<string, string | number> = { hour: hourLabel(hour.at), questions: hour.questions };
    for (const channelId of channelIds) point[channelId] = hour.byChannel.find((row) => row.channelId === channelId)?.waiting ?? 0;
    return point;
  });
  return { points, channelIds };
}

/** "Mon 14:00" on the workspace clock, in the interface language. */
export function workspaceHourLabel(timezone: string, locale: string): (at: string) => string {
  const format = new Intl.DateTimeFormat(locale.startsWith('id') ? 'id-ID' : 'en-GB', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (at) => format.format(new Date(at));
}
