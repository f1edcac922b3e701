import { Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../api/inboxTypes';
import type { ConversationSummary } from '../../../api/types';
import { NetworkIcon } from '../../../ui/NetworkIcon';
import { WorkspaceTime } from '../../../ui/WorkspaceTime';
import { AnalysisBadges, StatusBadge } from '../AnalysisBadges';
import { UnansweredMarker } from '../UnansweredMarker';
import { AssigneeAvatar } from './AssigneeAvatar';
import { ConversationTimer } from './ConversationTimer';
import { PriorityReasons } from './PriorityReasons';
import { TagChips } from './TagChips';
import classes from './ConversationListItem.module.css';

interface ConversationListItemProps {
  conversation: ConversationSummary;
  href: string;
  selected: boolean;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  assignee: Member | undefined;
  warnBeforeShare: number | undefined;
}

/** One row of the inbox. Every follower-written string is rendered as plain text. */
export function ConversationListItem({ conversation, href, selected, checked, onCheckedChange, assignee, warnBeforeShare }: ConversationListItemProps) {
  const { t } = useTranslation();
  const { channel, contact, lastMessage } = conversation;
  const name = contact?.displayName || contact?.handle || t('inbox.unknownContact');
  const preview = lastMessage
    ? lastMessage.direction === 'outbound'
      ? t('inbox.youReplied', { text: lastMessage.text })
      : lastMessage.text
    : t('inbox.noMessagesYet');

  return (
    <div
      className={classes.row}
      data-selected={selected || undefined}
      data-checked={checked || undefined}
      data-unanswered={conversation.unanswered || undefined}
      data-target-state={conversation.targetState ?? undefined}
      data-testid="conversation-item"
      data-conversation-id={conversation.id}
    >
      {/* Outside the link: a checkbox inside an <a> would open the conversation too. */}
      <Checkbox
        className={classes.check}
        size="xs"
        checked={checked}
        onChange={(event) => onCheckedChange(event.currentTarget.checked)}
        aria-label={t('inbox.list.select', { name })}
        data-testid="bulk-select"
      />
      <UnstyledButton component={Link} to={href} className={classes.link} aria-current={selected ? 'true' : undefined} data-testid="conversation-link">
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Group gap={6} wrap="nowrap" miw={0}>
              <NetworkIcon network={channel.network} size={15} />
              <Text size="xs" c="dimmed" truncate>
                {channel.handle}
              </Text>
            </Group>
            <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
              <AssigneeAvatar member={assignee} size="xs" />
              {lastMessage && <WorkspaceTime instant={lastMessage.sentAt} />}
            </Group>
          </Group>
          <Group gap={6} wrap="nowrap" miw={0}>
            {conversation.unanswered && <UnansweredMarker />}
            <Text fw={conversation.unanswered ? 700 : 500} size="sm" truncate>
              {name}
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
            {conversation.status !== 'open' && <StatusBadge status={conversation.status} />}
            <TagChips tags={conversation.tags} />
          </AnalysisBadges>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <PriorityReasons reasons={conversation.priorityReasons} priority={conversation.priority} compact />
            <ConversationTimer conversation={conversation} warnBeforeShare={warnBeforeShare} />
          </Group>
        </Stack>
      </UnstyledButton>
    </div>
  );
}
