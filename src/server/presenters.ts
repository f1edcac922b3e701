// Presenters turn rows into the public API shapes. Secrets (password hashes, encrypted
// credentials, token hashes) have no field here, so they cannot leak by accident.
import type { UserRow } from '../store/schema.js';
import type { WorkspaceWithRole } from '../store/repositories/workspaces.js';

export function presentUser(user: UserRow) {
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, colorScheme: user.color_scheme };
}

export function presentWorkspace(workspace: WorkspaceWithRole) {
  return { id: workspace.id, name: workspace.name, role: workspace.role, timezone: workspace.timezone, locale: workspace.locale };
}

export function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}
