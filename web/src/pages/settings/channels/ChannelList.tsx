import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../api/types';
import { ChannelItem } from './ChannelItem';

interface ChannelListProps {
  channels: readonly Channel[];
  loading: boolean;
  /** The channel just connected, shown highlighted. */
  highlightId: string | null;
  onReconnect: (channel: Channel) => void;
}

/** The workspace's channels, working ones first, disconnected ones last. */
export function ChannelList({ channels, loading, highlightId, onReconnect }: ChannelListProps) {
  const { t } = useTranslation();
  if (loading) return <Center py="lg"><Loader size="sm" /></Center>;
  if (channels.length === 0) return <Text size="sm" c="dimmed" data-testid="channels-empty">{t('channels.empty')}</Text>;
  const ordered = [...channels].sort((a, b) => Number(a.status === 'disconnected') - Number(b.status === 'disconnected'));
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('channels.title')} data-testid="channels-list">
      {ordered.map((channel) => (
        <ChannelItem key={channel.id} channel={channel} highlighted={channel.id === highlightId} onReconnect={onReconnect} />
      ))}
    </Stack>
  );
}
