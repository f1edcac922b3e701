import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { insightsApi, type CrisisAlert, type InsightsFilter } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { DataTable } from './DataTable';
import { formatShare } from './format';
import { MessageLinks } from './MessageLinks';
import { channelLabel } from './useChannelNames';

/** The radar checks every 30 seconds; the page asks as often, so an alert shows without a reload. */
const pollMs = 30_000;

export function useAlertText(channels: readonly Channel[]): (alert: CrisisAlert) => { title: string; body: string } {
  const { t } = useTranslation();
  return (alert) => {
    const key = alert.scope === 'channel' ? channelLabel(channels, alert.scopeKey, t) : alert.scopeKey;
    return {
      title: t('insights.crisis.alertTitle', { observed: alert.observed }),
      body: t('insights.crisis.alertBody', {
        share: formatShare(alert.observed / Math.max(1, alert.windowTotal), t), usual: formatShare(alert.expectedShare, t),
        scope: t(`insights.crisis.scopes.${alert.scope}`, { key }),
      }),
    };
  };
}

export function CrisisSection({ workspaceId, filter, channels }: { workspaceId: string; filter: InsightsFilter; channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const openedId = params.get('alert');
  const alerts = useQuery({ queryKey: ['workspaces', workspaceId, 'insights', 'alerts', filter], queryFn: () => insightsApi.alerts(workspaceId, filter), refetchInterval: pollMs });
  const detail = useQuery({
    queryKey: ['workspaces', workspaceId, 'insights', 'alert', openedId],
    queryFn: () => insightsApi.alert(workspaceId, openedId ?? ''),
    enabled: openedId !== null,
  });
  const acknowledge = useMutation({
    mutationFn: (alertId: string) => insightsApi.acknowledge(workspaceId, alertId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'insights'] }),
  });
  const textOf = useAlertText(channels);
  const open = (alertId: string | null) => setParams((current) => {
    const next = new URLSearchParams(current);
    if (alertId === null) next.delete('alert');
    else next.set('alert', alertId);
    return next;
  });
  const items = alerts.data?.items ?? [];
  const openAlerts = items.filter((alert) => alert.status === 'open');
  // Marking handled is a manager's call, and audited.
  const role = useWorkspace().role;
  const canAcknowledge = role === 'manager' || role === 'owner';
  return (
    <Stack gap="sm" data-testid="insights-crisis">
      <Title order={2} fz="h4">{t('insights.crisis.title')}</Title>
      <Text size="sm" c="dimmed">{t('insights.crisis.hint')}</Text>
      {openAlerts.map((alert) => {
        const text = textOf(alert);
        return (
          <Alert key={alert.id} color="red" variant="light" icon={<IconAlertTriangle />} title={text.title} data-testid="crisis-alert">
            <Stack gap={6}>
              <Text size="sm">{text.body}</Text>
              <Group gap="xs">
                <WorkspaceTime instant={alert.detectedAt} format="clock" />
                <Button size="compact-sm" color="red" onClick={() => open(alert.id)} data-testid="crisis-alert-open">{t('insights.crisis.open')}</Button>
                {canAcknowledge ? (
                  <Button size="compact-sm" variant="default" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(alert.id)} className="no-print">
                    {t('insights.crisis.acknowledge')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Alert>
        );
      })}
      <DataTable title={t('insights.crisis.title')} csvTable="crisis-alerts" rows={items} rowKey={(row) => row.id} testId="crisis-alert-table"
        columns={[
          { label: t('insights.crisis.detected'), value: (row) => row.detectedAt, render: (row) => <WorkspaceTime instant={row.detectedAt} format="clock" /> },
          { label: t('insights.crisis.observed'), value: (row) => textOf(row).body, render: (row) => <Anchor component="button" size="sm" onClick={() => open(row.id)}>{textOf(row).body}</Anchor> },
          { label: t('insights.crisis.score'), value: (row) => row.score, numeric: true },
          { label: t('insights.crisis.status'), value: (row) => t(`insights.crisis.statuses.${row.status}`),
            render: (row) => <Badge color={row.status === 'open' ? 'red' : 'gray'} variant="light">{t(`insights.crisis.statuses.${row.status}`)}</Badge> },
          { label: t('insights.crisis.deliveries'), value: (row) => Object.entries(row.deliveries).map(([target, outcome]) => `${target}: ${outcome}`).join('; ') },
        ]} />
      <Modal opened={openedId !== null} onClose={() => open(null)} title={t('insights.crisis.messagesTitle')} size="lg">
        {detail.data === undefined ? null : (
          <Stack gap="sm">
            <Text fw={600}>{textOf(detail.data.alert).body}</Text>
            <MessageLinks workspaceId={workspaceId} messages={detail.data.messages} />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
