// Settings → Team, the join page and "New workspace". Keep in step with the server's
// schemas in src/server/routes/members and src/server/routes/team.
import { apiRequest, rememberCsrfToken } from './http';
import { workspacePath } from './workspaceApi';
import type { User, WorkspaceMembership, WorkspaceRole } from './types';

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
}

export type InviteStatus = 'active' | 'used' | 'expired' | 'revoked';

export interface Invite {
  id: string;
  role: WorkspaceRole;
  singleUse: boolean;
  status: InviteStatus;
  useCount: number;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

export interface CreatedInvite {
  invite: Invite;
  code: string;
  joinPath: string;
}

export interface InvitePreview {
  status: InviteStatus;
  workspaceName: string | null;
  role: WorkspaceRole;
  expiresAt: string;
}

export interface Joined {
  workspaceId: string;
  role: WorkspaceRole;
}

const memberPath = (workspaceId: string, userId: string) => `${workspacePath(workspaceId)}/members/${encodeURIComponent(userId)}`;
const invitesPath = (workspaceId: string) => `${workspacePath(workspaceId)}/invites`;
const codePath = (code: string) => `/api/invites/${encodeURIComponent(code)}`;

export async function fetchTeam(workspaceId: string, signal?: AbortSignal): Promise<TeamMember[]> {
  return (await apiRequest<{ items: TeamMember[] }>(`${workspacePath(workspaceId)}/members`, { signal })).items;
}

export function changeRole(workspaceId: string, userId: string, role: WorkspaceRole): Promise<TeamMember> {
  return apiRequest<TeamMember>(memberPath(workspaceId, userId), { method: 'PATCH', body: { role } });
}

export async function removeMember(workspaceId: string, userId: string): Promise<void> {
  await apiRequest<undefined>(memberPath(workspaceId, userId), { method: 'DELETE' });
}

export async function fetchInvites(workspaceId: string, signal?: AbortSignal): Promise<Invite[]> {
  return (await apiRequest<{ items: Invite[] }>(invitesPath(workspaceId), { signal })).items;
}

export function createInvite(workspaceId: string, input: { role: WorkspaceRole; expiresInDays: number; singleUse: boolean }): Promise<CreatedInvite> {
  return apiRequest<CreatedInvite>(invitesPath(workspaceId), { method: 'POST', body: input });
}

export async function revokeInvite(workspaceId: string, inviteId: string): Promise<void> {
  await apiRequest<undefined>(`${invitesPath(workspaceId)}/${encodeURIComponent(inviteId)}`, { method: 'DELETE' });
}

export function fetchInvitePreview(code: string, signal?: AbortSignal): Promise<InvitePreview> {
  return apiRequest<InvitePreview>(codePath(code), { signal });
}

export function acceptInvite(code: string): Promise<Joined> {
  return apiRequest<Joined>(`${codePath(code)}/accept`, { method: 'POST' });
}

export async function signUpWithInvite(code: string, input: { name: string; email: string; password: string }): Promise<Joined & { user: User }> {
  const result = await apiRequest<Joined & { user: User; csrfToken: string }>(`${codePath(code)}/sign-up`, { method: 'POST', body: input });
  rememberCsrfToken(result.csrfToken);
  return result;
}

export function createWorkspace(input: { name: string; timezone?: string; locale?: 'id' | 'en' }): Promise<WorkspaceMembership> {
  return apiRequest<WorkspaceMembership>('/api/workspaces', { method: 'POST', body: input });
}

/** The address to share: this server's origin plus the join path. */
export function joinUrl(joinPath: string, origin = window.location.origin): string {
  return `${origin}${joinPath}`;
}
