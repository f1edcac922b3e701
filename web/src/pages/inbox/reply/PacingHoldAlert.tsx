import { Alert, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PacingHold } from '../../../api/inboxTypes';
import { formatWorkspaceDateTime } from '../../../time/formatTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { localized } from '../../../content-guard/localized';

// The guard's pacing rules (src/guard/pacing); a new one shows by its id until it is named here.
const pacingRules = ['POST_GAP', 'POSTS_PER_DAY', 'CONTACT_CAP', 'CHANNEL_REPLY_RATE', 'IDENTICAL_TEXT', 'NETWORK_LIMIT'] as const;

/** A pacing hold (409): which rule, and when the reply may go on the workspace clock. The text stays editable. */
export function PacingHoldAlert({ hold }: { hold: PacingHold }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const known = pacingRules.find((rule) => `PACE.${rule}` === hold.rule);
  const rule = known ? t(`inbox.hold.rules.${known}`) : hold.rule;
  const time = formatWorkspaceDateTime(hold.until, { timezone: workspace.timezone, locale: i18n.language });

  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconHourglass size={18} aria-hidden />}
      title={t('inbox.hold.title', { rule })}
      role="alert"
      data-testid="reply-hold"
      data-rule={hold.rule}
      data-until={hold.until}
      p="xs"
    >
      <Text size="xs">{localized(hold.message, i18n.language)}</Text>
      <Text size="xs" fw={600} data-testid="reply-hold-until">
        {t('inbox.hold.until', { time })}
      </Text>
    </Alert>
  );
}
