import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { conversationPath } from '../../workspace/paths';
import { WorkspaceTime } from '../../ui/WorkspaceTime';

interface MessageLink { id: string; conversationId: string | null; text: string; sentAt: string; authorName?: string | null; url?: string | null }

/**
 * Messages behind a trigger or an alert, each opening its conversation in the inbox. A Listening
 * post nobody has turned into a conversation opens on its network instead. Follower text is shown
 * as text only.
 */
export function MessageLinks({ workspaceId, messages }: { workspaceId: string; messages: readonly MessageLink[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <Text c="dimmed" size="sm">{t('insights.empty')}</Text>;
  return (
    <Stack gap="xs" data-testid="insights-message-links">
      {messages.map((message) => (
        <div key={message.id}>
          <Text size="sm">{message.text}</Text>
          <Group gap={6}>
            {message.authorName === undefined || message.authorName === null ? null : <Text size="xs" c="dimmed">{message.authorName}</Text>}
            <WorkspaceTime instant={message.sentAt} format="clock" />
            {message.conversationId !== null
              ? <Anchor component={Link} to={conversationPath(workspaceId, message.conversationId)} size="xs">{t('insights.crisis.openConversation')}</Anchor>
              : message.url === undefined || message.url === null ? null
                : <Anchor href={message.url} target="_blank" rel="noopener noreferrer" size="xs">{t('insights.crisis.openOnNetwork')}</Anchor>}
          </Group>
        </div>
      ))}
    </Stack>
  );
}
