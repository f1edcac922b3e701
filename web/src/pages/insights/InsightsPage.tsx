import '@mantine/charts/styles.css';
import { useMemo } from 'react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { CrisisSection } from './CrisisSection';
import { EmotionSection } from './EmotionSection';
import { EngagementSection } from './EngagementSection';
import { InsightsCsvContext } from './csvLink';
import { TrustSection } from './TrustSection';
import { InsightsFilters } from './InsightsFilters';
import { LoyaltySection } from './LoyaltySection';
import { ProximitySection } from './ProximitySection';
import { TriggersSection } from './TriggersSection';
import { useChannels } from './useChannelNames';
import { useInsightsFilter } from './useInsightsFilter';
import { useInsightsReports } from './useInsightsReports';

/** The manager's weekly questions: answer times, feelings and their triggers, the loyalty ladder, and crises. */
export function InsightsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { filter, search, update } = useInsightsFilter();
  const channels = useChannels(workspace.id);
  const reports = useInsightsReports(workspace.id, filter);
  const csvScope = useMemo(() => ({ workspaceId: workspace.id, filter }), [workspace.id, filter]);
  return (
    <InsightsCsvContext.Provider value={csvScope}>
    <Stack gap="lg" data-testid="insights-page">
      <div>
        <Title order={1} fz="h2">{t('insights.title')}</Title>
        <Text c="dimmed">{t('insights.intro')}</Text>
      </div>
      <InsightsFilters workspaceId={workspace.id} shown={reports.proximity?.range} filter={filter} search={search} channels={channels} update={update} />
      {reports.error === null ? null : <Alert color="red">{reports.error.message}</Alert>}
      <CrisisSection workspaceId={workspace.id} filter={filter} channels={channels} />
      {reports.proximity === undefined ? <Loader size="sm" /> : <ProximitySection report={reports.proximity} backlog={reports.backlog} channels={channels} />}
      {reports.emotion === undefined ? null : <EmotionSection report={reports.emotion} channels={channels} />}
      <TriggersSection workspaceId={workspace.id} filter={filter} />
      {reports.loyalty === undefined ? null : <LoyaltySection report={reports.loyalty} />}
      {reports.trust === undefined ? null : <TrustSection workspaceId={workspace.id} report={reports.trust} channels={channels} />}
      {reports.engagement === undefined ? null : <EngagementSection report={reports.engagement} channels={channels} />}
    </Stack>
    </InsightsCsvContext.Provider>
  );
}
