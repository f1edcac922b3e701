import { Navigate, useLocation } from 'react-router-dom';
import { Alert, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { lastWorkspaceId } from './lastWorkspace';
import { sectionPath, settingsPath } from './paths';
import { channelOutcomeSearch } from './channelOutcome';

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
        <Alert color="blue" maw={480}>
          {t('errors.noWorkspaces')}
        </Alert>
      </Center>
    );
  }
  return <Navigate to={outcome === null ? sectionPath(target.id, 'inbox') : settingsPath(target.id, 'channels', outcome)} replace />;
}
