import { Group, Text } from '@mantine/core';
import { IconClockExclamation, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { formatWorkspaceClock } from '../../time/formatTime';
import { useNow } from '../../time/useNow';

/** The first-response target of an unanswered conversation, red once it has passed. */
export function ResponseDue({ dueAt }: { dueAt: string }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const now = useNow();
  const overdue = new Date(dueAt).getTime() <= now.getTime();
  const time = formatWorkspaceClock(dueAt, { timezone: workspace.timezone, locale: i18n.language });
  const Icon = overdue ? IconClockExclamation : IconClock;

  return (
    <Group gap={4} wrap="nowrap" c={overdue ? 'red' : 'dimmed'}>
      <Icon size={14} aria-hidden />
      <Text size="xs" c="inherit" fw={overdue ? 600 : 400}>
        {overdue ? t('inbox.overdue', { time }) : t('inbox.dueAt', { time })}
      </Text>
    </Group>
  );
}
