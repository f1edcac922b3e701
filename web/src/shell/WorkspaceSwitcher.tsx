import { Select, type BoxProps } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { sectionOf, sectionPath } from '../workspace/paths';
import { useDisclosure } from '@mantine/hooks';
import { NewWorkspaceModal } from './NewWorkspaceModal';

// The last entry of the list opens "New workspace" instead of switching.
const newWorkspaceValue = '__new__';

/** Lists the officer's workspaces; switching keeps the current section (inbox stays inbox). */
export function WorkspaceSwitcher(boxProps: Pick<BoxProps, 'visibleFrom' | 'hiddenFrom' | 'mb'>) {
  const { t } = useTranslation();
  const { workspaces } = useSession();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const section = sectionOf(useLocation().pathname);
  const [creating, creation] = useDisclosure(false);

  return (
    <>
      <Select
        aria-label={t('header.workspace')}
        data-testid="workspace-switcher"
        data={[...workspaces.map((candidate) => ({ value: candidate.id, label: candidate.name })), { value: newWorkspaceValue, label: t('team.newWorkspace.menu') }]}
        value={workspace.id}
        onChange={(workspaceId) => {
          if (workspaceId === newWorkspaceValue) creation.open();
          else if (workspaceId && workspaceId !== workspace.id) void navigate(sectionPath(workspaceId, section));
        }}
        allowDeselect={false}
        leftSection={<IconBuildingStore size={16} aria-hidden />}
        w={{ base: '100%', sm: 220 }}
        {...boxProps}
        size="sm"
        comboboxProps={{ withinPortal: true }}
      />
      <NewWorkspaceModal opened={creating} onClose={creation.close} />
    </>
  );
}
