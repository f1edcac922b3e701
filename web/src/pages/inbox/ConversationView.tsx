import { useEffect, useRef } from 'react';
import { Alert, Button, Center, Divider, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchConversation } from '../../api/workspaceApi';
import { queryKeys } from '../../api/queryKeys';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { describeError } from '../../ui/notifyApiError';
import { ConversationHeader } from './ConversationHeader';
import { RootPost } from './RootPost';
import { MessageBubble } from './MessageBubble';

interface ConversationViewProps {
  conversationId: string;
  onBack: () => void;
}

/** The thread of one conversation, oldest first, newest at the bottom like any chat. */
export function ConversationView({ conversationId, onBack }: ConversationViewProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const detail = useQuery({
    queryKey: queryKeys.conversation(workspace.id, conversationId),
    queryFn: ({ signal }) => fetchConversation(workspace.id, conversationId, signal),
  });
  const bottomRef = useRef<HTMLDivElement>(null);
  const messageCount = detail.data?.messages.length ?? 0;

  // Land on the newest message when a conversation opens or a new message arrives.
  useEffect(() => {
    if (messageCount > 0) bottomRef.current?.scrollIntoView({ block: 'end' });
  }, [conversationId, messageCount]);

  if (detail.isPending) {
    return (
      <Center h="100%" data-testid="conversation-view" aria-busy>
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (detail.isError) {
    return (
      <Stack p="lg" data-testid="conversation-view">
        <Alert color="red" role="alert">
          {describeError(detail.error)}
        </Alert>
        <Button variant="subtle" onClick={onBack} w="fit-content">
          {t('inbox.backToList')}
        </Button>
      </Stack>
    );
  }

  const { conversation, messages } = detail.data;
  return (
    <Stack gap={0} h="100%" data-testid="conversation-view" data-conversation-id={conversation.id}>
      <ConversationHeader conversation={conversation} onBack={onBack} />
      <Divider />
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="sm" p="md" component="section" aria-label={t('inbox.thread')}>
          {conversation.rootPost && <RootPost text={conversation.rootPost.text} network={conversation.channel.network} />}
          {messages.map((message) => (
            <MessageBubble key={message.id} message={message} channelHandle={conversation.channel.handle} />
          ))}
          {messages.length === 0 && (
            <Text c="dimmed" size="sm" ta="center">
              {t('inbox.noMessagesYet')}
            </Text>
          )}
          <div ref={bottomRef} />
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
