import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchChannels } from '../../api/workspaceApi';
import { queryKeys } from '../../api/queryKeys';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { DraftEditor, type Draft } from './DraftEditor';

export function ComposePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const channels = useQuery({
    queryKey: queryKeys.channels(workspace.id),
    queryFn: ({ signal }) => fetchChannels(workspace.id, signal),
  });
  const [draft, setDraft] = useState<Draft>({ text: '', channelIds: [] });

  return (
    <Stack maw={760} gap="md" data-testid="compose-page">
      <div>
        <Title order={1} fz="h2">
          {t('compose.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('compose.intro')}
        </Text>
      </div>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <DraftEditor channels={channels.data ?? []} draft={draft} onChange={setDraft} />
          <Alert variant="light" color="cyan" icon={<IconShieldCheck aria-hidden />}>
            {t('compose.guardComingSoon')}
          </Alert>
          <Group justify="flex-end">
            <Tooltip label={t('compose.savingComingSoon')}>
              {/* A disabled button swallows hover; the wrapper keeps the explanation reachable. */}
              <span tabIndex={0}>
                <Button disabled>{t('compose.saveDraft')}</Button>
              </span>
            </Tooltip>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
