import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconDots, IconPlugConnected, IconRefresh, IconUnlink } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { channelsApi, type ChannelTestResult } from '../../../api/channelsApi';
import { queryKeys } from '../../../api/queryKeys';
import type { Channel } from '../../../api/types';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import type { ChannelActions } from './channelState';

interface ChannelActionsBarProps {
  channel: Channel;
  actions: ChannelActions;
  onReconnect: (channel: Channel) => void;
  onTested: (result: ChannelTestResult) => void;
}

/** Test, reconnect and disconnect, each only for the roles allowed to (see channelActionsFor). */
export function ChannelActionsBar({ channel, actions, onReconnect, onTested }: ChannelActionsBarProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.channels(workspace.id) });
  // Failures of the calls themselves (403, 5xx) are shown by the query client's error handler.
  // A test may change the state (a refusal marks "needs reconnect", a success clears it).
  const test = useMutation({
    mutationFn: () => channelsApi.test(workspace.id, channel.id),
    onSuccess: async (result) => { onTested(result); await refresh(); },
  });
  const disconnect = useMutation({
    mutationFn: () => channelsApi.disconnect(workspace.id, channel.id),
    onSuccess: async () => {
      setConfirming(false);
      notifySuccess(t('channels.disconnect.done', { name: channel.displayName }));
      await refresh();
    },
  });
  if (!actions.test && !actions.reconnect && !actions.disconnect) return null;

  return (
    // A fixed width keeps the state column aligned from row to row.
    <Group gap="xs" justify="flex-end" wrap="nowrap" style={{ flex: '0 0 280px' }}>
      {actions.test && (
        <Button size="xs" variant="default" leftSection={<IconPlugConnected size={14} />} onClick={() => test.mutate()} loading={test.isPending} data-testid="channel-test">
          {t('channels.actions.test')}
        </Button>
      )}
      {actions.reconnect && (
        <Button size="xs" variant={channel.status === 'needs_reconnect' || channel.status === 'disconnected' ? 'filled' : 'light'} leftSection={<IconRefresh size={14} />}
          onClick={() => onReconnect(channel)} data-testid="channel-reconnect">
          {t('channels.actions.reconnect')}
        </Button>
      )}
      {actions.disconnect && (
        // Out of the way of the everyday buttons: disconnecting stops the channel until reconnected.
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('channels.actions.menu', { name: channel.displayName })} data-testid="channel-menu">
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item color="red" leftSection={<IconUnlink size={14} />} onClick={() => setConfirming(true)} data-testid="channel-disconnect">
              {t('channels.actions.disconnect')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('channels.disconnect.title', { name: channel.displayName })} centered>
        <Stack gap="md">
          <Text size="sm">{t('channels.disconnect.body')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>{t('channels.disconnect.cancel')}</Button>
            <Button color="red" onClick={() => disconnect.mutate()} loading={disconnect.isPending} data-testid="channel-disconnect-confirm">
              {t('channels.disconnect.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
