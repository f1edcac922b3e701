import { useMemo, useRef } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, fetchPosts } from '../../api/composeApi';
import { queryKeys } from '../../api/queryKeys';
import { fetchChannels } from '../../api/workspaceApi';
import { check, type Finding } from '../../content-guard/guard';
import { useBrandProfile } from '../../content-guard/useBrandProfile';
import { DEFAULT_TIMEZONE } from '../../time/dayjs';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { DraftEditor } from './DraftEditor';
import { GuardPanel } from './GuardPanel';
import { PostList } from './PostList';
import { SchedulePanel } from './SchedulePanel';
import { useComposer } from './useComposer';

const findingsId = 'compose-guard-findings';

export function ComposePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const timezone = workspace.timezone || DEFAULT_TIMEZONE;
  const channels = useQuery({ queryKey: queryKeys.channels(workspace.id), queryFn: ({ signal }) => fetchChannels(workspace.id, signal) });
  const brand = useBrandProfile(workspace.id);
  const posts = useQuery({
    queryKey: composeKeys.posts(workspace.id),
    queryFn: ({ signal }) => fetchPosts(workspace.id, signal),
    // While something waits to go out, follow it to published without a reload.
    refetchInterval: (query) => (query.state.data?.some((post) => post.status === 'scheduled' || post.status === 'publishing') ? 15_000 : false),
  });
  const composer = useComposer(workspace.id);
  const { draft } = composer;
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  // The pure guard runs right here on every keystroke: no server round-trip, same rules as the server.
  const result = useMemo(() => check(draft.text, { kind: 'post', paid: draft.paid, ...(brand.data ? { brand: brand.data } : {}) }), [draft.text, draft.paid, brand.data]);

  const showInText = (finding: Finding) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  };
  const canWrite = workspace.role !== 'viewer';
  const hasText = draft.text.trim().length > 0;

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
      {brand.isError && (
        <Alert color="yellow" variant="light">
          {t('compose.guard.noBrandProfile')}
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        {/* The draft and the list of posts on the left; the live check stays beside the draft. */}
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg" mb="lg">
            <Stack gap="lg">
              <DraftEditor channels={channels.data ?? []} draft={draft} onChange={composer.setDraft} findings={result.findings} findingsId={findingsId} textareaRef={textareaRef} />
              <SchedulePanel
                timezone={timezone}
                role={workspace.role}
                canSave={canWrite && hasText}
                canSchedule={canWrite && hasText && draft.channelIds.length > 0}
                saving={composer.save.isPending}
                scheduling={composer.schedule.isPending}
                problem={composer.problem}
                onSave={() => composer.save.mutate()}
                onSchedule={(request) => composer.schedule.mutate(request)}
              />
            </Stack>
          </Paper>
          <PostList
            posts={posts.data ?? []}
            timezone={timezone}
            currentId={composer.postId}
            busy={composer.unschedule.isPending || composer.remove.isPending}
            onEdit={composer.load}
            onUnschedule={(post) => composer.unschedule.mutate(post)}
            onDelete={(post) => composer.remove.mutate(post)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 56px) + var(--mantine-spacing-md))' }}>
          <GuardPanel id={findingsId} result={result} hasText={hasText} onSelect={showInText} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
