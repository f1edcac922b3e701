// Growing a team: invites (made and revoked by managers and owners, used through a public
// join page) and new workspaces (any signed-in user becomes the owner of the one they make).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { startSession } from '../../../domain/accounts.js';
import { acceptInvite, createInvite, describeInvite, inviteStatus, listWorkspaceInvites, revokeInvite, signUpWithInvite } from '../../../domain/invites.js';
import { createWorkspace } from '../../../domain/team.js';
import type { InviteRow, Role } from '../../../store/schema.js';
import { publicAccess, userAccess, workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { isoOrNull, presentUser } from '../../presenters.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import {
  CodeParams, CreatedInvite, CreatedWorkspace, CreateInviteBody, CreateWorkspaceBody, InviteListResponse, InviteParams, InvitePreview,
  JoinedResponse, SignedUpResponse, SignUpBody,
} from './schema.js';

const errors = { 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
// Codes carry 60 random bits, so guessing is hopeless anyway; the limit keeps the lookups cheap.
const codeRateLimit = { max: 30, timeWindow: '1 minute' };

function presentInvite(invite: InviteRow, now = Date.now()) {
  return {
    id: invite.id, role: invite.role, singleUse: invite.single_use === 1, status: inviteStatus(invite, now), useCount: invite.use_count,
    createdAt: new Date(invite.created_at).toISOString(), expiresAt: new Date(invite.expires_at).toISOString(), lastUsedAt: isoOrNull(invite.last_used_at),
  };
}

export const teamRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const actorOf = (request: { params: { workspaceId: string }; auth: { userId: string } | null; workspaceRole: Role | null }) => ({
    workspaceId: request.params.workspaceId, userId: request.auth?.userId ?? '', role: request.workspaceRole ?? 'viewer',
  });

  app.get('/api/workspaces/:workspaceId/invites', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['workspace'], summary: 'Invites of the workspace (never their codes)', params: WorkspaceParams, response: { 200: InviteListResponse } },
  }, async (request) => ({ items: (await listWorkspaceInvites(db, request.params.workspaceId)).map((invite) => presentInvite(invite)) }));

  app.post('/api/workspaces/:workspaceId/invites', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['workspace'], summary: 'Invite someone: a link and a code to type, for a role, until it expires', params: WorkspaceParams, body: CreateInviteBody, response: { 201: CreatedInvite, ...errors } },
  }, async (request, reply) => {
    const { invite, code } = await createInvite(db, actorOf(request), request.body);
    return reply.code(201).send({ invite: presentInvite(invite), code, joinPath: `/join/${code}` });
  });

  app.delete('/api/workspaces/:workspaceId/invites/:inviteId', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['workspace'], summary: 'Withdraw an invite; its code stops working at once', params: InviteParams, response: { 204: Type.Null(), ...errors } },
  }, async (request, reply) => {
    await revokeInvite(db, actorOf(request), request.params.inviteId);
    return reply.code(204).send(null);
  });

  app.get('/api/invites/:code', {
    config: { access: publicAccess, rateLimit: codeRateLimit },
    schema: { tags: ['auth'], summary: 'What an invite code is for (the join page)', params: CodeParams, response: { 200: InvitePreview, 404: ErrorResponse, 429: ErrorResponse } },
  }, async (request) => {
    const preview = await describeInvite(db, request.params.code);
    return { ...preview, expiresAt: new Date(preview.expiresAt).toISOString() };
  });

  app.post('/api/invites/:code/accept', {
    config: { access: userAccess, rateLimit: codeRateLimit },
    schema: { tags: ['auth'], summary: 'Join the invite\'s workspace with the signed-in account', params: CodeParams, response: { 200: JoinedResponse, ...errors, 429: ErrorResponse } },
  }, async (request) => acceptInvite(db, request.auth?.userId ?? '', request.params.code));

  app.post('/api/invites/:code/sign-up', {
    config: { access: publicAccess, rateLimit: codeRateLimit },
    schema: { tags: ['auth'], summary: 'Make an account and join the invite\'s workspace; signs in', params: CodeParams, body: SignUpBody, response: { 201: SignedUpResponse, ...errors, 429: ErrorResponse } },
  }, async (request, reply) => {
    const joined = await signUpWithInvite(db, request.params.code, request.body);
    const session = await startSession(db, joined.user);
    void reply.setCookie(sessionCookieName, session.sessionToken, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: context.config.secureCookies, expires: new Date(session.expiresAt),
    });
    return reply.code(201).send({ user: presentUser(joined.user), csrfToken: session.csrfToken, workspaceId: joined.workspaceId, role: joined.role });
  });

  app.post('/api/workspaces', {
    config: { access: userAccess },
    schema: { tags: ['workspace'], summary: 'Create a workspace; you become its owner', body: CreateWorkspaceBody, response: { 201: CreatedWorkspace, 400: ErrorResponse } },
  }, async (request, reply) => {
    const userId = request.auth?.userId ?? '';
    const workspace = await createWorkspace(db, { ...request.body, ownerUserId: userId, actorUserId: userId });
    return reply.code(201).send({ id: workspace.id, name: workspace.name, role: 'owner' as const, timezone: workspace.timezone, locale: workspace.locale });
  });
};
