import { Button, Center, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../api/inboxTypes';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { conversationPath } from '../../../workspace/paths';
import { describeError } from '../../../ui/notifyApiError';
import { ConversationListItem } from './ConversationListItem';
import type { ConversationListState } from './useConversationList';
import type { BulkSelection } from './useBulkSelection';

interface ConversationListProps {
  list: ConversationListState;
  selectedConversationId: string | undefined;
  /** Query string to keep on links (the filters), e.g. "?view=mine". */
  search: string;
  selection: BulkSelection;
  members: readonly Member[];
  warnBeforeShare: number | undefined;
}

export function ConversationList({ list, selectedConversationId, search, selection, members, warnBeforeShare }: ConversationListProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();

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
                checked={selection.isChecked(conversation.id)}
                onCheckedChange={(checked) => selection.toggle(conversation.id, checked)}
                assignee={members.find((member) => member.id === conversation.assigneeId)}
                warnBeforeShare={warnBeforeShare}
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
