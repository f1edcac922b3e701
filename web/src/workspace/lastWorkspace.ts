// Remembers the workspace last opened in this browser, so "/" returns the officer to it.
const LAST_WORKSPACE_KEY = 'sapa:lastWorkspaceId';

export function rememberLastWorkspace(workspaceId: string): void {
  try {
    localStorage.setItem(LAST_WORKSPACE_KEY, workspaceId);
  } catch {
    // Private mode or storage disabled: the first workspace is a fine fallback.
  }
}

export function lastWorkspaceId(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}
