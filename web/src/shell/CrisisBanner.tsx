import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { insightsApi } from '../api/insightsApi';
import { useAlertText } from '../pages/insights/CrisisSection';
import { useChannels } from '../pages/insights/useChannelNames';
import { sectionPath } from '../workspace/paths';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useCrisisAlertEvents } from './useCrisisAlertEvents';

/** Live events bring a new alert at once; this catches an acknowledgement made elsewhere. */
const pollMs = 60_000;
const dismissedKey = 'sapa.crisis.dismissed';

function readDismissed(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(dismissedKey) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * On every page: the newest open crisis alert, linking to the messages that caused it. A
 * manager or owner marks it handled for everyone (audited); anyone can hide it in this tab.
 */
export function CrisisBanner() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const channels = useChannels(workspace.id);
  const textOf = useAlertText(channels);
  const [dismissed, setDismissed] = useState<string[]>(readDismissed);
  const key = ['workspaces', workspace.id, 'insights', 'open-alerts'] as const;
  const open = useQuery({ queryKey: key, queryFn: () => insightsApi.openAlerts(workspace.id), refetchInterval: pollMs });
  useCrisisAlertEvents(workspace.id, () => void queryClient.invalidateQueries({ queryKey: ['workspaces', workspace.id, 'insights'] }));
  const acknowledge = useMutation({
    mutationFn: (alertId: string) => insightsApi.acknowledge(workspace.id, alertId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspace.id, 'insights'] }),
  });
  const visible = (open.data?.items ?? []).filter((alert) => !dismissed.includes(alert.id));
  const [alert] = visible;
  if (alert === undefined) return null;
  const canAcknowledge = workspace.role === 'manager' || workspace.role === 'owner';
  const dismiss = () => {
    const next = [...dismissed, alert.id].slice(-50);
    sessionStorage.setItem(dismissedKey, JSON.stringify(next));
    setDismissed(next);
  };
  return (
    <Alert color="red" variant="filled" icon={<IconAlertTriangle />} mb="md" title={t('insights.banner.title', { observed: alert.observed })}
      data-testid="crisis-banner" className="no-print" role="alert">
      <Text size="sm">{textOf(alert).body}</Text>
      <Group gap="xs" mt="xs">
        <Button component={Link} to={`${sectionPath(workspace.id, 'insights')}?alert=${encodeURIComponent(alert.id)}`} size="compact-sm" variant="white" color="red"
          data-testid="crisis-banner-open">
          {t('insights.banner.open')}
        </Button>
        {canAcknowledge ? (
          <Button size="compact-sm" variant="outline" color="white" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(alert.id)} data-testid="crisis-banner-acknowledge">
            {t('insights.banner.acknowledge')}
          </Button>
        ) : null}
        <Button size="compact-sm" variant="subtle" color="white" onClick={dismiss} data-testid="crisis-banner-dismiss">{t('insights.banner.dismiss')}</Button>
        {visible.length > 1 ? <Text size="xs">{t('insights.banner.more', { count: visible.length - 1 })}</Text> : null}
      </Group>
    </Alert>
  );
}
