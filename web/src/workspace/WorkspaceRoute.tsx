import { useEffect } from 'react';
import { Link, Outlet, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Alert, Anchor, Center, Stack } from '@mantine/core';
import { useSession } from '../session/SessionContext';
import { WorkspaceContext } from './WorkspaceContext';
import { rememberLastWorkspace } from './lastWorkspace';

/** Resolves :workspaceId against the officer's memberships before any page renders. */
export function WorkspaceRoute() {
  const { t } = useTranslation();
  const { workspaceId } = useParams();
  const { workspaces } = useSession();
  const workspace = workspaces.find((candidate) => candidate.id === workspaceId);

  useEffect(() => {
    if (workspace) rememberLastWorkspace(workspace.id);
  }, [workspace]);

  if (!workspace) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={480} align="center">
          <Alert color="orange" role="alert">
            {t('errors.unknownWorkspace')}
          </Alert>
          <Anchor component={Link} to="/">
            {t('errors.backHome')}
          </Anchor>
        </Stack>
      </Center>
    );
  }
  return (
    <WorkspaceContext.Provider value={workspace}>
      <Outlet />
    </WorkspaceContext.Provider>
  );
}
