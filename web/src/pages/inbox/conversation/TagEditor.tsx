import { useEffect, useState } from 'react';
import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { useConversationActions } from '../data/useConversationActions';

const MAX_TAGS = 20;

const cleanTag = (tag: string) => tag.trim().toLowerCase().slice(0, 40);

/** The conversation's tags; saved on every change (the server lower-cases and de-duplicates). */
export function TagEditor({ conversationId, tags }: { conversationId: string; tags: readonly string[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const actions = useConversationActions(workspace.id);
  // Shown at once; the server's list replaces it when the conversation reloads.
  const [value, setValue] = useState<string[]>([...tags]);
  const serverTags = tags.join('\n');
  useEffect(() => setValue(serverTags === '' ? [] : serverTags.split('\n')), [serverTags]);

  return (
    <TagsInput
      size="xs"
      label={t('inbox.tags.label')}
      placeholder={t('inbox.tags.placeholder')}
      value={value}
      onChange={(next) => {
        const cleaned = [...new Set(next.map(cleanTag).filter(Boolean))];
        setValue(cleaned);
        actions.mutate({ conversationIds: [conversationId], changes: { tags: cleaned } });
      }}
      maxTags={MAX_TAGS}
      clearable
      disabled={workspace.role === 'viewer'}
      data-testid="tag-editor"
    />
  );
}
