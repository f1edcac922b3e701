import { ActionIcon, Badge, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarX, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Post, PostStatus, VariantState } from '../../api/composeTypes';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { NetworkIcon } from '../../ui/NetworkIcon';

const statusColor: Record<PostStatus, string> = { draft: 'gray', scheduled: 'cyan', publishing: 'indigo', published: 'teal', failed: 'red' };
const variantColor: Record<VariantState, string> = { pending: 'gray', sending: 'indigo', sent: 'teal', failed: 'red', unknown: 'orange' };

interface PostListProps {
  posts: readonly Post[];
  timezone: string;
  currentId: string | null;
  busy: boolean;
  onEdit: (post: Post) => void;
  onUnschedule: (post: Post) => void;
  onDelete: (post: Post) => void;
}

/** Drafts and scheduled posts with their state, and each channel's own state once publishing starts. */
export function PostList({ posts, timezone, currentId, busy, onEdit, onUnschedule, onDelete }: PostListProps) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatWorkspaceDateTime(instant, { timezone, locale: i18n.language });

  return (
    <Stack gap="sm" component="section" aria-labelledby="compose-posts-title" data-testid="post-list">
      <Title order={2} fz="h4" id="compose-posts-title">
        {t('compose.posts.title')}
      </Title>
      {posts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('compose.posts.empty')}
        </Text>
      )}
      {posts.map((post) => (
        <Paper key={post.id} withBorder p="sm" data-testid="post-item" data-status={post.status} bg={post.id === currentId ? 'var(--mantine-primary-color-light)' : undefined}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
            <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs">
                <Badge color={statusColor[post.status]} variant="light">
                  {t(`compose.posts.status.${post.status}`)}
                </Badge>
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
    </Stack>
  );
}
