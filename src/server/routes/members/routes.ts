// Members of a workspace: list (for assigning and for Settings → Team), change a role, remove.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeMemberRole, removeMember } from '../../../domain/team.js';
import { listMembers } from '../../../store/repositories/team.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { liveStreamsOf } from '../../live-streams.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { ChangeRoleBody, Member, MemberListResponse, MemberParams } from './schema.js';

const errors = { 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const memberRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const presentAll = async (workspaceId: string) => ({
    items: (await listMembers(db, workspaceId)).map((member) => ({ ...member, joinedAt: new Date(member.joinedAt).toISOString() })),
  });

  app.get('/api/workspaces/:workspaceId/members', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['workspace'], summary: 'Members of the workspace', params: WorkspaceParams, response: { 200: MemberListResponse } },
  }, async (request) => presentAll(request.params.workspaceId));

  app.patch('/api/workspaces/:workspaceId/members/:userId', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['workspace'], summary: 'Change a member\'s role (owners: anyone; managers: officers and viewers; never the last owner)',
      params: MemberParams, body: ChangeRoleBody, response: { 200: Member, ...errors },
    },
  }, async (request) => {
    const { workspaceId, userId } = request.params;
    await changeMemberRole(db, { workspaceId, userId: request.auth?.userId ?? '' }, userId, request.body.role);
    const member = (await listMembers(db, workspaceId)).find((candidate) => candidate.id === userId);
    if (member === undefined) throw new Error('member vanished after a role change');
    return { ...member, joinedAt: new Date(member.joinedAt).toISOString() };
  });

  app.delete('/api/workspaces/:workspaceId/members/:userId', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['workspace'], summary: 'Remove a member: their access ends at once (with their sessions and tokens if no workspace is left)',
      params: MemberParams, response: { 204: Type.Null(), ...errors },
    },
  }, async (request, reply) => {
    const { workspaceId, userId } = request.params;
    const removed = await removeMember(db, { workspaceId, userId: request.auth?.userId ?? '' }, userId);
    // Streams in this process end now; other API processes end theirs at the next heartbeat.
    const streams = liveStreamsOf(context);
    streams.endForMember(workspaceId, userId);
    for (const credentialId of removed.endedCredentialIds) streams.endAll(credentialId);
    return reply.code(204).send(null);
  });
};
