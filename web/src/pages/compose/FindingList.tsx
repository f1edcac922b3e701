import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../content-guard/guard';
import { localized } from '../../content-guard/localized';

export const severityColor: Record<Severity, string> = { block: 'red', warn: 'yellow', info: 'blue' };
const severityOrder: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

interface FindingListProps {
  findings: readonly Finding[];
  /** Select the finding's words in the draft, so the officer sees exactly what to change. */
  onSelect?: (finding: Finding) => void;
  /** Only the words and what is wrong (the full cards are already beside the draft). */
  compact?: boolean;
}

/** Each finding with its rule, what is wrong, and an honest alternative, most serious first. */
export function FindingList({ findings, onSelect, compact = false }: FindingListProps) {
  const { t, i18n } = useTranslation();
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.start - b.start);
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {sorted.map((finding) => (
        <Paper
          key={`${finding.rule}:${finding.start}`}
          component="li"
          withBorder
          p={compact ? 'xs' : 'sm'}
          style={{ borderLeft: `4px solid var(--mantine-color-${severityColor[finding.severity]}-6)` }}
          data-testid={compact ? 'blocking-finding' : 'guard-finding'}
          data-rule={finding.rule}
          data-severity={finding.severity}
        >
          <UnstyledButton onClick={() => onSelect?.(finding)} w="100%" aria-label={t('compose.guard.showInText', { excerpt: finding.excerpt })}>
            <Group gap="xs" mb={4} wrap="nowrap" justify="space-between">
              <Text fw={600} size="sm" lineClamp={1}>
                “{finding.excerpt}”
              </Text>
              <Badge color={severityColor[finding.severity]} variant="light" style={{ flexShrink: 0 }}>
                {t(`compose.guard.severity.${finding.severity}`)}
              </Badge>
            </Group>
          </UnstyledButton>
          <Text size="sm">{localized(finding.message, i18n.language)}</Text>
          {!compact && (
            <>
              <Text size="sm" c="dimmed" mt={4}>
                <Text span fw={600} c="teal.8" inherit>
                  {t('compose.guard.suggestion')}
                </Text>{' '}
                {localized(finding.suggestion, i18n.language)}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {finding.rule} · {finding.source}
              </Text>
            </>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
