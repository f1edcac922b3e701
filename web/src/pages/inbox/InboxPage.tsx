import { Group, SegmentedControl, Title } from '@mantine/core';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ConversationStatusFilter } from '../../api/types';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { sectionPath } from '../../workspace/paths';
import { ConversationList } from './ConversationList';
import { ConversationView } from './ConversationView';
import { LiveIndicator } from './LiveIndicator';
import { NoConversationSelected } from './NoConversationSelected';
import { useLiveInbox } from './useLiveInbox';
import classes from './InboxPage.module.css';

const statusFilters: readonly ConversationStatusFilter[] = ['open', 'snoozed', 'closed', 'all'];

function parseStatusFilter(value: string | null): ConversationStatusFilter {
  return statusFilters.find((filter) => filter === value) ?? 'open';
}

/** The engagement inbox: every conversation on every network, with the selected one beside it. */
export function InboxPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const { conversationId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = parseStatusFilter(searchParams.get('status'));
  const search = status === 'open' ? '' : `?status=${status}`;
  const liveState = useLiveInbox(workspace.id);

  return (
    <div className={classes.page} data-testid="inbox-page" data-has-selection={conversationId ? true : undefined}>
      <Group justify="space-between" className={classes.toolbar} wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={1} fz="h2">
            {t('inbox.title')}
          </Title>
          <LiveIndicator state={liveState} />
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('inbox.statusFilter')}
          value={status}
          onChange={(value) => setSearchParams(value === 'open' ? {} : { status: value })}
          data={statusFilters.map((filter) => ({ value: filter, label: t(`inbox.filter.${filter}`) }))}
          data-testid="conversation-status-filter"
        />
      </Group>
      <div className={classes.panes}>
        <section className={classes.listPane} aria-label={t('inbox.listLabel')}>
          <ConversationList status={status} selectedConversationId={conversationId} search={search} />
        </section>
        <section className={classes.viewPane}>
          {conversationId ? (
            <ConversationView
              key={conversationId}
              conversationId={conversationId}
              onBack={() => void navigate(`${sectionPath(workspace.id, 'inbox')}${search}`)}
            />
          ) : (
            <NoConversationSelected />
          )}
        </section>
      </div>
    </div>
  );
}
