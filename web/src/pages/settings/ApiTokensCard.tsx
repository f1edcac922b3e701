import { Alert, Button, Code, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiToken, listApiTokens, revokeApiToken, type ApiTokenScope, type CreatedApiToken } from '../../api/tokensApi';
import { queryKeys } from '../../api/queryKeys';

/** Your API tokens for scripts: create (the secret is shown once), see and revoke. */
export function ApiTokensCard() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: queryKeys.apiTokens, queryFn: ({ signal }) => listApiTokens(signal) });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('read');
  const [days, setDays] = useState<number>(90);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.apiTokens });
  const create = useMutation({
    mutationFn: () => createApiToken({ name: name.trim(), scope, expiresInDays: days }),
    onSuccess: async (token) => { setCreated(token); setName(''); await refresh(); },
  });
  const revoke = useMutation({ mutationFn: revokeApiToken, onSuccess: refresh });
  const when = (iso: string | null) => (iso === null ? t('settings.tokens.never') : new Date(iso).toLocaleDateString(i18n.language, { timeZone: 'Asia/Jakarta' }));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-tokens" data-testid="api-tokens">
      <Title order={2} fz="h4" id="settings-tokens">{t('settings.tokens.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('settings.tokens.hint')}</Text>
      <Stack gap="md">
        {created !== null && (
          <Alert color="green" title={t('settings.tokens.createdTitle')} data-testid="api-token-created">
            <Text size="sm">{t('settings.tokens.createdHint')}</Text>
            <Code block>{created.token}</Code>
          </Alert>
        )}
        <Group align="end" wrap="wrap">
          <TextInput label={t('settings.tokens.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={100} data-testid="api-token-name" />
          <SegmentedControl value={scope} onChange={(value) => setScope(value === 'full' ? 'full' : 'read')}
            data={[{ value: 'read', label: t('settings.tokens.scope.read') }, { value: 'full', label: t('settings.tokens.scope.full') }]} />
          <NumberInput label={t('settings.tokens.days')} value={days} min={1} max={365} w={120} onChange={(value) => setDays(typeof value === 'number' ? value : 90)} />
          <Button onClick={() => create.mutate()} disabled={name.trim() === ''} loading={create.isPending} data-testid="api-token-create">
            {t('settings.tokens.create')}
          </Button>
        </Group>
        {(tokens.data ?? []).length === 0 ? <Text size="sm" c="dimmed">{t('settings.tokens.none')}</Text> : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.tokens.name')}</Table.Th>
                <Table.Th>{t('settings.tokens.scopeLabel')}</Table.Th>
                <Table.Th>{t('settings.tokens.expires')}</Table.Th>
                <Table.Th>{t('settings.tokens.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(tokens.data ?? []).map((token) => (
                <Table.Tr key={token.id} data-testid="api-token-row">
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>{t(`settings.tokens.scope.${token.scope}`)}</Table.Td>
                  <Table.Td>{when(token.expiresAt)}</Table.Td>
                  <Table.Td>{when(token.lastUsedAt)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" color="red" onClick={() => revoke.mutate(token.id)} loading={revoke.isPending && revoke.variables === token.id}>
                      {t('settings.tokens.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
