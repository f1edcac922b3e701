import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BacklogReport, GroupTiming, ProximityReport } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { BacklogChart } from './BacklogChart';
import { DataTable, type Column } from './DataTable';
import { formatDuration, formatShare } from './format';
import { StatCard } from './StatCard';
import { channelLabel } from './useChannelNames';

export function ProximitySection({ report, backlog, channels }: { report: ProximityReport; backlog: BacklogReport | undefined; channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const { wallClock, businessHours } = report.firstResponse;
  const timingColumns = <Row extends GroupTiming>(): Array<Column<Row>> => [
    { label: t('insights.proximity.count'), value: (row) => row.count, numeric: true },
    { label: t('insights.proximity.median'), value: (row) => row.medianMs === null ? null : Math.round(row.medianMs / 1000), render: (row) => formatDuration(row.medianMs, t), numeric: true },
    { label: t('insights.proximity.p90'), value: (row) => row.p90Ms === null ? null : Math.round(row.p90Ms / 1000), render: (row) => formatDuration(row.p90Ms, t), numeric: true },
    { label: t('insights.proximity.breaches'), value: (row) => row.breaches, numeric: true },
  ];
  return (
    <Stack gap="sm" data-testid="insights-proximity">
      <Title order={2} fz="h4">{t('insights.proximity.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label={`${t('insights.proximity.median')} · ${t('insights.proximity.wallClock')}`} value={formatDuration(wallClock.medianMs, t)} hint={`p90 ${formatDuration(wallClock.p90Ms, t)}`} />
        <StatCard label={`${t('insights.proximity.median')} · ${t('insights.proximity.businessHours')}`} value={formatDuration(businessHours.medianMs, t)}
          hint={report.firstResponse.businessHoursSet ? `p90 ${formatDuration(businessHours.p90Ms, t)}` : t('insights.proximity.noBusinessHours')} />
        <StatCard label={t('insights.proximity.answeredShare')} value={formatShare(report.answeredShare, t)} hint={t('insights.proximity.answeredShareHint')} />
        <StatCard label={`${t('insights.proximity.breaches')} · ${t('insights.proximity.waitingNow')}`} value={`${report.breaches} · ${report.waitingNow}`} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">{t('insights.proximity.daily')}</Text>
        {report.daily.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
          <BarChart h={200} data={report.daily} dataKey="date" withLegend
            series={[{ name: 'answered', label: t('insights.proximity.answered'), color: 'teal.6' }, { name: 'breaches', label: t('insights.proximity.breaches'), color: 'red.6' }]} />
        )}
      </Paper>
      {backlog === undefined ? null : <BacklogChart report={backlog} channels={channels} />}
      {/* One table a row: five columns do not fit a third of the page, on screen or in print. */}
      <Stack gap="sm">
        <DataTable title={t('insights.proximity.byChannel')} csvTable="proximity-by-channel" rows={report.byChannel} rowKey={(row) => row.channelId}
          columns={[{ label: t('insights.filters.channel'), value: (row) => channelLabel(channels, row.channelId, t) }, ...timingColumns<ProximityReport['byChannel'][number]>()]} />
        <DataTable title={t('insights.proximity.byOfficer')} csvTable="proximity-by-officer" rows={report.byOfficer} rowKey={(row) => row.userId ?? '-'}
          columns={[{ label: t('insights.proximity.byOfficer'), value: (row) => row.name ?? t('insights.proximity.officerUnknown') }, ...timingColumns<ProximityReport['byOfficer'][number]>()]} />
        <DataTable title={t('insights.proximity.byIntent')} csvTable="proximity-by-intent" rows={report.byIntent} rowKey={(row) => row.intent}
          columns={[{ label: t('insights.proximity.byIntent'), value: (row) => t(`intent.${row.intent}`, { defaultValue: row.intent }) }, ...timingColumns<ProximityReport['byIntent'][number]>()]} />
      </Stack>
    </Stack>
  );
}
