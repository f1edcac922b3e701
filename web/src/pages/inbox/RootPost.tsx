import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types';
import { NetworkIcon } from '../../ui/NetworkIcon';

/** The post a comment thread hangs under, so the officer answers in context. */
export function RootPost({ text, network }: { text: string; network: Network }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)" data-testid="root-post">
      <Group gap={6} mb={4}>
        <NetworkIcon network={network} size={14} />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('inbox.rootPost')}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </Paper>
  );
}
