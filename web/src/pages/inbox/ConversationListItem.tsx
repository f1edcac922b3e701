import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../api/types';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { AnalysisBadges, StatusBadge } from './AnalysisBadges';
import { UnansweredMarker } from './UnansweredMarker';
import { ResponseDue } from './ResponseDue';
import classes from './ConversationListItem.module.css';

interface ConversationListItemProps {
  conversation: ConversationSummary;
  href: string;
  selected: boolean;
}

/** One row of the inbox. Every follower-written string is rendered as plain text. */
export function ConversationListItem({ conversation, href, selected }: ConversationListItemProps) {
  const { t } = useTranslation();
  const { channel, contact, lastMessage } = conversation;
  const preview = lastMessage
    ? lastMessage.direction === 'outbound'
      ? t('inbox.youReplied', { text: lastMessage.text })
      : lastMessage.text
    : t('inbox.noMessagesYet');

  return (
    <UnstyledButton
      component={Link}
      to={href}
      className={classes.item}
      data-selected={selected || undefined}
      data-unanswered={conversation.unanswered || undefined}
      aria-current={selected ? 'true' : undefined}
      data-testid="conversation-item"
      data-conversation-id={conversation.id}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap={6} wrap="nowrap" miw={0}>
            <NetworkIcon network={channel.network} size={15} />
            <Text size="xs" c="dimmed" truncate>
              {channel.handle}
            </Text>
          </Group>
          {lastMessage && <WorkspaceTime instant={lastMessage.sentAt} style={{ flexShrink: 0 }} />}
        </Group>
        <Group gap={6} wrap="nowrap" miw={0}>
          {conversation.unanswered && <UnansweredMarker />}
          <Text fw={conversation.unanswered ? 700 : 500} size="sm" truncate>
            {contact?.displayName || contact?.handle || t('inbox.unknownContact')}
          </Text>
          {/* Facebook "handles" are often the display name again; saying it twice is noise. */}
          {contact?.displayName && contact.handle !== contact.displayName && (
            <Text size="xs" c="dimmed" truncate>
              {contact.handle}
            </Text>
          )}
        </Group>
        <Text size="sm" c={conversation.unanswered ? undefined : 'dimmed'} lineClamp={2} className={classes.preview}>
          {preview}
        </Text>
        <AnalysisBadges intents={conversation.intents} sentiment={conversation.sentiment} urgency={conversation.urgency} hideNormalUrgency>
          <StatusBadge status={conversation.status} />
        </AnalysisBadges>
        {conversation.unanswered && conversation.firstResponseDueAt && <ResponseDue dueAt={conversation.firstResponseDueAt} />}
      </Stack>
    </UnstyledButton>
  );
}
