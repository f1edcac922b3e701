import { BarChart, LineChart } from '@mantine/charts';
import { Anchor, Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TrustReport } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { conversationPath } from '../../workspace/paths';
import { DataTable } from './DataTable';
import { StatCard } from './StatCard';
import { channelLabel } from './useChannelNames';

const categoryColors = { claim: 'orange.6', disclosure: 'blue.6', pressure: 'grape.6' } as const;
const severityColors: Record<string, string> = { info: 'gray', warn: 'yellow', block: 'red' };

/** Trust: what the content guard checked, its findings by rule over time, the overrides and who made them, the soft-sell trend. */
export function TrustSection({ workspaceId, report, channels }: { workspaceId: string; report: TrustReport; channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const none = t('insights.none');
  const score = (value: number | null) => (value === null ? none : String(value));
  const { totals } = report;
  return (
    <Stack gap="sm" data-testid="insights-trust">
      <Title order={2} fz="h4">{t('insights.trust.title')}</Title>
      <Text size="sm" c="dimmed">{t('insights.trust.hint')}</Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <StatCard label={`${t('insights.trust.replies')} · ${t('insights.trust.posts')}`} value={`${totals.replies} · ${totals.posts}`} testId="trust-checked" />
        <StatCard label={t('insights.trust.withFindings')} value={String(totals.withFindings)} />
        <StatCard label={t('insights.trust.overrides')} value={String(totals.overrides)} testId="trust-overrides" />
        <StatCard label={t('insights.trust.softSell')} value={score(totals.softSellReplies ?? totals.softSellPosts)}
          hint={t('insights.trust.softSellHint', { replies: score(totals.softSellReplies), posts: score(totals.softSellPosts) })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">{t('insights.trust.findingsDaily')}</Text>
          {report.daily.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
            <BarChart h={220} data={report.daily} dataKey="date" type="stacked" withLegend
              series={Object.entries(categoryColors).map(([name, color]) => ({ name, color, label: t(`insights.trust.categories.${name as keyof typeof categoryColors}`) }))} />
          )}
        </Paper>
        <Paper withBorder p="md">
          <Text fw={600} mb="xs">{t('insights.trust.softSellDaily')}</Text>
          {report.daily.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
            <LineChart h={220} data={report.daily} dataKey="date" withLegend connectNulls yAxisProps={{ domain: [0, 100] }}
              series={[{ name: 'softSellReplies', label: t('insights.trust.kinds.reply'), color: 'teal.6' }, { name: 'softSellPosts', label: t('insights.trust.kinds.post'), color: 'indigo.5' }]} />
          )}
        </Paper>
      </SimpleGrid>
      <DataTable title={t('insights.trust.byRule')} csvTable="trust-by-rule" rows={report.byRule} rowKey={(row) => row.rule} testId="trust-by-rule"
        columns={[
          { label: t('insights.trust.rule'), value: (row) => row.rule },
          { label: t('insights.trust.category'), value: (row) => t(`insights.trust.categories.${row.category as 'claim'}`, { defaultValue: row.category }) },
          ...(['info', 'warn', 'block'] as const).map((severity) => ({
            label: t(`insights.trust.severities.${severity}`), numeric: true, value: (row: TrustReport['byRule'][number]) => row[severity],
            render: (row: TrustReport['byRule'][number]) => (row[severity] === 0 ? '0' : <Badge color={severityColors[severity]} variant="light">{row[severity]}</Badge>),
          })),
          { label: t('insights.trust.inReplies'), value: (row) => row.replies, numeric: true },
          { label: t('insights.trust.inPosts'), value: (row) => row.posts, numeric: true },
          { label: t('insights.trust.total'), value: (row) => row.total, numeric: true },
        ]} />
      <DataTable title={t('insights.trust.overridesTable')} csvTable="trust-overrides" rows={report.overrides} rowKey={(row) => row.checkId} testId="trust-overrides-table"
        columns={[
          { label: t('insights.trust.when'), value: (row) => row.at, render: (row) => <WorkspaceTime instant={row.at} format="clock" /> },
          { label: t('insights.trust.kind'), value: (row) => t(`insights.trust.kinds.${row.kind}`) },
          { label: t('insights.filters.channel'), value: (row) => (row.channelId === null ? none : channelLabel(channels, row.channelId, t)) },
          { label: t('insights.trust.by'), value: (row) => row.userName ?? none },
          { label: t('insights.trust.reason'), value: (row) => row.reason },
          {
            label: t('insights.trust.text'), value: (row) => row.text,
            // Text stays text: React escapes it. A reply links to its conversation.
            render: (row) => (row.conversationId === null ? <Text size="sm" lineClamp={2}>{row.text}</Text>
              : <Anchor component={Link} to={conversationPath(workspaceId, row.conversationId)} size="sm" lineClamp={2}>{row.text}</Anchor>),
          },
        ]} />
    </Stack>
  );
}
