// Running the workspace: the audit log, jobs, the brand profile and workspace settings.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).

export interface AuditLogTable {
  id: string;
  workspace_id: string | null;
  actor_user_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  /** JSON; never contains secrets. */
  details: string;
  created_at: number;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface BrandProfilesTable {
  workspace_id: string;
  profile: string;
  updated_at: number;
  updated_by: string | null;
}

export interface WorkspaceSettingsTable {
  workspace_id: string;
  key: string;
  /** JSON. */
  value: string;
  updated_at: number;
  updated_by: string | null;
}
