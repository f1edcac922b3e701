// Workspaces, people and their access: users, memberships, sessions, API tokens, invites.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).

export type Role = 'owner' | 'manager' | 'officer' | 'viewer';

export interface WorkspacesTable {
  id: string;
  name: string;
  timezone: string;
  locale: 'id' | 'en';
  created_at: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: 'id' | 'en' | null;
  color_scheme: 'light' | 'dark' | 'auto';
  created_at: number;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: number;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  /** Null: never expires (tokens made before expiry existed). */
  expires_at: number | null;
  /** `read`: safe methods only (GET/HEAD); `full`: whatever the user's roles allow. */
  scope: ApiTokenScope;
}

export type ApiTokenScope = 'read' | 'full';

/** An invitation to join a workspace; the code is stored as its SHA-256 only. */
export interface InvitesTable {
  id: string;
  workspace_id: string;
  code_hash: string;
  role: Role;
  /** 1: the first person to join uses it up; 0: anyone with the code may join until it expires. */
  single_use: number;
  use_count: number;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  last_used_at: number | null;
  last_used_by: string | null;
  revoked_at: number | null;
}
