import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlarm, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ConversationSummary } from '../../../api/types';
import { formatWorkspaceDateTime } from '../../../time/formatTime';
import { useSecondClock } from '../../../time/useSecondClock';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { formatCountdown, readTimer, type TimerReading } from './responseTimer';

const colors = { ok: 'dimmed', due_soon: 'orange.8', breached: 'red.7', answered: 'teal.8' } as const;

type TimerConversation = Pick<ConversationSummary, 'unanswered' | 'firstResponseDueAt' | 'awaitingSince' | 'firstRespondedAt'>;

interface ConversationTimerProps {
  conversation: TimerConversation;
  warnBeforeShare?: number;
}

/**
 * Live countdown to the first-response target: amber when due soon, red once breached,
 * and still once the follower has been answered.
 */
export function ConversationTimer({ conversation, warnBeforeShare }: ConversationTimerProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const ticking = conversation.unanswered && conversation.firstResponseDueAt !== null;
  const now = useSecondClock(ticking);
  const reading = readTimer(conversation, now, warnBeforeShare);
  if (reading === null) return null;

  const context = { timezone: workspace.timezone, locale: i18n.language };
  const full = reading.state === 'answered'
    ? t('inbox.timer.answeredAt', { time: formatWorkspaceDateTime(conversation.firstRespondedAt ?? '', context) })
    : t('inbox.timer.dueAt', { time: formatWorkspaceDateTime(conversation.firstResponseDueAt ?? '', context) });
  const Icon = reading.state === 'answered' ? IconCircleCheck : reading.state === 'breached' ? IconClockExclamation : IconAlarm;

  return (
    <Tooltip label={full} openDelay={300}>
      <Group
        gap={4}
        wrap="nowrap"
        c={colors[reading.state]}
        data-testid="conversation-timer"
        data-state={reading.state}
        data-due-at={conversation.firstResponseDueAt ?? undefined}
        style={{ flexShrink: 0 }}
      >
        <Icon size={14} aria-hidden />
        <Text size="xs" c="inherit" fw={reading.state === 'ok' || reading.state === 'answered' ? 500 : 700} component="span" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {timerLabel(reading, t)}
        </Text>
      </Group>
    </Tooltip>
  );
}

function timerLabel(reading: TimerReading, t: TFunction): string {
  if (reading.state === 'answered') return t('inbox.timer.answered');
  const countdown = formatCountdown(reading.ms);
  const overdue = reading.state === 'breached';
  if (countdown.kind === 'days') return t(overdue ? 'inbox.timer.daysOverdue' : 'inbox.timer.daysLeft', { count: countdown.days });
  return t(overdue ? 'inbox.timer.overdue' : 'inbox.timer.left', { time: countdown.text });
}
