import '@mantine/charts/styles.css';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { sectionPath } from '../../workspace/paths';
import { CrisisSection } from './CrisisSection';
import { EmotionSection } from './EmotionSection';
import { EngagementSection } from './EngagementSection';
import { TrustSection } from './TrustSection';
import { LoyaltySection } from './LoyaltySection';
import { ProximitySection } from './ProximitySection';
import { TriggersSection } from './TriggersSection';
import classes from './WeeklyReportPage.module.css';
import { useChannels } from './useChannelNames';
import { useInsightsFilter } from './useInsightsFilter';
import { useInsightsReports } from './useInsightsReports';

/** The same reports on one printable page: the browser's print dialog saves it as a PDF. */
export function WeeklyReportPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { filter, search } = useInsightsFilter();
  const channels = useChannels(workspace.id);
  const reports = useInsightsReports(workspace.id, filter);
  const range = reports.proximity?.range;
  return (
    <Stack gap="lg" className={classes.report} data-testid="insights-report">
      <Group justify="space-between" className="no-print">
        <Button component={Link} to={`${sectionPath(workspace.id, 'insights')}${search}`} variant="subtle" leftSection={<IconArrowLeft size={16} />}>{t('insights.report.back')}</Button>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>{t('insights.report.print')}</Button>
      </Group>
      <div>
        <Title order={1} fz="h2">{t('insights.report.title')} · {workspace.name}</Title>
        {range === undefined ? null : <Text c="dimmed">{t('insights.report.period', { from: range.from, to: range.to, timezone: range.timezone })}</Text>}
      </div>
      {reports.proximity === undefined ? <Loader size="sm" /> : <ProximitySection report={reports.proximity} backlog={reports.backlog} channels={channels} />}
      {reports.emotion === undefined ? null : <EmotionSection report={reports.emotion} channels={channels} />}
      <TriggersSection workspaceId={workspace.id} filter={filter} />
      {reports.loyalty === undefined ? null : <LoyaltySection report={reports.loyalty} />}
      {reports.trust === undefined ? null : <TrustSection workspaceId={workspace.id} report={reports.trust} channels={channels} />}
      {reports.engagement === undefined ? null : <EngagementSection report={reports.engagement} channels={channels} />}
      <CrisisSection workspaceId={workspace.id} filter={filter} channels={channels} />
    </Stack>
  );
}
