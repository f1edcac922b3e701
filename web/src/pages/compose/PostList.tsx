import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarX, IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, fetchApprovalHistory } from '../../api/composeApi';
import type { ApprovalState, Post, PostStatus, VariantState } from '../../api/composeTypes';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { ApprovalActions } from './ApprovalActions';

const statusColor: Record<PostStatus, string> = { draft: 'gray', scheduled: 'cyan', publishing: 'indigo', published: 'teal', failed: 'red' };
const variantColor: Record<VariantState, string> = { pending: 'gray', sending: 'indigo', sent: 'teal', failed: 'red', unknown: 'orange' };
const approvalColor: Record<ApprovalState, string> = { pending_approval: 'yellow', approved: 'teal', rejected: 'orange' };

/** The manager's comment on a post sent back, read from its approval history. */
function RejectionNote({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: composeKeys.approvals(workspaceId, postId), queryFn: ({ signal }) => fetchApprovalHistory(workspaceId, postId, signal) });
  const rejection = history.data?.filter((step) => step.action === 'rejected').at(-1);
  if (rejection === undefined) return null;
  return (
    <Text size="sm" c="orange.8" data-testid="rejection-comment">
      {t('compose.approval.reviewerSaid', { name: rejection.actor?.name ?? t('compose.approval.someone'), comment: rejection.comment ?? '' })}
    </Text>
  );
}

interface PostListProps {
  workspaceId: string;
  /** Managers and owners decide on posts waiting for approval. */
  canApprove: boolean;
  posts: readonly Post[];
  timezone: string;
  currentId: string | null;
  busy: boolean;
  /** Older posts exist beyond the pages loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** What waits for approval across every page (counted and listed by the server). */
  pending: { total: number; posts: Post[] };
  onEdit: (post: Post) => void;
  onUnschedule: (post: Post) => void;
  onDelete: (post: Post) => void;
}

/** Drafts and scheduled posts with their state, and each channel's own state once publishing starts. */
export function PostList({ workspaceId, canApprove, posts: allPosts, pending, timezone, currentId, busy, hasMore, loadingMore, onLoadMore, onEdit, onUnschedule, onDelete }: PostListProps) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatWorkspaceDateTime(instant, { timezone, locale: i18n.language });
  const [filter, setFilter] = useState<'all' | 'pending'>('all');
  const posts = filter === 'pending' ? pending.posts : allPosts;

  return (
    <Stack gap="sm" component="section" aria-labelledby="compose-posts-title" data-testid="post-list">
      <Group justify="space-between">
        <Title order={2} fz="h4" id="compose-posts-title">
          {t('compose.posts.title')}
        </Title>
        {(pending.total > 0 || filter === 'pending') && (
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(value) => setFilter(value === 'pending' ? 'pending' : 'all')}
            data={[{ value: 'all', label: t('compose.posts.filterAll') }, { value: 'pending', label: t('compose.posts.filterPending', { count: pending.total }) }]}
            data-testid="post-filter"
          />
        )}
      </Group>
      {posts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('compose.posts.empty')}
        </Text>
      )}
      {posts.map((post) => (
        <Paper key={post.id} withBorder p="sm" data-testid="post-item" data-post-id={post.id} data-status={post.status} data-approval={post.approvalState ?? undefined} bg={post.id === currentId ? 'var(--mantine-primary-color-light)' : undefined}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
            <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs">
                <Badge color={statusColor[post.status]} variant="light">
                  {t(`compose.posts.status.${post.status}`)}
                </Badge>
                {/* While a draft waits, and once approved (scheduled or out), the decision shows beside the status. */}
                {post.approvalState != null && (post.status === 'draft' || post.approvalState === 'approved') && (
                  <Badge color={approvalColor[post.approvalState]} variant="light" data-testid="approval-badge">
                    {t(`compose.approval.state.${post.approvalState}`)}
                  </Badge>
                )}
                {post.paid && <Badge variant="outline" color="grape">{t('compose.posts.paid')}</Badge>}
                <Text size="xs" c="dimmed">
                  {post.publishedAt !== null
                    ? t('compose.posts.publishedAt', { time: when(post.publishedAt) })
                    : post.scheduledAt !== null
                      ? t('compose.posts.scheduledFor', { time: when(post.scheduledAt) })
                      : t('compose.posts.editedAt', { time: when(post.updatedAt) })}
                </Text>
              </Group>
              <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                {post.text}
              </Text>
              <Group gap="xs">
                {post.variants.map((variant) => (
                  <Tooltip key={variant.id} label={variant.error ?? `${variant.channel.handle} · ${t(`compose.posts.variant.${variant.state}`)}`} multiline maw={320}>
                    <Badge variant="light" color={variantColor[variant.state]} leftSection={<NetworkIcon network={variant.channel.network} size={12} />} data-testid="post-variant" data-state={variant.state}>
                      {post.status === 'draft' ? variant.channel.handle : t(`compose.posts.variant.${variant.state}`)}
                    </Badge>
                  </Tooltip>
                ))}
              </Group>
              {post.variants.filter((variant) => variant.networkUrl).map((variant) => (
                <Anchor key={variant.id} href={variant.networkUrl ?? undefined} target="_blank" rel="noopener noreferrer" size="sm" data-testid="post-link" data-network={variant.channel.network}>
                  <Group gap={4} component="span" wrap="nowrap">
                    <IconExternalLink size={14} aria-hidden />
                    {t('compose.posts.viewOn', { network: t(`network.${variant.channel.network}`) })}
                  </Group>
                </Anchor>
              ))}
              {post.status === 'draft' && post.approvalState === 'rejected' && <RejectionNote workspaceId={workspaceId} postId={post.id} />}
              {canApprove && post.status === 'draft' && post.approvalState === 'pending_approval' && <ApprovalActions workspaceId={workspaceId} post={post} />}
            </Stack>
            <Group gap={4} wrap="nowrap">
              {post.status === 'draft' && (
                <>
                  <Tooltip label={t('compose.posts.edit')}>
                    <ActionIcon variant="subtle" aria-label={t('compose.posts.edit')} onClick={() => onEdit(post)} disabled={busy}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('compose.posts.delete')}>
                    <ActionIcon variant="subtle" color="red" aria-label={t('compose.posts.delete')} onClick={() => onDelete(post)} disabled={busy}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </>
              )}
              {post.status === 'scheduled' && (
                <Tooltip label={t('compose.posts.unschedule')}>
                  <ActionIcon variant="subtle" aria-label={t('compose.posts.unschedule')} onClick={() => onUnschedule(post)} disabled={busy} data-testid="post-unschedule">
                    <IconCalendarX size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          </Group>
        </Paper>
      ))}
      {hasMore && filter === 'all' && (
        <Button variant="default" onClick={onLoadMore} loading={loadingMore} data-testid="posts-load-more" style={{ alignSelf: 'center' }}>
          {t('compose.posts.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
