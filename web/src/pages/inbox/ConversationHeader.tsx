import { ActionIcon, Badge, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../api/inboxTypes';
import type { ConversationSummary } from '../../api/types';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { AnalysisBadges, StatusBadge } from './AnalysisBadges';
import { ConversationActionsBar } from './conversation/ConversationActionsBar';
import { ConversationTimer } from './list/ConversationTimer';
import { PriorityReasons } from './list/PriorityReasons';
import { TagChips } from './list/TagChips';

interface ConversationHeaderProps {
  conversation: ConversationSummary;
  members: readonly Member[];
  warnBeforeShare: number | undefined;
  onBack: () => void;
  /** Opens the contact and notes drawer where the side panel does not fit. */
  onShowDetails: () => void;
}

export function ConversationHeader({ conversation, members, warnBeforeShare, onBack, onShowDetails }: ConversationHeaderProps) {
  const { t } = useTranslation();
  const { contact, channel } = conversation;

  return (
    <Stack gap="xs" px="md" py="sm">
      <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
        <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 200px' }}>
          {/* On phones the list and the thread share the screen; this leads back to the list. */}
          <ActionIcon variant="subtle" color="gray" onClick={onBack} aria-label={t('inbox.backToList')} hiddenFrom="md">
            <IconArrowLeft size={18} aria-hidden />
          </ActionIcon>
          <Stack gap={2} miw={0}>
            <Group gap={6} wrap="nowrap">
              <Title order={2} fz="lg" lineClamp={1}>
                {contact?.displayName || contact?.handle || t('inbox.unknownContact')}
              </Title>
              {conversation.unanswered && (
                <Badge color="orange" variant="light" size="sm" style={{ flexShrink: 0 }}>
                  {t('inbox.unanswered')}
                </Badge>
              )}
              <StatusBadge status={conversation.status} />
            </Group>
            <Group gap={6} wrap="nowrap">
              <NetworkIcon network={channel.network} size={14} />
              <Text size="xs" c="dimmed" truncate>
                {[contact?.handle, channel.handle, t(conversation.kind === 'direct' ? 'inbox.direct' : 'inbox.comment')].filter(Boolean).join(' · ')}
              </Text>
            </Group>
          </Stack>
        </Group>
        <Group gap={6} wrap="nowrap">
          <ConversationActionsBar conversation={conversation} members={members} />
          <Tooltip label={t('inbox.actions.details')}>
            <ActionIcon variant="default" size={30} onClick={onShowDetails} aria-label={t('inbox.actions.details')} hiddenFrom="lg" data-testid="conversation-details-button">
              <IconId size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <AnalysisBadges intents={conversation.intents} sentiment={conversation.sentiment} emotion={conversation.emotion} urgency={conversation.urgency}>
          {conversation.spam && (
            <Badge size="sm" color="dark" variant="filled">
              {t('inbox.list.spam')}
            </Badge>
          )}
          <TagChips tags={conversation.tags} />
        </AnalysisBadges>
        <Group gap="md" wrap="nowrap" miw={0} maw="100%">
          <PriorityReasons reasons={conversation.priorityReasons} priority={conversation.priority} />
          <ConversationTimer conversation={conversation} warnBeforeShare={warnBeforeShare} />
        </Group>
      </Group>
    </Stack>
  );
}
