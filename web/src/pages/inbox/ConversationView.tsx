import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Divider, Drawer, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchConversation } from '../../api/workspaceApi';
import type { Member } from '../../api/inboxTypes';
import { queryKeys } from '../../api/queryKeys';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { describeError } from '../../ui/notifyApiError';
import { ConversationHeader } from './ConversationHeader';
import { ConversationDetails } from './conversation/ConversationDetails';
import { PresenceNotice } from './conversation/PresenceNotice';
import type { PresenceEntry } from './live/presenceBoard';
import { MessageBubble } from './MessageBubble';
import { ReplyBox } from './reply/ReplyBox';
import { RootPost } from './RootPost';
import classes from './ConversationView.module.css';

interface ConversationViewProps {
  conversationId: string;
  onBack: () => void;
  othersHere: readonly PresenceEntry[];
  members: readonly Member[];
  warnBeforeShare: number | undefined;
}

/** One conversation: the thread (oldest first, like any chat), the reply box, and the contact beside it. */
export function ConversationView({ conversationId, onBack, othersHere, members, warnBeforeShare }: ConversationViewProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [detailsOpen, setDetailsOpen] = useState(false);
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
  const followerLanguage = [...messages].reverse().find((message) => message.direction === 'inbound')?.analysis?.language;
  return (
    <div className={classes.view} data-testid="conversation-view" data-conversation-id={conversation.id}>
      <div className={classes.main}>
        <ConversationHeader conversation={conversation} members={members} warnBeforeShare={warnBeforeShare} onBack={onBack} onShowDetails={() => setDetailsOpen(true)} />
        <PresenceNotice others={othersHere} />
        <Divider />
        <ScrollArea className={classes.thread} type="auto">
          <Stack gap="sm" p="md" component="section" aria-label={t('inbox.thread')}>
            {conversation.rootPost && <RootPost text={conversation.rootPost.text} network={conversation.channel.network} />}
            {messages.map((message) => (
              <MessageBubble key={message.id} message={message} channelHandle={conversation.channel.handle} conversationId={conversation.id} />
            ))}
            {messages.length === 0 && (
              <Text c="dimmed" size="sm" ta="center">
                {t('inbox.noMessagesYet')}
              </Text>
            )}
            <div ref={bottomRef} />
          </Stack>
        </ScrollArea>
        <ReplyBox conversation={conversation} followerLanguage={followerLanguage} />
      </div>
      <aside className={classes.aside} aria-label={t('inbox.actions.details')}>
        <ScrollArea h="100%" type="auto">
          <ConversationDetails detail={detail.data} />
        </ScrollArea>
      </aside>
      <Drawer opened={detailsOpen} onClose={() => setDetailsOpen(false)} position="right" size="sm" title={t('inbox.actions.details')} hiddenFrom="lg">
        <ConversationDetails detail={detail.data} />
      </Drawer>
    </div>
  );
}
