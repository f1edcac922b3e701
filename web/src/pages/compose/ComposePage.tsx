import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, fetchApprovalRequired, fetchComposeLimits, fetchPendingApproval, fetchPostPage, postsOfPages } from '../../api/composeApi';
import { mediaContentUrl } from '../../api/mediaApi';
import { queryKeys } from '../../api/queryKeys';
import { fetchChannels } from '../../api/workspaceApi';
import { check, type Finding } from '../../content-guard/guard';
import { useBrandProfile } from '../../content-guard/useBrandProfile';
import { useSession } from '../../session/SessionContext';
import { DEFAULT_TIMEZONE } from '../../time/dayjs';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { DraftEditor } from './DraftEditor';
import { GuardPanel } from './GuardPanel';
import { ImageAttachments } from './ImageAttachments';
import { channelLimits } from './networkLimits';
import { PostList } from './PostList';
import { PreviewPanel, type PreviewItem } from './PostPreview';
import { SchedulePanel } from './SchedulePanel';
import { useApprovalNotices } from './useApprovalNotices';
import { useComposer } from './useComposer';
import { useOpenPostFromUrl } from './useOpenPostFromUrl';
import { VariantEditor, type ChannelCheck } from './VariantEditor';
import { effectiveMediaIds, effectiveText, refusalsByChannel, variantOf, variantProblems } from './variantModel';

const findingsId = 'compose-guard-findings';

