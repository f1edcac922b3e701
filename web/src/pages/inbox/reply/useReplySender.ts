import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sendReply } from '../../../api/conversationsApi';
import type { PacingHold, ServerGuardFinding } from '../../../api/inboxTypes';
import { queryKeys } from '../../../api/queryKeys';
import { notifyError, notifySuccess } from '../../../ui/notifyApiError';
import { keyForSend, type PendingSend } from './idempotencyKey';
import { classifyReplyFailure } from './replyOutcome';

export interface BlockedSend {
  text: string;
  message: string;
  findings: ServerGuardFinding[];
}

interface SendInput {
  text: string;
  overrideReason?: string;
}

/**
 * Sends a reply exactly once. A new idempotency key per distinct text; after a lost
 * connection the same text goes again with the same key, so the server can answer
 * "duplicate" instead of sending it twice.
 */
export function useReplySender(workspaceId: string, conversationId: string, onSent: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingSend | null>(null);
  const [blocked, setBlocked] = useState<BlockedSend | null>(null);
  const [hold, setHold] = useState<PacingHold | null>(null);
  const [needsRetry, setNeedsRetry] = useState(false);

  const mutation = useMutation({
    mutationFn: ({ text, key, overrideReason }: SendInput & { key: string }) =>
      sendReply(workspaceId, conversationId, { text, idempotencyKey: key, ...(overrideReason ? { overrideReason } : {}) }),
    // 422 and 409 are part of the conversation with the officer, not error toasts.
    meta: { handlesOwnErrors: true },
    onSuccess: (result) => {
      setPending(null);
      setBlocked(null);
      setHold(null);
      setNeedsRetry(false);
      notifySuccess(result.duplicate ? t('inbox.reply.duplicate') : t('inbox.reply.queued'));
      onSent();
    },
    onError: (error, { text }) => {
      const failure = classifyReplyFailure(error);
      setNeedsRetry(failure.kind === 'retry');
      if (failure.kind === 'blocked') setBlocked({ text, message: failure.message, findings: failure.findings });
      if (failure.kind === 'held') setHold(failure.hold);
      if (failure.kind === 'error') notifyError(failure.error);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.conversation(workspaceId, conversationId) }),
  });

  const send = ({ text, overrideReason }: SendInput) => {
    const trimmed = text.trim();
    if (trimmed === '' || mutation.isPending) return;
    const attempt = keyForSend(trimmed, pending);
    setPending(attempt);
    setHold(null);
    mutation.mutate({ text: trimmed, key: attempt.key, ...(overrideReason ? { overrideReason } : {}) });
  };

  return { send, sending: mutation.isPending, blocked, hold, needsRetry };
}
