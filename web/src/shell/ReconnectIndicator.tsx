import { Button, HoverCard, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { queryKeys } from '../api/queryKeys';
import { fetchChannels } from '../api/workspaceApi';
import { canManageChannels, channelsNeedingReconnect } from '../pages/settings/channels/channelState';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { settingsPath } from '../workspace/paths';

// The inbox and Settings → Channels refresh the list from live events; elsewhere this poll
// keeps the warning within a minute of a network revoking Sapa's access.
const REFRESH_MS = 60_000;

/**
 * In the header on every page: a channel whose network no longer accepts Sapa ("needs reconnect")
 * receives and sends nothing, so the officer is told wherever they are, with the way to fix it.
 */
export function ReconnectIndicator() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { pathname } = useLocation();
  const channels = useQuery({ queryKey: queryKeys.channels(workspace.id), queryFn: ({ signal }) => fetchChannels(workspace.id, signal), refetchInterval: REFRESH_MS });
  const broken = channelsNeedingReconnect(channels.data ?? []);
  const target = settingsPath(workspace.id, 'channels');
  if (broken.length === 0) return null;
  const names = broken.map((channel) => `${channel.displayName} (${t(`network.${channel.network}`)})`).join(', ');

  return (
    <HoverCard width={320} shadow="md" withArrow openDelay={150}>
      <HoverCard.Target>
        <Button component={Link} to={target} size="xs" variant="light" color="orange" aria-current={pathname === target ? 'page' : undefined}
          leftSection={<IconPlugConnectedX size={16} aria-hidden />} aria-label={`${t('channels.banner.title')}: ${names}`} data-testid="reconnect-indicator">
          <Text span size="xs" fw={600} visibleFrom="sm">{t('channels.banner.label')}</Text>
          <Text span size="xs" fw={600} hiddenFrom="sm">{broken.length}</Text>
        </Button>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            <ThemeIcon component="span" size="sm" color="orange" variant="light" mr={6} style={{ verticalAlign: 'middle' }}><IconPlugConnectedX size={14} /></ThemeIcon>
            {t('channels.banner.title')}
          </Text>
          <Text size="sm">{t('channels.banner.body', { channels: names })}</Text>
          <Text size="sm" c="dimmed">{canManageChannels(workspace.role) ? t('channels.banner.manage') : t('channels.banner.ask')}</Text>
        </Stack>
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
