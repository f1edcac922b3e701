import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../api/types';
import { useSession } from '../../../session/SessionContext';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { useConversationActions } from '../data/useConversationActions';
import { INBOX_SEARCH_ID } from '../filters/InboxSearchBox';
import { REPLY_TEXT_ID } from '../reply/replyIds';
import { neighbourId, type ShortcutAction } from './inboxShortcuts';
import { useInboxShortcuts } from './useInboxShortcuts';

interface ShortcutContext {
  conversations: readonly ConversationSummary[];
  currentId: string | undefined;
  openConversation: (conversationId: string) => void;
  toggleHelp: () => void;
}

/** What each inbox shortcut does: j/k move, r replies, e closes, a assigns to me, / searches. */
export function useShortcutActions({ conversations, currentId, openConversation, toggleHelp }: ShortcutContext): void {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { user } = useSession();
  const actions = useConversationActions(workspace.id);
  const ids = conversations.map((conversation) => conversation.id);
  const canAct = workspace.role !== 'viewer';

  const move = (step: 1 | -1) => {
    const target = neighbourId(ids, currentId, step);
    if (target !== undefined && target !== currentId) openConversation(target);
  };

  useInboxShortcuts((action: ShortcutAction) => {
    switch (action) {
      case 'next':
        return move(1);
      case 'previous':
        return move(-1);
      case 'reply':
        return document.getElementById(REPLY_TEXT_ID)?.focus();
      case 'search':
        return document.getElementById(INBOX_SEARCH_ID)?.focus();
      case 'help':
        return toggleHelp();
      case 'close': {
        if (!currentId || !canAct) return;
        // Like archiving mail: the next conversation opens, so the officer keeps going.
        const next = neighbourId(ids, currentId, 1);
        const following = next === currentId ? neighbourId(ids, currentId, -1) : next;
        actions.mutate({ conversationIds: [currentId], changes: { status: 'closed' }, successMessage: t('inbox.actions.closed') });
        if (following !== undefined && following !== currentId) openConversation(following);
        return;
      }
      case 'assignToMe':
        if (!currentId || !canAct) return;
        actions.mutate({ conversationIds: [currentId], changes: { assigneeId: user.id }, successMessage: t('inbox.actions.assigned', { name: user.name }) });
        return;
      default: {
        const unknown: never = action;
        return unknown;
      }
    }
  });
}
