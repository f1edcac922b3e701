import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Finding, GuardResult } from '../../content-guard/guard';
import { FindingList } from './FindingList';
import { SoftSellMeter } from './SoftSellMeter';

interface GuardPanelProps {
  id: string;
  result: GuardResult;
  hasText: boolean;
  onSelect: (finding: Finding) => void;
}

/** The live check beside the draft: the soft-sell score, then every finding. */
export function GuardPanel({ id, result, hasText, onSelect }: GuardPanelProps) {
  const { t } = useTranslation();
  const counts = { block: 0, warn: 0, info: 0 };
  for (const finding of result.findings) counts[finding.severity] += 1;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} data-testid="guard-panel">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h5" id={`${id}-title`}>
            {t('compose.guard.title')}
          </Title>
          {hasText && (
            <Group gap={6} aria-live="polite" data-testid="guard-counts">
              <Badge color="red" variant={counts.block > 0 ? 'filled' : 'light'}>
                {t('compose.guard.countBlock', { count: counts.block })}
              </Badge>
              <Badge color="yellow" variant="light">
                {t('compose.guard.countWarn', { count: counts.warn })}
              </Badge>
              <Badge color="blue" variant="light">
                {t('compose.guard.countInfo', { count: counts.info })}
              </Badge>
            </Group>
          )}
        </Group>
        {hasText && <SoftSellMeter result={result} />}
        <div id={id}>
          {!hasText ? (
            <Text size="sm" c="dimmed">
              {t('compose.guard.empty')}
            </Text>
          ) : result.findings.length === 0 ? (
            <Alert variant="light" color="teal" icon={<IconShieldCheck aria-hidden />}>
              {t('compose.guard.clean')}
            </Alert>
          ) : (
            <FindingList findings={result.findings} onSelect={onSelect} />
          )}
        </div>
      </Stack>
    </Paper>
  );
}
