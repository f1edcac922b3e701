import { ActionIcon, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../api/types';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { AnalysisBadges, StatusBadge } from './AnalysisBadges';
import { ResponseDue } from './ResponseDue';

interface ConversationHeaderProps {
  conversation: ConversationSummary;
  onBack: () => void;
}

export function ConversationHeader({ conversation, onBack }: ConversationHeaderProps) {
  const { t } = useTranslation();
  const { contact, channel } = conversation;

  return (
    <Stack gap="xs" p="md">
      <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
        <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 220px' }}>
          {/* On phones the list and the thread share the screen; this leads back to the list. */}
          <ActionIcon variant="subtle" color="gray" onClick={onBack} aria-label={t('inbox.backToList')} hiddenFrom="md">
            <IconArrowLeft size={18} aria-hidden />
          </ActionIcon>
          <Stack gap={2} miw={0}>
            <Title order={2} fz="lg" lineClamp={1}>
              {contact?.displayName || contact?.handle || t('inbox.unknownContact')}
            </Title>
            <Group gap={6} wrap="nowrap">
              <NetworkIcon network={channel.network} size={14} />
              <Text size="xs" c="dimmed" truncate>
                {[contact?.handle, channel.handle, t(conversation.kind === 'direct' ? 'inbox.direct' : 'inbox.comment')].filter(Boolean).join(' · ')}
              </Text>
            </Group>
          </Stack>
        </Group>
        <Group gap={6} wrap="nowrap">
          {conversation.unanswered && (
            <Badge color="orange" variant="light" size="sm">
              {t('inbox.unanswered')}
            </Badge>
          )}
          <StatusBadge status={conversation.status} />
        </Group>
      </Group>
      <Group gap="sm" justify="space-between">
        <AnalysisBadges intents={conversation.intents} sentiment={conversation.sentiment} emotion={conversation.emotion} urgency={conversation.urgency} />
        {conversation.unanswered && conversation.firstResponseDueAt && <ResponseDue dueAt={conversation.firstResponseDueAt} />}
      </Group>
    </Stack>
  );
}
