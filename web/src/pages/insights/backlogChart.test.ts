import { describe, expect, it } from 'vitest';
import type { BacklogReport } from '../../api/insightsApi';
import { backlogChartData, workspaceHourLabel } from './backlogChart';

const range = { from: '2026-11-02', to: '2026-11-02', timezone: 'Asia/Jakarta', channelId: null };

describe('backlogChartData', () => {
  it('stacks a series per channel that had a backlog, with the questions beside it', () => {
    const report: BacklogReport = {
      range, peak: { at: '2026-11-02T03:00:00.000Z', waiting: 3 },
      hours: [
        { at: '2026-11-02T02:00:00.000Z', waiting: 1, questions: 1, byChannel: [{ channelId: 'ig', waiting: 1, questions: 1 }, { channelId: 'fb', waiting: 0, questions: 0 }, { channelId: 'x', waiting: 0, questions: 0 }] },
        { at: '2026-11-02T03:00:00.000Z', waiting: 3, questions: 1, byChannel: [{ channelId: 'ig', waiting: 1, questions: 1 }, { channelId: 'fb', waiting: 2, questions: 0 }, { channelId: 'x', waiting: 0, questions: 0 }] },
      ],
    };
    const data = backlogChartData(report, workspaceHourLabel('Asia/Jakarta', 'en'));
    expect(data.channelIds).toEqual(['ig', 'fb']);
    expect(data.points).toEqual([
      { hour: 'Mon 09:00', questions: 1, ig: 1, fb: 0 },
      { hour: 'Mon 10:00', questions: 1, ig: 1, fb: 2 },
    ]);
  });

  it('labels hours on the workspace clock in the interface language', () => {
    expect(workspaceHourLabel('Asia/Jakarta', 'id')('2026-11-02T03:00:00.000Z')).toBe('Sen 10.00');
    expect(backlogChartData({ range, peak: null, hours: [] }, (at) => at)).toEqual({ points: [], channelIds: [] });
  });
});
