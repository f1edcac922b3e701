import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconCheck, IconArrowBack } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { approvePost, composeKeys, rejectPost } from '../../api/composeApi';
import type { Post } from '../../api/composeTypes';
import { localized } from '../../content-guard/localized';
import { describeError } from '../../ui/notifyApiError';
import { FindingList } from './FindingList';
import { classifyScheduleFailure } from './scheduleOutcome';

const minimumComment = 3;
const minimumReason = 10;

/** A manager's decision on a post waiting for approval: approve (with a written reason past a blocking finding) or send back with a comment. */
export function ApprovalActions({ workspaceId, post }: { workspaceId: string; post: Post }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: composeKeys.posts(workspaceId) });
  const approve = useMutation({ mutationFn: (overrideReason?: string) => approvePost(workspaceId, post.id, overrideReason), meta: { handlesOwnErrors: true }, onSettled: refresh });
  const reject = useMutation({
    mutationFn: () => rejectPost(workspaceId, post.id, comment.trim()),
    onSuccess: () => setRejecting(false),
    onSettled: refresh,
  });
  const failure = approve.error === null ? null : classifyScheduleFailure(approve.error);

  return (
    <Stack gap="xs" data-testid="approval-actions">
      <Group gap="xs">
        <Button size="xs" color="teal" leftSection={<IconCheck size={14} aria-hidden />} loading={approve.isPending} onClick={() => approve.mutate(undefined)} data-testid="approve-post">
          {t('compose.approval.approve')}
        </Button>
        <Button size="xs" variant="light" color="orange" leftSection={<IconArrowBack size={14} aria-hidden />} onClick={() => setRejecting(true)} data-testid="reject-post">
          {t('compose.approval.reject')}
        </Button>
      </Group>
      {failure?.kind === 'blocked' && (
        <Alert color="red" variant="light" data-testid="approval-blocked">
          <Stack gap="xs">
            {t('compose.approval.blocking')}
            <FindingList findings={failure.findings.filter((finding) => finding.severity === 'block')} compact />
            <Textarea label={t('compose.approval.overrideReason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} autosize minRows={2} maxLength={1000} data-testid="approval-override-reason" />
            <Button size="xs" color="red" w="fit-content" disabled={reason.trim().length < minimumReason} loading={approve.isPending} onClick={() => approve.mutate(reason.trim())} data-testid="approve-override">
              {t('compose.approval.approveOverride')}
            </Button>
          </Stack>
        </Alert>
      )}
      {failure !== null && failure.kind !== 'blocked' && (
        <Alert color="red" variant="light" role="alert">
          {failure.kind === 'held' ? localized(failure.hold.message, i18n.language) : describeError(failure.error)}
        </Alert>
      )}
      <Modal opened={rejecting} onClose={() => setRejecting(false)} title={t('compose.approval.rejectTitle')}>
        <Stack gap="sm">
          <Textarea
            label={t('compose.approval.comment')}
            description={t('compose.approval.commentHint')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
            data-testid="reject-comment"
          />
          <Button color="orange" disabled={comment.trim().length < minimumComment} loading={reject.isPending} onClick={() => reject.mutate()} data-testid="confirm-reject">
            {t('compose.approval.confirmReject')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
