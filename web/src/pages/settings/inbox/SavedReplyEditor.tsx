import { useRef, useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createSavedReply, updateSavedReply } from '../../../api/inboxSettingsApi';
import type { SavedReply, SavedReplyInput } from '../../../api/inboxTypes';
import type { Locale } from '../../../api/types';
import { queryKeys } from '../../../api/queryKeys';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { replyVariables } from '../../inbox/reply/replyVariables';

interface SavedReplyEditorProps {
  editing: SavedReply | 'new' | null;
  onClose: () => void;
}

export function SavedReplyEditor({ editing, onClose }: SavedReplyEditorProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t(editing === 'new' ? 'inbox.settings.addSavedReply' : 'inbox.settings.editSavedReply')} size="lg">
      {editing !== null && <SavedReplyForm key={editing === 'new' ? 'new' : editing.id} editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function SavedReplyForm({ editing, onDone }: { editing: SavedReply | 'new'; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [input, setInput] = useState<SavedReplyInput>(
    editing === 'new' ? { title: '', language: i18n.language === 'id' ? 'id' : 'en', text: '' } : { title: editing.title, language: editing.language, text: editing.text },
  );
  const save = useMutation({
    mutationFn: () => (editing === 'new' ? createSavedReply(workspace.id, input) : updateSavedReply(workspace.id, editing.id, input)),
    onSuccess: async () => {
      notifySuccess(t('inbox.settings.replySaved'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.savedReplies(workspace.id) });
      onDone();
    },
  });
  const valid = input.title.trim() !== '' && input.text.trim() !== '';

  // Variables go where the caret is, so "Halo kak {nama}" is one click.
  const insertVariable = (variable: string) => {
    const element = textRef.current;
    const at = element?.selectionStart ?? input.text.length;
    const end = element?.selectionEnd ?? at;
    const placeholder = `{${variable}}`;
    setInput({ ...input, text: `${input.text.slice(0, at)}${placeholder}${input.text.slice(end)}` });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at + placeholder.length, at + placeholder.length);
    });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) save.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('inbox.settings.replyTitle')} value={input.title} onChange={(event) => setInput({ ...input, title: event.currentTarget.value })} maxLength={120} required data-autofocus data-testid="saved-reply-title" />
        <SegmentedControl
          aria-label={t('inbox.settings.replyLanguage')}
          value={input.language}
          onChange={(language) => setInput({ ...input, language: language === 'id' ? 'id' : 'en' })}
          data={(['id', 'en'] as const satisfies readonly Locale[]).map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          w="fit-content"
        />
        <Textarea
          ref={textRef}
          label={t('inbox.settings.replyText')}
          value={input.text}
          onChange={(event) => setInput({ ...input, text: event.currentTarget.value })}
          autosize
          minRows={4}
          maxLength={5000}
          required
          data-testid="saved-reply-text"
        />
        <Group gap={4}>
          {replyVariables.map((variable) => (
            <Button key={variable} size="compact-xs" variant="light" color="grape" onClick={() => insertVariable(variable)}>
              {t('inbox.settings.insertVariable', { variable: `{${variable}}` })}
            </Button>
          ))}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('inbox.settings.cancel')}
          </Button>
          <Button type="submit" disabled={!valid} loading={save.isPending} data-testid="saved-reply-save">
            {t('inbox.settings.saveReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
