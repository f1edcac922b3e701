import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconArchive, IconBan, IconDots, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConversationChanges, Member } from '../../../api/inboxTypes';
import type { ConversationSummary } from '../../../api/types';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { useConversationActions } from '../data/useConversationActions';
import { AssignMenu } from './AssignMenu';
import { SnoozeMenu } from './SnoozeMenu';

interface ConversationActionsBarProps {
  conversation: ConversationSummary;
  members: readonly Member[];
}

/** Assign, snooze, close or reopen, and mark as spam — the officer's moves on one conversation. */
export function ConversationActionsBar({ conversation, members }: ConversationActionsBarProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const actions = useConversationActions(workspace.id);
  const readOnly = workspace.role === 'viewer';
  const closed = conversation.status === 'closed';

  const change = (changes: ConversationChanges, successMessage: string) =>
    actions.mutate({ conversationIds: [conversation.id], changes, successMessage });

  return (
    <Group gap={6} wrap="wrap" role="toolbar" aria-label={t('inbox.actions.label')} data-testid="conversation-actions">
      <AssignMenu
        assigneeId={conversation.assigneeId}
        members={members}
        disabled={readOnly}
        onAssign={(member) =>
          change({ assigneeId: member?.id ?? null }, member ? t('inbox.actions.assigned', { name: member.name }) : t('inbox.actions.unassign'))
        }
      />
      <SnoozeMenu
        snoozed={conversation.status === 'snoozed'}
        disabled={readOnly}
        onSnooze={(until) => change({ snoozedUntil: until }, until ? t('status.snoozed') : t('inbox.actions.reopened'))}
      />
      {closed ? (
        <Button size="xs" variant="light" leftSection={<IconRestore size={14} aria-hidden />} onClick={() => change({ status: 'open' }, t('inbox.actions.reopened'))} disabled={readOnly} data-testid="conversation-reopen">
          {t('inbox.actions.reopen')}
        </Button>
      ) : (
        <Button size="xs" leftSection={<IconArchive size={14} aria-hidden />} onClick={() => change({ status: 'closed' }, t('inbox.actions.closed'))} disabled={readOnly} loading={actions.isPending} data-testid="conversation-close">
          {t('inbox.actions.close')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size={30} aria-label={t('inbox.actions.more')} disabled={readOnly} data-testid="conversation-more">
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {conversation.spam ? (
            <Menu.Item leftSection={<IconShieldCheck size={14} aria-hidden />} onClick={() => change({ spam: false }, t('inbox.actions.unmarkedSpam'))} data-testid="conversation-not-spam">
              {t('inbox.actions.notSpam')}
            </Menu.Item>
          ) : (
            <Menu.Item color="red" leftSection={<IconBan size={14} aria-hidden />} onClick={() => change({ spam: true }, t('inbox.actions.markedSpam'))} data-testid="conversation-spam">
              {t('inbox.actions.markSpam')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
