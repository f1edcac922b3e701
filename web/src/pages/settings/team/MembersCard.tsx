import { Button, Group, Modal, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeRole, fetchTeam, removeMember, type TeamMember } from '../../../api/teamApi';
import { queryKeys } from '../../../api/queryKeys';
import type { WorkspaceRole } from '../../../api/types';
import { useSession } from '../../../session/SessionContext';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { notifySuccess } from '../../../ui/notifyApiError';
import { allRoles, leavesNoOwner, mayGrantRole, mayManageMember } from './teamRules';

/** Who is in the workspace; managers and owners change roles and remove people (with a confirm). */
export function MembersCard() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const members = useQuery({ queryKey: queryKeys.members(workspace.id), queryFn: ({ signal }) => fetchTeam(workspace.id, signal) });
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  // The signed-in person's own role may change too, so the session is refreshed with the list.
  const refresh = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.members(workspace.id) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.session }),
  ]);
  const role = useMutation({
    mutationFn: (input: { member: TeamMember; role: WorkspaceRole }) => changeRole(workspace.id, input.member.id, input.role),
    onSuccess: async (changed) => { notifySuccess(t('team.members.roleChanged', { name: changed.name, role: t(`roles.${changed.role}`) })); await refresh(); },
  });
  const remove = useMutation({
    mutationFn: (member: TeamMember) => removeMember(workspace.id, member.id),
    onSuccess: async (_nothing, member) => { setRemoving(null); notifySuccess(t('team.members.removed', { name: member.name })); await refresh(); },
  });
  const canManageTeam = mayManageMember(workspace.role, 'viewer');
  const ownerCount = (members.data ?? []).filter((member) => member.role === 'owner').length;
  const joined = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { timeZone: workspace.timezone, dateStyle: 'medium' });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="team-members" data-testid="team-members">
      <Title order={2} fz="h4" id="team-members">{t('team.members.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">{canManageTeam ? t('team.members.hint') : t('team.members.readOnly')}</Text>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.members.name')}</Table.Th>
            <Table.Th>{t('team.members.email')}</Table.Th>
            <Table.Th w={170}>{t('team.members.role')}</Table.Th>
            <Table.Th>{t('team.members.joined')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(members.data ?? []).map((member) => {
            // The last owner can be neither demoted nor removed (the server refuses it too).
            const manageable = mayManageMember(workspace.role, member.role) && !leavesNoOwner(member.role, null, ownerCount);
            const choices = allRoles.filter((candidate) => candidate === member.role || mayGrantRole(workspace.role, candidate));
            return (
              <Table.Tr key={member.id} data-testid="team-member-row" data-email={member.email}>
                <Table.Td>{member.name}{member.id === user.id && <Text span c="dimmed" size="sm"> ({t('team.members.you')})</Text>}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t('team.members.role')}: ${member.name}`}
                    data={choices.map((candidate) => ({ value: candidate, label: t(`roles.${candidate}`) }))}
                    value={member.role}
                    disabled={!manageable || role.isPending}
                    allowDeselect={false}
                    size="xs"
                    onChange={(next) => { if (next !== null && next !== member.role) role.mutate({ member, role: next }); }}
                    data-testid="team-member-role"
                  />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{joined(member.joinedAt)}</Table.Td>
                <Table.Td>
                  {manageable && (
                    <Button size="xs" variant="light" color="red" onClick={() => setRemoving(member)} data-testid="team-member-remove">
                      {t('team.members.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('team.members.removeTitle', { name: removing?.name ?? '' })} centered>
        <Stack>
          <Text size="sm">{t('team.members.removeBody', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>{t('team.members.cancel')}</Button>
            <Button color="red" loading={remove.isPending} onClick={() => { if (removing !== null) remove.mutate(removing); }} data-testid="team-member-remove-confirm">
              {t('team.members.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
