import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../content-guard/localized';
import type { DisplayFinding, FindingSeverity } from './guardFindings';
import classes from './GuardFindingList.module.css';

const severityColors: Record<FindingSeverity, string> = { block: 'red', warn: 'yellow', info: 'blue' };

interface GuardFindingListProps {
  findings: readonly DisplayFinding[];
  /** Selects the finding's words in the reply. */
  onSelect: (finding: DisplayFinding) => void;
  source: 'browser' | 'server';
}

/** Each finding: what is wrong in the officer's language, the words, and an honest alternative. */
export function GuardFindingList({ findings, onSelect, source }: GuardFindingListProps) {
  const { t, i18n } = useTranslation();
  if (findings.length === 0) return null;

  return (
    <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('inbox.guard.title')}>
      {findings.map((finding) => (
        <li key={`${finding.rule}:${finding.start}:${finding.end}`}>
          {/* A div acting as a button: a real <button> may not hold the paragraphs inside. */}
          <div
            role="button"
            tabIndex={0}
            className={classes.finding}
            data-severity={finding.severity}
            onClick={() => onSelect(finding)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(finding);
              }
            }}
            title={t('inbox.guard.select')}
            data-testid="guard-finding"
            data-rule={finding.rule}
            data-source={source}
          >
            <Paper p={6} px="xs" radius="sm" className={classes.card}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge size="xs" color={severityColors[finding.severity]} variant={finding.severity === 'block' ? 'filled' : 'light'} style={{ flexShrink: 0, marginTop: 2 }}>
                  {t(`inbox.guard.severity.${finding.severity}`)}
                </Badge>
                <Stack gap={0} miw={0}>
                  <Text size="xs" fw={600}>
                    {localized(finding.message, i18n.language)}{' '}
                    <Text span size="xs" c="dimmed" fw={400} className={classes.excerpt}>
                      “{finding.excerpt}”
                    </Text>
                  </Text>
                  {finding.suggestion && (
                    <Text size="xs" c="dimmed">
                      {t('inbox.guard.suggestion', { text: localized(finding.suggestion, i18n.language) })}
                    </Text>
                  )}
                </Stack>
              </Group>
            </Paper>
          </div>
        </li>
      ))}
    </Stack>
  );
}
