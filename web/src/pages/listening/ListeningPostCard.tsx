import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconMessagePlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { listeningApi, type ListeningPost } from '../../api/listeningApi';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { notifyError } from '../../ui/notifyApiError';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { conversationPath } from '../../workspace/paths';

const sentimentColor: Record<string, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };

/** Only web links are followed: the text and the link come from strangers. */
function isWebLink(url: string | null): url is string {
  return url !== null && /^https?:\/\//i.test(url);
}

/** One public post a saved search found. Its text is the stranger's own words: shown as plain text. */
export function ListeningPostCard({ post }: { post: ListeningPost }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canConvert = workspace.role !== 'viewer';
  const convert = useMutation({
    mutationFn: () => listeningApi.toConversation(workspace.id, post.id),
    onSuccess: ({ conversationId }) => {
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspace.id, 'listening', 'posts'] });
      void navigate(conversationPath(workspace.id, conversationId));
    },
    onError: notifyError,
  });

  return (
    <Card withBorder padding="sm" data-testid="listening-post">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <NetworkIcon network={post.channel.network} />
            <Text fw={600} truncate>{post.author.name}</Text>
            <Text size="xs" c="dimmed" truncate>@{post.author.handle}</Text>
          </Group>
          <WorkspaceTime instant={post.sentAt} format="clock" />
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{post.text}</Text>
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            {post.sentiment === null ? null : <Badge size="sm" variant="light" color={sentimentColor[post.sentiment] ?? 'gray'}>{t(`sentiment.${post.sentiment}`, { defaultValue: post.sentiment })}</Badge>}
            {post.emotion === null || post.emotion === 'none' ? null : <Badge size="sm" variant="outline">{t(`emotion.${post.emotion}`, { defaultValue: post.emotion })}</Badge>}
            <Text size="xs" c="dimmed">{t('listening.posts.foundBy', { query: post.query })}</Text>
          </Group>
          <Group gap="xs">
            {isWebLink(post.url) ? (
              <Anchor href={post.url} target="_blank" rel="noopener noreferrer nofollow" size="sm">
                <Group gap={4} component="span">{t('listening.posts.original')}<IconExternalLink size={14} aria-hidden /></Group>
              </Anchor>
            ) : null}
            {post.conversationId !== null ? (
              <Button size="xs" variant="light" onClick={() => void navigate(conversationPath(workspace.id, post.conversationId ?? ''))}>{t('listening.posts.openConversation')}</Button>
            ) : canConvert ? (
              <Button size="xs" leftSection={<IconMessagePlus size={14} aria-hidden />} loading={convert.isPending} onClick={() => convert.mutate()} data-testid="listening-convert">
                {t('listening.posts.toConversation')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