export function ComposePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { user } = useSession();
  const timezone = workspace.timezone || DEFAULT_TIMEZONE;
  const isManager = workspace.role === 'manager' || workspace.role === 'owner';
  const channels = useQuery({ queryKey: queryKeys.channels(workspace.id), queryFn: ({ signal }) => fetchChannels(workspace.id, signal) });
  const instanceLimits = useQuery({ queryKey: composeKeys.composeLimits(workspace.id), queryFn: ({ signal }) => fetchComposeLimits(workspace.id, signal), staleTime: 10 * 60_000 });
  const approval = useQuery({ queryKey: composeKeys.approvalSetting(workspace.id), queryFn: ({ signal }) => fetchApprovalRequired(workspace.id, signal) });
  const brand = useBrandProfile(workspace.id);
  // A page at a time ("show older posts"), so a busy workspace's list stays short.
  const posts = useInfiniteQuery({
    queryKey: composeKeys.posts(workspace.id),
    queryFn: ({ signal, pageParam }) => fetchPostPage(workspace.id, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextOffset ?? undefined,
    // While something waits to go out, follow it to published without a reload.
    refetchInterval: (query) => (postsOfPages(query.state.data).some((post) => post.status === 'scheduled' || post.status === 'publishing') ? 5_000 : false),
  });
  // The server counts what waits for approval on every page; the filter then lists all of it.
  const pendingTotal = posts.data?.pages[0]?.pendingApproval ?? 0;
  const pendingPosts = useQuery({ queryKey: composeKeys.pendingPosts(workspace.id), queryFn: ({ signal }) => fetchPendingApproval(workspace.id, signal), enabled: pendingTotal > 0 });
  const composer = useComposer(workspace.id);
  const opening = useOpenPostFromUrl(workspace.id, composer.load);
  useApprovalNotices(workspace.id, user.id, isManager);
  const { draft, media } = composer;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [activeChannel, setActiveChannel] = useState<string | null>(null);

  // The pure guard runs right here on every keystroke: no server round-trip, same rules as the server.
  const guard = useCallback((text: string): readonly Finding[] => check(text, { kind: 'post', paid: draft.paid, ...(brand.data ? { brand: brand.data } : {}) }).findings, [draft.paid, brand.data]);
  const result = useMemo(() => check(draft.text, { kind: 'post', paid: draft.paid, ...(brand.data ? { brand: brand.data } : {}) }), [draft.text, draft.paid, brand.data]);

  const chosen = useMemo(() => draft.channelIds.flatMap((id) => channels.data?.find((channel) => channel.id === id) ?? []), [draft.channelIds, channels.data]);
  const refusals = composer.problem?.kind === 'error' ? refusalsByChannel(composer.problem.error instanceof Error ? composer.problem.error.message : '', chosen) : {};
  const checks: ChannelCheck[] = chosen.map((channel) => {
    const instance = instanceLimits.data?.find((limits) => limits.channelId === channel.id) ?? null;
    const limits = channelLimits(channel.network, instance);
    const savedVariant = composer.saved?.variants.find((variant) => variant.channel.id === channel.id);
    return {
      channel, limits,
      problems: variantProblems(limits, draft, channel.id, media),
      // Only what the browser could not check itself: images it has not measured, refusals.
      serverProblems: [...(refusals[channel.id] ?? []), ...(savedVariant?.problems ?? []).filter((problem) => problem.field.startsWith('images') && !draft.mediaIds.every((id) => media[id] !== undefined)).map((problem) => problem.message)],
    };
  });
  const previews: PreviewItem[] = chosen.map((channel) => ({
    channel,
    text: effectiveText(draft, channel.id),
    threadParts: variantOf(draft, channel.id).threadParts,
    images: effectiveMediaIds(draft, channel.id).map((id) => ({ id, url: media[id]?.url ?? mediaContentUrl(workspace.id, id), altText: media[id]?.altText ?? '' })),
  }));

  const showInText = (finding: Finding) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  };
  const canWrite = workspace.role !== 'viewer';
  const hasText = draft.text.trim().length > 0;
  const fits = checks.every((entry) => entry.problems.length === 0);
  const altRequired = checks.some((entry) => entry.limits.images.altRequired);

  return (
    <Stack gap="md" data-testid="compose-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz="h2">
            {t('compose.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('compose.intro')}
          </Text>
        </div>
        {composer.postId !== null && (
          <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={composer.startNew} data-testid="new-draft">
            {t('compose.newDraft')}
          </Button>
        )}
      </Group>
      {opening.kind === 'not-found' && (
        <Alert color="orange" variant="light" data-testid="open-post-missing">
          {t('compose.posts.notFound')}
        </Alert>
      )}
      {composer.saved !== null && composer.saved.status !== 'draft' && (
        <Alert color="blue" variant="light" data-testid="open-post-read-only">
          {t('compose.posts.notEditable', { status: t(`compose.posts.status.${composer.saved.status}`) })}
        </Alert>
      )}
      {brand.isError && (
        <Alert color="yellow" variant="light">
          {t('compose.guard.noBrandProfile')}
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        {/* The draft and the list of posts on the left; the live check and previews stay beside the draft. */}
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg" mb="lg">
            <Stack gap="lg">
              <DraftEditor channels={channels.data ?? []} draft={draft} onChange={composer.setDraft} findings={result.findings} findingsId={findingsId} textareaRef={textareaRef} limits={checks.map((check) => check.limits)} />
              <ImageAttachments
                workspaceId={workspace.id}
                mediaIds={draft.mediaIds}
                media={media}
                altRequired={altRequired}
                uploading={composer.upload.isPending}
                uploadError={composer.upload.error}
                disabled={!canWrite}
                onFiles={(files) => files.forEach((file) => composer.upload.mutate(file))}
                onAltChange={composer.editAltText}
                onAltSave={(mediaId, text) => composer.altText.mutate({ mediaId, text })}
                onRemove={composer.detach}
              />
              <VariantEditor
                draft={draft} checks={checks} active={activeChannel} onActive={setActiveChannel} onChange={composer.setDraft} guard={guard}
                images={draft.mediaIds.map((id) => ({ id, url: media[id]?.url ?? mediaContentUrl(workspace.id, id), altText: media[id]?.altText ?? '' }))}
              />
              {composer.saved?.approvalState === 'approved' && composer.saved.status === 'draft' && (
                <Alert color="yellow" variant="light" data-testid="approval-reopened">
                  {t('compose.approval.reopened')}
                </Alert>
              )}
              <SchedulePanel
                timezone={timezone}
                role={workspace.role}
                canSave={canWrite && hasText}
                canSchedule={canWrite && hasText && draft.channelIds.length > 0 && fits}
                saving={composer.save.isPending}
                scheduling={composer.schedule.isPending}
                problem={composer.problem}
                submitInstead={approval.data === true && !isManager}
                submitting={composer.submit.isPending}
                onSave={() => composer.save.mutate()}
                onSchedule={(request) => composer.schedule.mutate(request)}
                onSubmit={(plannedAt) => composer.submit.mutate(plannedAt)}
              />
            </Stack>
          </Paper>
          <PostList
            workspaceId={workspace.id}
            canApprove={isManager}
            posts={postsOfPages(posts.data)}
            pending={{ total: pendingTotal, posts: pendingTotal > 0 ? (pendingPosts.data ?? []) : [] }}
            hasMore={posts.hasNextPage}
            loadingMore={posts.isFetchingNextPage}
            onLoadMore={() => void posts.fetchNextPage()}
            timezone={timezone}
            currentId={composer.postId}
            busy={composer.unschedule.isPending || composer.remove.isPending}
            onEdit={composer.load}
            onUnschedule={(post) => composer.unschedule.mutate(post)}
            onDelete={(post) => composer.remove.mutate(post)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 56px) + var(--mantine-spacing-md))' }}>
          <Stack gap="md">
            <GuardPanel id={findingsId} result={result} hasText={hasText} onSelect={showInText} />
            <PreviewPanel items={previews} active={activeChannel} onActive={setActiveChannel} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
