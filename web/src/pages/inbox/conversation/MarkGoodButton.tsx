import { useState } from 'react';
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconThumbUp, IconThumbUpFilled } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { markReplyGood } from '../../../api/conversationsApi';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';

/** Marks a sent reply as a good answer, so it is suggested for similar questions; starts from the server's `markedGood`. */
export function MarkGoodButton({ conversationId, messageId, markedGood }: { conversationId: string; messageId: string; markedGood: boolean }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [marked, setMarked] = useState(markedGood);
  const mark = useMutation({
    mutationFn: (good: boolean) => markReplyGood(workspace.id, conversationId, messageId, good),
    onSuccess: (_result, good) => {
      setMarked(good);
      if (good) notifySuccess(t('inbox.delivery.markedGood'));
    },
  });
  if (workspace.role === 'viewer') return null;

  return (
    <Tooltip label={t('inbox.delivery.markGood')}>
      <ActionIcon
        size="sm"
        variant="subtle"
        color={marked ? 'teal' : 'gray'}
        onClick={() => mark.mutate(!marked)}
        loading={mark.isPending}
        aria-label={t('inbox.delivery.markGood')}
        aria-pressed={marked}
        data-testid="mark-good"
      >
        {marked ? <IconThumbUpFilled size={14} aria-hidden /> : <IconThumbUp size={14} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
