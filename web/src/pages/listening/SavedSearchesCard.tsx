import { ActionIcon, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listeningApi } from '../../api/listeningApi';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { notifyError } from '../../ui/notifyApiError';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { useWorkspace } from '../../workspace/WorkspaceContext';

/** What the workspace listens for; managers and owners add and remove searches. */
export function SavedSearchesCard() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const canEdit = workspace.role === 'owner' || workspace.role === 'manager';
  const searches = useQuery({ queryKey: ['workspaces', workspace.id, 'listening', 'searches'], queryFn: () => listeningApi.searches(workspace.id), refetchInterval: 60_000 });
  const [query, setQuery] = useState('');
  const [channelId, setChannelId] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspace.id, 'listening'] });
  const add = useMutation({
    mutationFn: (body: { channelId: string; query: string }) => listeningApi.addSearch(workspace.id, body),
    onSuccess: () => { setQuery(''); void refresh(); },
    onError: notifyError,
  });
  const remove = useMutation({ mutationFn: (searchId: string) => listeningApi.removeSearch(workspace.id, searchId), onSuccess: () => void refresh(), onError: notifyError });
  const channels = searches.data?.channels ?? [];
  const chosen = channelId ?? channels[0]?.id ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== null && query.trim() !== '') add.mutate({ channelId: chosen, query });
  };

  return (
    <Card withBorder padding="md" data-testid="listening-searches">
      <Stack gap="sm">
        <Title order={2} fz="h4">{t('listening.searches.title')}</Title>
        {searches.data?.items.length === 0 ? <Text size="sm" c="dimmed">{t('listening.searches.none')}</Text> : null}
        {searches.data?.items.map((search) => (
          <Group key={search.id} justify="space-between" wrap="nowrap" data-testid="listening-search">
            <Group gap="xs" wrap="nowrap">
              <NetworkIcon network={search.channel.network} />
              <Text fw={600}>{search.query}</Text>
              <Text size="xs" c="dimmed">{search.channel.handle}</Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {search.failures > 0 && search.lastError !== null
                ? <Text size="xs" c="red">{t('listening.searches.failing', { error: search.lastError })}</Text>
                : search.lastRunAt === null
                  ? <Text size="xs" c="dimmed">{t('listening.searches.never')}</Text>
                  : <Group gap={4}><Text size="xs" c="dimmed">{t('listening.searches.lastRun')}</Text><WorkspaceTime instant={search.lastRunAt} /></Group>}
              {canEdit ? (
                <ActionIcon variant="subtle" color="red" aria-label={t('listening.searches.remove', { query: search.query })} onClick={() => remove.mutate(search.id)} loading={remove.isPending && remove.variables === search.id}>
                  <IconTrash size={16} />
                </ActionIcon>
              ) : null}
            </Group>
          </Group>
        ))}
        {canEdit && searches.data !== undefined ? (
          channels.length === 0 ? <Text size="sm" c="dimmed">{t('listening.searches.noChannels')}</Text> : (
            <form onSubmit={submit}>
              <Group align="flex-end" gap="sm">
                <TextInput label={t('listening.searches.query')} placeholder={t('listening.searches.queryPlaceholder')} value={query} maxLength={200} onChange={(event) => setQuery(event.currentTarget.value)} style={{ flex: 1, minWidth: 200 }} />
                <Select
                  label={t('listening.searches.channel')}
                  data={channels.map((channel) => ({ value: channel.id, label: `${t(`network.${channel.network}`)} · ${channel.handle}` }))}
                  value={chosen}
                  onChange={setChannelId}
                  allowDeselect={false}
                />
                <Button type="submit" loading={add.isPending} disabled={query.trim() === ''}>{t('listening.searches.add')}</Button>
              </Group>
            </form>
          )
        ) : null}
      </Stack>
    </Card>
  );
}
