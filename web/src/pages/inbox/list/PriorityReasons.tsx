import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PriorityReason } from '../../../api/inboxTypes';

const SHOWN = 3;
const SHOWN_AS_BADGES: ReadonlySet<string> = new Set(['question', 'complaint', 'purchase_intent', 'urgent', 'negative_emotion', 'awaiting_reply', 'spam']);

/** Strongest reasons first: what the officer most needs to know about this place in the queue. */
export function rankReasons(reasons: readonly PriorityReason[]): PriorityReason[] {
  return [...reasons].filter((reason) => reason.points !== 0).sort((a, b) => b.points - a.points);
}

/**
 * Why a conversation sits where it does: its strongest priority reasons in words, and the
 * whole score, part by part, on hover. The words are visible so the list explains itself.
 */
export function PriorityReasons({ reasons, priority, compact = false }: { reasons: readonly PriorityReason[]; priority: number; compact?: boolean }) {
  const { t } = useTranslation();
  const ranked = rankReasons(reasons);
  if (ranked.length === 0) return null;
  const words = (reason: string) => t(`inbox.reasons.${reason}`, { defaultValue: reason.replace(/_/g, ' ') });
  // "Urgent: health reaction" — the officer sees at once why it jumped the queue.
  const label = (part: PriorityReason) => {
    const because = (part.because ?? []).map((family) => t(`inbox.urgency.${family}`, { defaultValue: family.replace(/_/g, ' ') }));
    return because.length > 0 ? `${words(part.reason)}: ${because.join(', ')}` : words(part.reason);
  };
  // In the busy list, the analysis badges already say "Urgent" or "Complaint": name only what they do not.
  const worded = compact ? ranked.filter((reason) => !SHOWN_AS_BADGES.has(reason.reason) || (reason.because ?? []).length > 0) : ranked;
  const shown = worded.slice(0, SHOWN).map((reason) => label(reason));
  const hidden = worded.length - shown.length;

  const breakdown = (
    <Stack gap={2}>
      <Text size="xs" fw={700}>
        {t('inbox.list.whyHere')}
      </Text>
      {ranked.map((reason) => (
        <Group key={reason.reason} justify="space-between" gap="md" wrap="nowrap">
          <Text size="xs">{label(reason)}</Text>
          <Text size="xs" fw={600}>
            {reason.points > 0 ? `+${reason.points}` : reason.points}
          </Text>
        </Group>
      ))}
      <Group justify="space-between" gap="md" wrap="nowrap">
        <Text size="xs" fw={700}>
          {t('inbox.list.total')}
        </Text>
        <Text size="xs" fw={700}>
          {priority}
        </Text>
      </Group>
    </Stack>
  );

  return (
    <Tooltip label={breakdown} openDelay={200} multiline w={220} withArrow>
      <Group gap={3} wrap="nowrap" miw={0} c="dimmed" data-testid="priority-reasons" data-reasons={ranked.map((reason) => reason.reason).join(' ')}>
        <IconArrowUpRight size={13} aria-hidden style={{ flexShrink: 0 }} />
        <Text size="xs" c="inherit" truncate>
          {[t('inbox.list.priority', { points: priority }), ...shown].join(' · ')}
          {hidden > 0 ? ` +${hidden}` : ''}
        </Text>
      </Group>
    </Tooltip>
  );
}
