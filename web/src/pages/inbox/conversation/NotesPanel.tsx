import { useState } from 'react';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addConversationNote } from '../../../api/conversationsApi';
import type { ConversationNote } from '../../../api/inboxTypes';
import { queryKeys } from '../../../api/queryKeys';
import { WorkspaceTime } from '../../../ui/WorkspaceTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';

/** Internal notes: for the team only, never sent to the follower. */
export function NotesPanel({ conversationId, notes }: { conversationId: string; notes: readonly ConversationNote[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: (note: string) => addConversationNote(workspace.id, conversationId, note),
    onSuccess: () => {
      setText('');
      return queryClient.invalidateQueries({ queryKey: queryKeys.conversation(workspace.id, conversationId) });
    },
  });
  const canWrite = workspace.role !== 'viewer';

  return (
    <Stack gap="xs" data-testid="notes-panel">
      <Title order={3} fz="sm">
        {t('inbox.notes.title')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('inbox.notes.hint')}
      </Text>
      {notes.length === 0 && <Text size="xs" c="dimmed">{t('inbox.notes.empty')}</Text>}
      {notes.map((note) => (
        <Paper key={note.id} p="xs" radius="sm" bg="var(--mantine-color-yellow-light)" withBorder data-testid="note-item">
          <Text size="xs" fw={600}>
            {note.author ?? t('inbox.notes.unknownAuthor')} · <WorkspaceTime instant={note.createdAt} span />
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {note.text}
          </Text>
        </Paper>
      ))}
      {canWrite && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) add.mutate(text.trim());
          }}
        >
          <Stack gap={6}>
            <Textarea
              size="xs"
              autosize
              minRows={2}
              maxRows={6}
              maxLength={5000}
              aria-label={t('inbox.notes.placeholder')}
              placeholder={t('inbox.notes.placeholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              data-testid="note-text"
            />
            <Button type="submit" size="xs" variant="light" disabled={!text.trim()} loading={add.isPending} w="fit-content" data-testid="note-add">
              {t('inbox.notes.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
