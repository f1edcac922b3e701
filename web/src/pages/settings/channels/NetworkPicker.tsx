import { Badge, Group, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkInfo } from '../../../api/channelsApi';
import type { ChannelCapabilities } from '../../../api/types';
import { NetworkIcon } from '../../../ui/NetworkIcon';
import classes from './NetworkPicker.module.css';

/** What a card says a network can do, in this order. */
const shownCapabilities = ['replyInThread', 'directMessages', 'publish', 'search', 'metrics'] as const satisfies readonly (keyof ChannelCapabilities)[];

/** One card per network: its name, how messages arrive, and what Sapa can do there. */
export function NetworkPicker({ networks, publicUrlConfigured, onPick }: { networks: readonly NetworkInfo[]; publicUrlConfigured: boolean; onPick: (network: NetworkInfo) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>{t('channels.wizard.pick')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {networks.map((network) => <NetworkCard key={network.network} network={network} publicUrlConfigured={publicUrlConfigured} onPick={() => onPick(network)} />)}
      </SimpleGrid>
    </Stack>
  );
}

function NetworkCard({ network, publicUrlConfigured, onPick }: { network: NetworkInfo; publicUrlConfigured: boolean; onPick: () => void }) {
  const { t } = useTranslation();
  const can = shownCapabilities.filter((capability) => network.capabilities[capability]).map((capability) => t(`channels.wizard.can.${capability}`));
  const inboundColor = network.capabilities.inbound === 'poll' ? 'teal' : publicUrlConfigured ? 'blue' : 'orange';
  return (
    <UnstyledButton onClick={onPick} className={classes.button} data-testid={`network-card-${network.network}`} style={{ display: 'block', height: '100%' }}>
      <Paper withBorder p="sm" h="100%" className={classes.card}>
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap">
            <NetworkIcon network={network.network} size={24} />
            <Text fw={600}>{network.name}</Text>
          </Group>
          <Badge variant="light" color={inboundColor} size="sm" tt="none" style={{ alignSelf: 'flex-start' }}>
            {t(`channels.wizard.inbound.${network.capabilities.inbound}`)}
          </Badge>
          <Text size="xs" c="dimmed">{can.join(' · ')}</Text>
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}
