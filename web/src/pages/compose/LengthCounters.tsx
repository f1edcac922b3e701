import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkLimits } from '../../../../src/channels/limits.js';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { graphemeCount, lengthCounts } from './networkLimits';

/** "123 / 280" per chosen network; over the limit turns red, since the network would refuse it. */
export function LengthCounters({ text, limits }: { text: string; limits: readonly NetworkLimits[] }) {
  const { t } = useTranslation();
  const counts = lengthCounts(text, limits);
  return (
    <Group gap="md" justify="flex-end" data-testid="length-counters">
      {counts.length === 0 ? (
        // Grapheme count, not UTF-16 units: an emoji is one character to a follower.
        <Text size="xs" c="dimmed">
          {t('compose.characters', { count: graphemeCount(text) })}
        </Text>
      ) : (
        counts.map((count) => (
          <Group key={count.network} gap={4} wrap="nowrap" data-testid={`length-${count.network}`}>
            <NetworkIcon network={count.network} size={14} />
            <Text size="xs" c={count.used > count.max ? 'red.7' : 'dimmed'} fw={count.used > count.max ? 700 : 400}>
              {count.used.toLocaleString()} / {count.max.toLocaleString()}
            </Text>
          </Group>
        ))
      )}
    </Group>
  );
}
