import { ActionIcon, Button, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconBan, IconRestore, IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConversationChanges, Member } from '../../../api/inboxTypes';
import type { ConversationSummary } from '../../../api/types';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useAddTagToMany, useConversationActions } from '../data/useConversationActions';
import { BulkTagMenu } from './BulkTagMenu';
import type { BulkSelection } from './useBulkSelection';

interface BulkActionBarProps {
  selection: BulkSelection;
  conversations: readonly ConversationSummary[];
  members: readonly Member[];
}

/** Close, reopen, assign, tag or mark as spam every checked conversation at once. */
export function BulkActionBar({ selection, conversations, members }: BulkActionBarProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const actions = useConversationActions(workspace.id);
  const addTag = useAddTagToMany(workspace.id);
  const ids = selection.selectedIds;
  if (ids.length === 0) return null;

  const apply = (changes: ConversationChanges) =>
    actions.mutate(
      { conversationIds: ids, changes, successMessage: t('inbox.bulk.done', { count: ids.length }) },
      { onSuccess: selection.clear },
    );
  const tagSelected = (tag: string) =>
    addTag.mutate(
      { tag, targets: conversations.filter((conversation) => ids.includes(conversation.id)).map(({ id, tags }) => ({ id, tags })) },
      { onSuccess: () => notifySuccess(t('inbox.bulk.done', { count: ids.length })) },
    );
  const busy = actions.isPending || addTag.isPending;

  return (
    <Paper px="sm" py={6} radius={0} bg="var(--mantine-primary-color-light)" data-testid="bulk-bar">
      <Group gap={6} justify="space-between" wrap="wrap">
        <Text size="sm" fw={600} data-testid="bulk-count">
          {t('inbox.bulk.selected', { count: ids.length })}
        </Text>
        <Group gap={4} wrap="wrap">
          <Button size="compact-xs" variant="light" leftSection={<IconArchive size={14} aria-hidden />} onClick={() => apply({ status: 'closed' })} loading={busy} data-testid="bulk-close">
            {t('inbox.bulk.close')}
          </Button>
          <Button size="compact-xs" variant="light" leftSection={<IconRestore size={14} aria-hidden />} onClick={() => apply({ status: 'open' })} disabled={busy} data-testid="bulk-reopen">
            {t('inbox.bulk.reopen')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="compact-xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden />} disabled={busy} data-testid="bulk-assign">
                {t('inbox.bulk.assign')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {members.map((member) => (
                <Menu.Item key={member.id} onClick={() => apply({ assigneeId: member.id })} data-testid="bulk-assign-option">
                  {member.name}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item onClick={() => apply({ assigneeId: null })}>{t('inbox.actions.unassign')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <BulkTagMenu onAdd={tagSelected} disabled={busy} />
          <Button size="compact-xs" variant="light" color="red" leftSection={<IconBan size={14} aria-hidden />} onClick={() => apply({ spam: true })} disabled={busy} data-testid="bulk-spam">
            {t('inbox.bulk.spam')}
          </Button>
          <Tooltip label={t('inbox.bulk.clear')}>
            <ActionIcon size="sm" variant="subtle" color="gray" onClick={selection.clear} aria-label={t('inbox.bulk.clear')} data-testid="bulk-clear">
              <IconX size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Paper>
  );
}
