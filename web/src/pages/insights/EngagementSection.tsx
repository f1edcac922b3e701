import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EngagementReport, HourSlot, Metrics } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { BestHoursGrid } from './BestHoursGrid';
import { DataTable, type Column } from './DataTable';
import { StatCard } from './StatCard';
import { channelLabel } from './useChannelNames';

/** Engagement: what the brand's published posts gathered, per post, channel and day, and the best hours to post. */
export function EngagementSection({ report, channels }: { report: EngagementReport; channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const none = t('insights.none');
  const { totals, bestHours } = report;
  const metricColumns = <Row extends Metrics>(): Array<Column<Row>> => [
    { label: t('insights.engagement.likes'), value: (row) => row.likes, numeric: true },
    { label: t('insights.engagement.replies'), value: (row) => row.replies, numeric: true },
    { label: t('insights.engagement.reposts'), value: (row) => row.reposts + row.quotes, numeric: true },
    { label: t('insights.engagement.views'), value: (row) => row.views ?? none, numeric: true },
    { label: t('insights.engagement.engagement'), value: (row) => row.engagement, numeric: true },
  ];
  const slotLabel = (slot: HourSlot) => `${t(`insights.engagement.weekdays.d${slot.weekday as 1}`)} ${String(slot.hour).padStart(2, '0')}:00`;
  return (
    <Stack gap="sm" data-testid="insights-engagement">
      <Title order={2} fz="h4">{t('insights.engagement.title')}</Title>
      <Text size="sm" c="dimmed">{t('insights.engagement.hint')}</Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label={t('insights.engagement.posts')} value={String(totals.posts)} testId="engagement-posts" />
        <StatCard label={t('insights.engagement.engagement')} value={String(totals.engagement)} />
        <StatCard label={t('insights.engagement.perPost')} value={totals.perPost === null ? none : String(totals.perPost)} />
        <StatCard label={t('insights.engagement.views')} value={totals.views === null ? none : String(totals.views)} hint={totals.views === null ? t('insights.engagement.viewsNone') : undefined} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">{t('insights.engagement.daily')}</Text>
          {report.daily.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
            <BarChart h={220} data={report.daily} dataKey="date" type="stacked" withLegend
              series={[
                { name: 'likes', label: t('insights.engagement.likes'), color: 'pink.5' },
                { name: 'replies', label: t('insights.engagement.replies'), color: 'teal.6' },
                { name: 'reposts', label: t('insights.engagement.reposts'), color: 'indigo.5' },
              ]} />
          )}
        </Paper>
        <Paper withBorder p="md" data-testid="engagement-best-hours">
          <Text fw={600}>{t('insights.engagement.bestHours')}</Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('insights.engagement.bestHoursHint', { days: bestHours.historyDays, min: bestHours.minPosts, mean: bestHours.overallMean ?? none })}
          </Text>
          <BestHoursGrid slots={bestHours.slots} minPosts={bestHours.minPosts} />
          {bestHours.best.length === 0 ? <Text size="sm" c="dimmed" mt="xs">{t('insights.engagement.bestHoursNone', { min: bestHours.minPosts })}</Text> : (
            <Text size="sm" mt="xs" data-testid="best-hours-top">
              {bestHours.best.map((slot) => `${slotLabel(slot)} (${slot.meanEngagement})`).join(' · ')}
            </Text>
          )}
        </Paper>
      </SimpleGrid>
      <DataTable title={t('insights.engagement.byChannel')} csvTable="engagement-by-channel" rows={report.byChannel} rowKey={(row) => row.channelId}
        columns={[
          { label: t('insights.filters.channel'), value: (row) => channelLabel(channels, row.channelId, t) },
          { label: t('insights.engagement.posts'), value: (row) => row.posts, numeric: true },
          ...metricColumns<EngagementReport['byChannel'][number]>(),
          { label: t('insights.engagement.perPost'), value: (row) => row.perPost, numeric: true },
        ]} />
      <DataTable title={t('insights.engagement.byPost')} csvTable="engagement-by-post" rows={report.byPost} rowKey={(row) => row.postId} testId="engagement-by-post"
        columns={[
          { label: t('insights.engagement.published'), value: (row) => row.publishedAt, render: (row) => <WorkspaceTime instant={row.publishedAt} format="clock" /> },
          { label: t('insights.engagement.post'), value: (row) => row.text, render: (row) => <Text size="sm" lineClamp={2} maw={420}>{row.text}</Text> },
          { label: t('insights.engagement.channels'), value: (row) => row.channelIds.map((id) => channelLabel(channels, id, t)).join(', ') },
          ...metricColumns<EngagementReport['byPost'][number]>(),
        ]} />
      <DataTable title={t('insights.engagement.bestHours')} csvTable="engagement-best-hours" rows={bestHours.best} rowKey={(row) => `${row.weekday}:${row.hour}`}
        columns={[
          { label: t('insights.engagement.slot'), value: (row) => slotLabel(row) },
          { label: t('insights.engagement.slotPosts'), value: (row) => row.posts, numeric: true },
          { label: t('insights.engagement.slotMean'), value: (row) => row.meanEngagement, numeric: true },
        ]} />
    </Stack>
  );
}
