import { Button, Center, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationStatusFilter } from '../../api/types';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { conversationPath } from '../../workspace/paths';
import { ConversationListItem } from './ConversationListItem';
import { useConversationList } from './useConversationList';
import { describeError } from '../../ui/notifyApiError';

interface ConversationListProps {
  status: ConversationStatusFilter;
  selectedConversationId: string | undefined;
  /** Query string to keep on links (the status filter), e.g. "?status=all". */
  search: string;
}

export function ConversationList({ status, selectedConversationId, search }: ConversationListProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const list = useConversationList(workspace.id, status);

  if (list.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  }

  if (list.isError && !list.data) {
    return (
      <Stack align="center" p="xl" gap="sm">
        <Text c="dimmed" size="sm" ta="center">
          {describeError(list.error)}
        </Text>
        <Button variant="light" size="xs" onClick={() => void list.refetch()}>
          {t('errors.retry')}
        </Button>
      </Stack>
    );
  }

  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars={false}>
      <div>
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="conversation-list" aria-busy={list.isFetching}>
          {list.conversations.map((conversation) => (
            <li key={conversation.id}>
              <ConversationListItem
                conversation={conversation}
                href={conversationPath(workspace.id, conversation.id, search)}
                selected={conversation.id === selectedConversationId}
              />
            </li>
          ))}
        </Stack>
        {list.conversations.length === 0 && (
          <Text c="dimmed" ta="center" p="xl" size="sm" data-testid="conversation-list-empty">
            {t('inbox.empty')}
          </Text>
        )}
        {list.hasNextPage && (
          <Center p="md">
            <Button variant="subtle" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('inbox.loadMore')}
            </Button>
          </Center>
        )}
      </div>
    </ScrollArea>
  );
}
