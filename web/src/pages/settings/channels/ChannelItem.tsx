import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelTestResult } from '../../../api/channelsApi';
import type { Channel } from '../../../api/types';
import { NetworkIcon } from '../../../ui/NetworkIcon';
import { WorkspaceTime } from '../../../ui/WorkspaceTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { ChannelActionsBar } from './ChannelActionsBar';
import { ChannelStateBadge } from './ChannelStateBadge';
import { channelActionsFor, channelStateOf, type ChannelState } from './channelState';
import { WebhookAddress } from './WebhookAddress';

const reasonColors: Partial<Record<ChannelState['kind'], string>> = { error: 'red', needs_reconnect: 'orange' };

interface ChannelItemProps {
  channel: Channel;
  highlighted: boolean;
  onReconnect: (channel: Channel) => void;
}

/** One channel: who it is, its state, when it last heard from a follower, and what you may do. */
export function ChannelItem({ channel, highlighted, onReconnect }: ChannelItemProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [testResult, setTestResult] = useState<ChannelTestResult | null>(null);
  const ref = useRef<HTMLLIElement>(null);
  const state = channelStateOf(channel);
  // A rate limit carries the network's own words too (in status_reason) while it lasts.
  const reason = state.kind === 'needs_reconnect' || state.kind === 'error' ? state.reason : state.kind === 'rate_limited' ? channel.statusReason : null;

  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);

  return (
    <Paper
      ref={ref}
      component="li"
      withBorder
      p="md"
      data-testid="channel-row"
      data-channel-id={channel.id}
      data-state={state.kind}
      data-highlighted={highlighted || undefined}
      style={highlighted ? { borderColor: 'var(--mantine-color-teal-6)', boxShadow: '0 0 0 1px var(--mantine-color-teal-6)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="start" gap="sm">
          <Group gap="sm" wrap="nowrap" align="start" style={{ minWidth: 0, flex: '1 1 180px' }}>
            <Box pt={2} c={channel.status === 'disconnected' ? 'dimmed' : undefined}><NetworkIcon network={channel.network} size={22} /></Box>
            <Box style={{ minWidth: 0 }}>
              <Text fw={600} truncate="end" data-testid="channel-name">{channel.displayName}</Text>
              <Text size="sm" c="dimmed" truncate="end">@{channel.handle} · {t(`network.${channel.network}`)}</Text>
            </Box>
          </Group>
          <Stack gap={4} align="flex-start" style={{ flex: '0 0 210px' }}>
            <Group gap={6}>
              <ChannelStateBadge state={state} />
              {channel.simulated && state.kind !== 'demo' && <Badge color="grape" variant="outline" size="sm">{t('channels.state.demo')}</Badge>}
            </Group>
            <Text size="xs" c="dimmed" component="div">
              {t('channels.lastReceived')}:{' '}
              {channel.lastReceivedAt === null ? t('channels.never') : <WorkspaceTime instant={channel.lastReceivedAt} data-testid="channel-last-received" />}
            </Text>
          </Stack>
          <ChannelActionsBar channel={channel} actions={channelActionsFor(channel, workspace.role)} onReconnect={onReconnect} onTested={setTestResult} />
        </Group>
        {reason !== null && <Text size="sm" c={reasonColors[state.kind] ?? 'dimmed'} data-testid="channel-status-reason">{reason}</Text>}
        {channel.simulated && <Text size="xs" c="dimmed">{t('channels.demoHint')}</Text>}
        {!channel.simulated && channel.status !== 'disconnected' && channel.capabilities.inbound === 'webhook' && (
          <WebhookAddress url={channel.webhookUrl} network={t(`network.${channel.network}`)} />
        )}
        {testResult !== null && <TestResultNote result={testResult} onClose={() => setTestResult(null)} />}
      </Stack>
    </Paper>
  );
}

function TestResultNote({ result, onClose }: { result: ChannelTestResult; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color={result.ok ? 'teal' : 'red'} variant="light" withCloseButton onClose={onClose} p="xs" data-testid="channel-test-result" data-ok={result.ok}>
      <Text size="sm">
        {result.ok ? t('channels.test.ok', { handle: result.account?.handle ?? '' }) : t('channels.test.failed', { message: result.message ?? result.code ?? '' })}
      </Text>
    </Alert>
  );
}
