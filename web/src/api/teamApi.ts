// Settings → Team, the join page and "New workspace" (src/server/routes/members and team).
import { apiRequest, rememberCsrfToken } from './http';
import { workspacePath } from './workspaceApi';
import type { ApiRequestBody, ApiResponse, WorkspaceMembership, WorkspaceRole } from './types';

// Shapes are aliases of the types generated from the OpenAPI document (generated.ts).
type InvitesPath = '/api/workspaces/{workspaceId}/invites';
type MemberPath = '/api/workspaces/{workspaceId}/members/{userId}';
type SignUpPath = '/api/invites/{code}/sign-up';

export type TeamMember = ApiResponse<'/api/workspaces/{workspaceId}/members', 'get'>['items'][number];
export type Invite = ApiResponse<InvitesPath, 'get'>['items'][number];
export type InviteStatus = Invite['status'];
export type CreatedInvite = ApiResponse<InvitesPath, 'post', 201>;
export type InvitePreview = ApiResponse<'/api/invites/{code}', 'get'>;
export type Joined = ApiResponse<'/api/invites/{code}/accept', 'post'>;
type SignedUp = ApiResponse<SignUpPath, 'post', 201>;

const memberPath = (workspaceId: string, userId: string) => `${workspacePath(workspaceId)}/members/${encodeURIComponent(userId)}`;
const invitesPath = (workspaceId: string) => `${workspacePath(workspaceId)}/invites`;
const codePath = (code: string) => `/api/invites/${encodeURIComponent(code)}`;

export async function fetchTeam(workspaceId: string, signal?: AbortSignal): Promise<TeamMember[]> {
  return (await apiRequest<ApiResponse<'/api/workspaces/{workspaceId}/members', 'get'>>(`${workspacePath(workspaceId)}/members`, { signal })).items;
}

export function changeRole(workspaceId: string, userId: string, role: WorkspaceRole): Promise<TeamMember> {
  return apiRequest<ApiResponse<MemberPath, 'patch'>>(memberPath(workspaceId, userId), { method: 'PATCH', body: { role } });
}

export async function removeMember(workspaceId: string, userId: string): Promise<void> {
  await apiRequest<undefined>(memberPath(workspaceId, userId), { method: 'DELETE' });
}

export async function fetchInvites(workspaceId: string, signal?: AbortSignal): Promise<Invite[]> {
  return (await apiRequest<ApiResponse<InvitesPath, 'get'>>(invitesPath(workspaceId), { signal })).items;
}

export function createInvite(workspaceId: string, input: ApiRequestBody<InvitesPath, 'post'>): Promise<CreatedInvite> {
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

export async function signUpWithInvite(code: string, input: ApiRequestBody<SignUpPath, 'post'>): Promise<Omit<SignedUp, 'csrfToken'>> {
  const result = await apiRequest<SignedUp>(`${codePath(code)}/sign-up`, { method: 'POST', body: input });
  rememberCsrfToken(result.csrfToken);
  return result;
}

export function createWorkspace(input: ApiRequestBody<'/api/workspaces', 'post'>): Promise<WorkspaceMembership> {
  return apiRequest<WorkspaceMembership>('/api/workspaces', { method: 'POST', body: input });
}

/** The address to share: this server's origin plus the join path. */
export function joinUrl(joinPath: string, origin = window.location.origin): string {
  return `${origin}${joinPath}`;
}
