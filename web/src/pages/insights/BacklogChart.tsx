import { AreaChart } from '@mantine/charts';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BacklogReport } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { backlogChartData, workspaceHourLabel } from './backlogChart';
import { useCsvUrl } from './csvLink';
import { channelLabel } from './useChannelNames';

// Theme colours (they follow dark mode), one per channel in the order the chart meets them.
const palette = ['blue.6', 'orange.6', 'teal.6', 'grape.6', 'cyan.6', 'lime.7', 'pink.6', 'gray.6'];

/** What waited for an answer at each hour, stacked per channel, with the questions among it. */
export function BacklogChart({ report, channels }: { report: BacklogReport; channels: readonly Channel[] }) {
  const { t, i18n } = useTranslation();
  const csvUrl = useCsvUrl('backlog', {}, i18n.language);
  const hourLabel = workspaceHourLabel(report.range.timezone, i18n.language);
  const { points, channelIds } = backlogChartData(report, hourLabel);
  const latest = report.hours.at(-1);
  return (
    <Paper withBorder p="md" data-testid="insights-backlog">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h5">{t('insights.proximity.backlog')}</Title>
        {csvUrl === null ? null : (
          <Button component="a" href={csvUrl} download size="compact-xs" variant="subtle" leftSection={<IconDownload size={14} />} className="no-print" data-testid="csv-backlog">
            {t('insights.csv')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="xs" mb="xs">{t('insights.proximity.backlogHint')}</Text>
      {points.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
        <>
          <AreaChart h={200} data={points} dataKey="hour" type="stacked" withLegend withDots={false} curveType="stepAfter"
            series={channelIds.map((channelId, index) => ({ name: channelId, label: channelLabel(channels, channelId, t), color: palette[index % palette.length] ?? 'gray.6' }))} />
          <Text size="sm" mt="xs" data-testid="insights-backlog-summary">
            {t('insights.proximity.backlogSummary', {
              peak: report.peak?.waiting ?? 0, peakAt: report.peak === null ? '' : hourLabel(report.peak.at),
              latest: latest?.waiting ?? 0, questions: latest?.questions ?? 0,
            })}
          </Text>
        </>
      )}
    </Paper>
  );
}
