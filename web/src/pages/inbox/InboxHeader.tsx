import { Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationCounts } from '../../api/inboxTypes';
import type { LiveConnectionState } from '../../live/useWorkspaceEvents';
import { InboxCountsIndicator } from './filters/InboxCountsIndicator';
import { LiveIndicator } from './LiveIndicator';
import { ShortcutHelp } from './shortcuts/ShortcutHelp';

interface InboxHeaderProps {
  liveState: LiveConnectionState;
  counts: ConversationCounts | undefined;
  helpOpened: boolean;
  onHelpChange: (opened: boolean) => void;
}

export function InboxHeader({ liveState, counts, helpOpened, onHelpChange }: InboxHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm">
        <Title order={1} fz="h2">
          {t('inbox.title')}
        </Title>
        <LiveIndicator state={liveState} />
      </Group>
      <Group gap="xs" wrap="nowrap" miw={0}>
        <InboxCountsIndicator counts={counts} />
        <ShortcutHelp opened={helpOpened} onChange={onHelpChange} />
      </Group>
    </Group>
  );
}
