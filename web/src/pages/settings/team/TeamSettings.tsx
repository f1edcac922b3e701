import { Stack } from '@mantine/core';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { InvitesCard } from './InvitesCard';
import { MembersCard } from './MembersCard';
import { mayManageMember } from './teamRules';

/** Settings → Team: everyone sees who is in the team; managers and owners also invite. */
export function TeamSettings() {
  const workspace = useWorkspace();
  return (
    <Stack gap="md">
      <MembersCard />
      {mayManageMember(workspace.role, 'viewer') && <InvitesCard />}
    </Stack>
  );
}
