import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { channelsApi, type NetworkInfo } from '../../../api/channelsApi';
import { queryKeys } from '../../../api/queryKeys';
import type { Channel } from '../../../api/types';
import { fetchChannels } from '../../../api/workspaceApi';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { ChannelList } from './ChannelList';
import { canManageChannels } from './channelState';
import { ConnectWizard, type WizardTarget } from './ConnectWizard';
import { useChannelsLive } from './useChannelsLive';
import { useOAuthOutcome } from './useOAuthOutcome';

/** Settings → Channels: every channel with its state, and (for managers) connecting more. */
export function ChannelsSettings() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const channels = useQuery({ queryKey: queryKeys.channels(workspace.id), queryFn: ({ signal }) => fetchChannels(workspace.id, signal) });
  const networks = useQuery({ queryKey: queryKeys.networks, queryFn: ({ signal }) => channelsApi.networks(signal), staleTime: Infinity });
  const [outcome, clearOutcome] = useOAuthOutcome();
  const [wizard, setWizard] = useState<WizardTarget | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(outcome.connectedId);
  useChannelsLive(workspace.id);
  // Back from the network's sign-in: say so once; the channel is highlighted below.
  const oauthConnected = outcome.connectedId !== null;
  useEffect(() => {
    if (oauthConnected) notifySuccess(t('channels.oauth.connected'));
  }, [oauthConnected, t]);
  const canManage = canManageChannels(workspace.role);

  const connected = async (channel: Channel, reconnected: boolean) => {
    setWizard(null);
    setHighlightId(channel.id);
    notifySuccess(t(reconnected ? 'channels.wizard.reconnected' : 'channels.wizard.connected', { name: channel.displayName }));
    await queryClient.invalidateQueries({ queryKey: queryKeys.channels(workspace.id) });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-channels" data-testid="channels-settings">
      <Group justify="space-between" align="start" mb="md">
        <div style={{ flex: '1 1 280px' }}>
          <Title order={2} fz="h4" id="settings-channels">{t('channels.title')}</Title>
          <Text size="sm" c="dimmed">{t('channels.hint')}</Text>
        </div>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setWizard({ mode: 'connect' })} disabled={networks.data === undefined} data-testid="channel-connect-open" style={{ flexShrink: 0 }}>
            {t('channels.connect')}
          </Button>
        )}
      </Group>
      <Stack gap="md">
        {outcome.error !== null && (
          <Alert color="red" title={t('channels.oauth.failedTitle')} withCloseButton onClose={clearOutcome} data-testid="channel-oauth-error">
            {outcome.error}
          </Alert>
        )}
        {networks.data !== undefined && !networks.data.publicUrlConfigured && <PublicUrlNote networks={networks.data.items} />}
        <ChannelList
          channels={channels.data ?? []}
          loading={channels.isPending}
          highlightId={highlightId}
          onReconnect={(channel) => setWizard({ mode: 'reconnect', channel })}
        />
      </Stack>
      {wizard !== null && networks.data !== undefined && (
        <ConnectWizard
          target={wizard}
          networks={networks.data.items}
          publicUrlConfigured={networks.data.publicUrlConfigured}
          onClose={() => setWizard(null)}
          onConnected={connected}
        />
      )}
    </Paper>
  );
}

/** Without SAPA_PUBLIC_URL, webhook networks cannot deliver; polled ones still work (behind NAT too). */
function PublicUrlNote({ networks }: { networks: readonly NetworkInfo[] }) {
  const { t } = useTranslation();
  const names = (webhook: boolean) => networks.filter((network) => network.needsPublicUrl === webhook).map((network) => network.name).join(', ');
  return (
    <Alert color="yellow" variant="light" data-testid="channels-public-url-missing">
      <Text size="sm">{t('channels.publicUrlMissing', { webhook: names(true), polled: names(false) })}</Text>
    </Alert>
  );
}
