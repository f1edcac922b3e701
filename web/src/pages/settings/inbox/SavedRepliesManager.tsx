import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deleteSavedReply } from '../../../api/inboxSettingsApi';
import type { SavedReply } from '../../../api/inboxTypes';
import { queryKeys } from '../../../api/queryKeys';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { useSavedReplies } from '../../inbox/data/inboxQueries';
import { SavedReplyEditor } from './SavedReplyEditor';

/** The team's saved replies: officers add, change and remove them; viewers read them. */
export function SavedRepliesManager() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const savedReplies = useSavedReplies(workspace.id);
  // null: closed; 'new': a new reply; otherwise the reply being edited.
  const [editing, setEditing] = useState<SavedReply | 'new' | null>(null);
  const canEdit = workspace.role !== 'viewer';
  const remove = useMutation({
    mutationFn: (reply: SavedReply) => deleteSavedReply(workspace.id, reply.id),
    onSuccess: async () => {
      notifySuccess(t('inbox.settings.replyDeleted'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.savedReplies(workspace.id) });
    },
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-saved-replies" data-testid="saved-replies-settings">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} fz="h5" id="settings-saved-replies">
          {t('inbox.settings.savedRepliesTitle')}
        </Title>
        {canEdit && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')} data-testid="saved-reply-new">
            {t('inbox.settings.addSavedReply')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('inbox.settings.savedRepliesHint')}
      </Text>
      {!canEdit && <Alert color="gray" mb="sm">{t('inbox.settings.viewerReadOnly')}</Alert>}
      <Stack gap="xs">
        {savedReplies.data?.length === 0 && <Text size="sm" c="dimmed">{t('inbox.settings.noSavedReplies')}</Text>}
        {savedReplies.data?.map((reply) => (
          <Paper key={reply.id} withBorder p="sm" radius="sm" data-testid="saved-reply-row">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} miw={0}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>{reply.title}</Text>
                  <Badge size="xs" variant="outline" color="gray">{reply.language.toUpperCase()}</Badge>
                </Group>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {reply.text}
                </Text>
              </Stack>
              {canEdit && (
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('inbox.settings.edit')}>
                    <ActionIcon variant="subtle" onClick={() => setEditing(reply)} aria-label={`${t('inbox.settings.edit')}: ${reply.title}`}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('inbox.settings.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      loading={remove.isPending && remove.variables.id === reply.id}
                      onClick={() => {
                        if (window.confirm(t('inbox.settings.deleteConfirm', { title: reply.title }))) remove.mutate(reply);
                      }}
                      aria-label={`${t('inbox.settings.delete')}: ${reply.title}`}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <SavedReplyEditor editing={editing} onClose={() => setEditing(null)} />
    </Paper>
  );
}
