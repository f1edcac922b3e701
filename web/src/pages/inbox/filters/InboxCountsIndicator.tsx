import { Badge, Group, Tooltip } from '@mantine/core';
import { IconAlarm, IconConfetti, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConversationCounts } from '../../../api/inboxTypes';

/**
 * The inbox-zero indicator: questions still waiting for a first answer, always in view,
 * and the conversations past their first-response target beside it.
 */
export function InboxCountsIndicator({ counts }: { counts: ConversationCounts | undefined }) {
  const { t } = useTranslation();
  if (!counts) return null;
  const zero = counts.unansweredQuestions === 0;

  return (
    <Group gap={6} wrap="wrap" aria-live="polite">
      <Tooltip label={zero ? t('inbox.counts.inboxZero') : t('inbox.counts.hint')} multiline w={260}>
        <Badge
          size="lg"
          variant="light"
          color={zero ? 'teal' : 'orange'}
          leftSection={zero ? <IconConfetti size={16} aria-hidden /> : <IconHelpCircle size={16} aria-hidden />}
          data-testid="inbox-zero"
          data-zero={zero || undefined}
        >
          <span data-testid="inbox-zero-count">{counts.unansweredQuestions}</span> {t('inbox.counts.unansweredQuestions', { count: counts.unansweredQuestions })}
        </Badge>
      </Tooltip>
      {counts.breaching > 0 && (
        <Badge size="lg" variant="light" color="red" leftSection={<IconAlarm size={16} aria-hidden />} data-testid="breaching">
          <span data-testid="breaching-count">{counts.breaching}</span> {t('inbox.counts.breaching', { count: counts.breaching })}
        </Badge>
      )}
    </Group>
  );
}
