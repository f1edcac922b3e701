import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { conversationPath, sectionPath } from '../../workspace/paths';
import { ConversationView } from './ConversationView';
import { NoConversationSelected } from './NoConversationSelected';
import { InboxHeader } from './InboxHeader';
import { ListPaneHeader } from './ListPaneHeader';
import { useChannels, useInboxCounts, useMembers, useResponsePolicy } from './data/inboxQueries';
import { SavedViewTabs } from './filters/SavedViewTabs';
import { inboxFiltersToQuery, inboxFiltersToSearch, parseInboxFilters, withFilters, type InboxFilters } from './filters/inboxFilters';
import { ConversationList } from './list/ConversationList';
import { useBulkSelection } from './list/useBulkSelection';
import { useConversationList } from './list/useConversationList';
import { useLiveInbox } from './live/useLiveInbox';
import { usePresenceBoard } from './live/usePresenceBoard';
import { useTargetWarnings } from './live/useTargetWarnings';
import { useShortcutActions } from './shortcuts/useShortcutActions';
import classes from './InboxPage.module.css';

/** The engagement inbox: every conversation on every network, with the selected one beside it. */
export function InboxPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { user } = useSession();
  const navigate = useNavigate();
  const { conversationId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseInboxFilters(searchParams);
  const search = inboxFiltersToSearch(filters);
  const [helpOpened, setHelpOpened] = useState(false);

  const list = useConversationList(workspace.id, inboxFiltersToQuery(filters));
  const counts = useInboxCounts(workspace.id).data;
  const members = useMembers(workspace.id).data ?? [];
  const channels = useChannels(workspace.id).data ?? [];
  const warnBeforeShare = useResponsePolicy(workspace.id).data?.policy.warnBeforeShare;
  const selection = useBulkSelection(list.conversations.map((conversation) => conversation.id));
  const presence = usePresenceBoard(user.id);

  const openConversation = (id: string) => void navigate(conversationPath(workspace.id, id, search));
  const onTargetWarning = useTargetWarnings(openConversation);
  const liveState = useLiveInbox(workspace.id, { onPresence: presence.record, onTargetWarning });
  useShortcutActions({ conversations: list.conversations, currentId: conversationId, openConversation, toggleHelp: () => setHelpOpened((open) => !open) });

  const changeFilters = (changes: Partial<InboxFilters>) => {
    selection.clear();
    setSearchParams(new URLSearchParams(inboxFiltersToSearch(withFilters(filters, changes))));
  };

  return (
    <div className={classes.page} data-testid="inbox-page" data-has-selection={conversationId ? true : undefined}>
      <div className={classes.toolbar}>
        <InboxHeader liveState={liveState} counts={counts} helpOpened={helpOpened} onHelpChange={setHelpOpened} />
        <SavedViewTabs value={filters.view} onChange={(view) => changeFilters({ view })} counts={counts} />
      </div>
      <div className={classes.panes}>
        <section className={classes.listPane} aria-label={t('inbox.listLabel')}>
          <ListPaneHeader
            filters={filters}
            onFiltersChange={changeFilters}
            selection={selection}
            conversations={list.conversations}
            channels={channels}
            members={members}
          />
          <div className={classes.listBody}>
            <ConversationList
              list={list}
              selectedConversationId={conversationId}
              search={search}
              selection={selection}
              members={members}
              warnBeforeShare={warnBeforeShare}
            />
          </div>
        </section>
        <section className={classes.viewPane}>
          {conversationId ? (
            <ConversationView
              key={conversationId}
              conversationId={conversationId}
              onBack={() => void navigate(`${sectionPath(workspace.id, 'inbox')}${search}`)}
              othersHere={presence.othersIn(conversationId)}
              members={members}
              warnBeforeShare={warnBeforeShare}
            />
          ) : (
            <NoConversationSelected />
          )}
        </section>
      </div>
    </div>
  );
}
