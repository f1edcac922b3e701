import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listeningApi, type PostFilter } from '../../api/listeningApi';
import { describeError } from '../../ui/notifyApiError';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { ListeningPostCard } from './ListeningPostCard';
import { SavedSearchesCard } from './SavedSearchesCard';

/** Searches run every couple of minutes; the page asks as often. */
const refreshMs = 60_000;

/** Public posts about the brand that did not tag it, apart from the inbox. */
export function ListeningPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [filter, setFilter] = useState<PostFilter>({});
  const searches = useQuery({ queryKey: ['workspaces', workspace.id, 'listening', 'searches'], queryFn: () => listeningApi.searches(workspace.id), refetchInterval: refreshMs });
  const summary = useQuery({ queryKey: ['workspaces', workspace.id, 'listening', 'summary'], queryFn: () => listeningApi.summary(workspace.id), refetchInterval: refreshMs });
  const posts = useInfiniteQuery({
    queryKey: ['workspaces', workspace.id, 'listening', 'posts', filter],
    queryFn: ({ pageParam }) => listeningApi.posts(workspace.id, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: refreshMs,
  });
  const items = posts.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg" data-testid="listening-page">
      <div>
        <Title order={1} fz="h2">{t('listening.title')}</Title>
        <Text c="dimmed">{t('listening.intro')}</Text>
        {summary.data === undefined || summary.data.total === 0 ? null : (
          <Text size="sm" mt={4} data-testid="listening-summary">
            {t('listening.summary', {
              total: summary.data.total, positive: summary.data.sentiment.positive ?? 0, neutral: summary.data.sentiment.neutral ?? 0, negative: summary.data.sentiment.negative ?? 0,
            })}
          </Text>
        )}
      </div>
      <SavedSearchesCard />
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} fz="h4">{t('listening.posts.title')}</Title>
          <Group gap="sm">
            <Select
              size="xs"
              aria-label={t('listening.posts.searchFilter')}
              data={[{ value: '', label: t('listening.posts.allSearches') }, ...(searches.data?.items ?? []).map((search) => ({ value: search.id, label: search.query }))]}
              value={filter.searchId ?? ''}
              onChange={(value) => setFilter((current) => ({ ...current, searchId: value === null || value === '' ? undefined : value }))}
              allowDeselect={false}
            />
            <Select
              size="xs"
              aria-label={t('listening.posts.sentimentFilter')}
              data={[{ value: '', label: t('listening.posts.allSentiments') }, ...(['positive', 'neutral', 'negative'] as const).map((value) => ({ value, label: t(`sentiment.${value}`) }))]}
              value={filter.sentiment ?? ''}
              onChange={(value) => setFilter((current) => ({ ...current, sentiment: value === null || value === '' ? undefined : value }))}
              allowDeselect={false}
            />
          </Group>
        </Group>
        {posts.error === null ? null : <Alert color="red">{describeError(posts.error)}</Alert>}
        {posts.isPending ? <Loader size="sm" /> : null}
        {!posts.isPending && items.length === 0 ? <Text size="sm" c="dimmed">{t('listening.posts.none')}</Text> : null}
        {items.map((post) => <ListeningPostCard key={post.id} post={post} />)}
        {posts.hasNextPage ? (
          <Button variant="default" onClick={() => void posts.fetchNextPage()} loading={posts.isFetchingNextPage}>{t('listening.posts.more')}</Button>
        ) : null}
      </Stack>
    </Stack>
  );
}
