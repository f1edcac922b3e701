import { Navigate, useLocation } from 'react-router-dom';
import { Alert, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { lastWorkspaceId } from './lastWorkspace';
import { sectionPath, settingsPath } from './paths';
import { channelOutcomeSearch } from './channelOutcome';
import { NewWorkspaceButton } from '../shell/NewWorkspaceModal';

/** "/" opens the inbox of the workspace last used here, or the first one. */
export function DefaultWorkspaceRedirect() {
  const { t } = useTranslation();
  const outcome = channelOutcomeSearch(useLocation().search);
  const { workspaces } = useSession();
  const remembered = lastWorkspaceId();
  const target = workspaces.find((workspace) => workspace.id === remembered) ?? workspaces[0];

  if (!target) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={480} align="center">
          <Alert color="blue">
            {t('errors.noWorkspaces')}
          </Alert>
          <NewWorkspaceButton />
        </Stack>
      </Center>
    );
  }
  return <Navigate to={outcome === null ? sectionPath(target.id, 'inbox') : settingsPath(target.id, 'channels', outcome)} replace />;
}
