import { createContext, useContext } from 'react';
import type { WorkspaceMembership } from '../api/types';

export const WorkspaceContext = createContext<WorkspaceMembership | null>(null);

/** The workspace named in the URL; only usable below WorkspaceRoute. */
export function useWorkspace(): WorkspaceMembership {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() used outside <WorkspaceRoute>');
  return workspace;
}
