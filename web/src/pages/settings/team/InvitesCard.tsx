import { Alert, Badge, Button, Checkbox, CopyButton, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvite, fetchInvites, joinUrl, revokeInvite, type CreatedInvite, type InviteStatus } from '../../../api/teamApi';
import type { WorkspaceRole } from '../../../api/types';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { allRoles, mayGrantRole } from './teamRules';

const statusColor: Record<InviteStatus, string> = { active: 'teal', used: 'gray', expired: 'orange', revoked: 'red' };
const invitesKey = (workspaceId: string) => ['workspaces', workspaceId, 'invites'] as const;

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group align="end" gap="xs" wrap="nowrap">
      <TextInput label={label} value={value} readOnly style={{ flex: 1 }} data-testid={testId} onFocus={(event) => event.currentTarget.select()} />
      <CopyButton value={value}>
        {({ copied, copy }) => <Button variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>{copied ? t('team.invites.copied') : t('team.invites.copy')}</Button>}
      </CopyButton>
    </Group>
  );
}

/** Managers and owners invite people: a link to send or a code to read out, shown once. */
export function InvitesCard() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const invites = useQuery({ queryKey: invitesKey(workspace.id), queryFn: ({ signal }) => fetchInvites(workspace.id, signal) });
  const grantable = allRoles.filter((role) => mayGrantRole(workspace.role, role));
  const [role, setRole] = useState<WorkspaceRole>('officer');
  const [days, setDays] = useState<number>(7);
  const [singleUse, setSingleUse] = useState(true);
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitesKey(workspace.id) });
  const create = useMutation({
    mutationFn: () => createInvite(workspace.id, { role, expiresInDays: days, singleUse }),
    onSuccess: async (invite) => { setCreated(invite); await refresh(); },
  });
  const revoke = useMutation({ mutationFn: (inviteId: string) => revokeInvite(workspace.id, inviteId), onSuccess: refresh });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { timeZone: workspace.timezone, dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="team-invites" data-testid="team-invites">
      <Title order={2} fz="h4" id="team-invites">{t('team.invites.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('team.invites.hint')}</Text>
      <Stack gap="md">
        {created !== null && (
          <Alert color="green" title={t('team.invites.createdTitle')} data-testid="team-invite-created">
            <Stack gap="xs">
              <Text size="sm">{t('team.invites.createdHint')}</Text>
              <CopyField label={t('team.invites.link')} value={joinUrl(created.joinPath)} testId="team-invite-link" />
              <CopyField label={t('team.invites.code')} value={created.code} testId="team-invite-code" />
            </Stack>
          </Alert>
        )}
        <Group align="end" wrap="wrap">
          <Select label={t('team.invites.role')} w={160} allowDeselect={false} value={role} onChange={(value) => { if (value !== null) setRole(value); }}
            data={grantable.map((candidate) => ({ value: candidate, label: t(`roles.${candidate}`) }))} data-testid="team-invite-role" />
          <NumberInput label={t('team.invites.days')} value={days} min={1} max={30} w={130} onChange={(value) => setDays(typeof value === 'number' ? value : 7)} />
          <Checkbox label={t('team.invites.singleUse')} checked={singleUse} onChange={(event) => setSingleUse(event.currentTarget.checked)} mb={8} />
          <Button onClick={() => create.mutate()} loading={create.isPending} data-testid="team-invite-create">{t('team.invites.create')}</Button>
        </Group>
        {(invites.data ?? []).length === 0 ? <Text size="sm" c="dimmed">{t('team.invites.none')}</Text> : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.invites.role')}</Table.Th>
                <Table.Th>{t('team.invites.status')}</Table.Th>
                <Table.Th>{t('team.invites.expires')}</Table.Th>
                <Table.Th>{t('team.invites.uses')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(invites.data ?? []).map((invite) => (
                <Table.Tr key={invite.id} data-testid="team-invite-row" data-status={invite.status}>
                  <Table.Td>{t(`roles.${invite.role}`)}</Table.Td>
                  <Table.Td><Badge color={statusColor[invite.status]} variant="light">{t(`team.invites.statuses.${invite.status}`)}</Badge></Table.Td>
                  <Table.Td>{when(invite.expiresAt)}</Table.Td>
                  <Table.Td>{invite.useCount}</Table.Td>
                  <Table.Td>
                    {invite.status === 'active' && mayGrantRole(workspace.role, invite.role) && (
                      <Button size="xs" variant="light" color="red" onClick={() => revoke.mutate(invite.id)} loading={revoke.isPending && revoke.variables === invite.id} data-testid="team-invite-revoke">
                        {t('team.invites.revoke')}
                      </Button>
                    )}
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
