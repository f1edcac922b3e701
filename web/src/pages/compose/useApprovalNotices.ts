// The decision arrives in the app: the post list refetches on every approval step, the author
// gets a notice when a manager approves or sends the post back, and managers when one waits.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { composeKeys, postsOfPages, type PostPage } from '../../api/composeApi';
import { useWorkspaceEvents } from '../../live/useWorkspaceEvents';

export type ApprovalNotice = 'approvedNotice' | 'rejectedNotice' | 'submittedNotice' | null;

/** Which notice (if any) this person gets for an approval step on someone's post. */
export function approvalNotice(action: string, authorId: string | null, me: string, isManager: boolean): ApprovalNotice {
  if (action === 'submitted') return isManager && authorId !== me ? 'submittedNotice' : null;
  if (authorId !== me) return null;
  if (action === 'approved') return 'approvedNotice';
  if (action === 'rejected') return 'rejectedNotice';
  return null;
}

export function excerpt(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : characters.join('');
}

export function useApprovalNotices(workspaceId: string, me: string, isManager: boolean): void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useWorkspaceEvents(workspaceId, {
    onEvent: (event) => {
      if (event.type !== 'post.updated') return;
      const notice = approvalNotice(event.action, event.authorId, me, isManager);
      void queryClient.invalidateQueries({ queryKey: composeKeys.posts(workspaceId) }).then(() => {
        if (notice === null) return;
        const post = postsOfPages(queryClient.getQueryData<{ pages: PostPage[] }>(composeKeys.posts(workspaceId))).find((candidate) => candidate.id === event.postId);
        notifications.show({
          color: notice === 'rejectedNotice' ? 'orange' : notice === 'approvedNotice' ? 'teal' : 'blue',
          message: t(`compose.approval.${notice}`, { excerpt: excerpt(post?.text ?? '') }),
          autoClose: 10_000,
        });
      });
    },
    onResync: () => void queryClient.invalidateQueries({ queryKey: composeKeys.posts(workspaceId) }),
  });
}
