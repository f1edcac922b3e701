// Compose: drafts, and scheduling them. Scheduling runs the content guard and pacing on the
// server (422 with findings, 409 with the pacing hold) before one publish job per channel.
import type { FastifyPluginAsyncTypebox, Static } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import { workspaceInstanceLimits } from '../../../domain/channel-limits.js';
import { listChannels } from '../../../store/repositories/channels.js';
import { countPendingApproval } from '../../../store/repositories/post-approvals.js';
import { createDraft, deleteDraft, getPost, listPosts, updateDraft } from '../../../domain/posts.js';
import { schedulePost, unschedulePost } from '../../../domain/posts-schedule.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { presentPost, sendScheduleRefusal } from './present.js';
import { PostBody, PostGuardBlockedResponse, PostListQuery, PostListResponse, PostPacingHoldResponse, PostParams, PostSchema, ScheduleBody } from './schema.js';

export const postRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const draftInput = (workspaceId: string, userId: string | undefined, body: Static<typeof PostBody>) =>
    ({ workspaceId, userId: userId ?? null, text: body.text, channelIds: body.channelIds, paid: body.paid === true, mediaIds: body.mediaIds ?? [], variants: body.variants ?? [] });

  app.get('/api/workspaces/:workspaceId/posts', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['compose'], summary: 'Drafts and scheduled posts, most recently changed first, a page at a time', params: WorkspaceParams, querystring: PostListQuery, response: { 200: PostListResponse } },
  }, async (request) => {
    const limit = request.query.limit ?? 50;
    const offset = request.query.offset ?? 0;
    // One more than asked tells whether another page exists without a count query.
    const { workspaceId } = request.params;
    const filter = { limit: limit + 1, offset, pendingApprovalOnly: request.query.approval === 'pending', ...(request.query.status === undefined ? {} : { statuses: request.query.status }) };
    const [found, pendingApproval] = await Promise.all([listPosts(db, workspaceId, filter), countPendingApproval(db, workspaceId)]);
    return { items: found.slice(0, limit).map(presentPost), nextOffset: found.length > limit ? offset + limit : null, pendingApproval };
  });

  app.get('/api/workspaces/:workspaceId/compose-limits', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags: ['compose'], summary: 'What each Mastodon channel\'s instance allows (other networks: the limits table)', params: WorkspaceParams,
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ channelId: Type.String(), maxCharacters: Type.Integer(), charactersReservedPerUrl: Type.Integer() })) }) },
    },
  }, async (request) => ({ items: await workspaceInstanceLimits(await listChannels(db, request.params.workspaceId)) }));

  app.post('/api/workspaces/:workspaceId/posts', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Save a new draft', params: WorkspaceParams, body: PostBody, response: { 201: PostSchema, 400: ErrorResponse } },
  }, async (request, reply) => reply.code(201).send(presentPost(await createDraft(db, draftInput(request.params.workspaceId, request.auth?.userId, request.body)))));

  app.get('/api/workspaces/:workspaceId/posts/:postId', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['compose'], summary: 'One post with the state of each channel', params: PostParams, response: { 200: PostSchema, 404: ErrorResponse } },
  }, async (request) => presentPost(await getPost(db, request.params.workspaceId, request.params.postId)));

  app.put('/api/workspaces/:workspaceId/posts/:postId', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Change a draft', params: PostParams, body: PostBody, response: { 200: PostSchema, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request) => presentPost(await updateDraft(db, request.params.postId, draftInput(request.params.workspaceId, request.auth?.userId, request.body))));

  app.delete('/api/workspaces/:workspaceId/posts/:postId', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Delete a draft', params: PostParams, response: { 204: { type: 'null' }, 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request, reply) => {
    await deleteDraft(db, request.params.workspaceId, request.params.postId);
    return reply.code(204).send(null);
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/schedule', {
    config: { access: workspaceAccess('officer') },
    schema: {
      tags: ['compose'], summary: 'Schedule a draft: checked by the content guard and pacing, then published by a job once per channel',
      params: PostParams, body: ScheduleBody,
      response: { 200: PostSchema, 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: PostPacingHoldResponse, 422: PostGuardBlockedResponse },
    },
  }, async (request, reply) => {
    try {
      const scheduled = await schedulePost(context, {
        workspaceId: request.params.workspaceId, postId: request.params.postId, userId: request.auth?.userId ?? '',
        role: request.workspaceRole ?? 'viewer', scheduledAt: Date.parse(request.body.scheduledAt),
        ...(request.body.overrideReason === undefined ? {} : { overrideReason: request.body.overrideReason }),
      });
      return presentPost(scheduled);
    } catch (error) {
      return sendScheduleRefusal(reply, error);
    }
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/unschedule', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Take a scheduled post back to draft (before publishing starts)', params: PostParams, response: { 200: PostSchema, 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request) => presentPost(await unschedulePost(context, request.params.workspaceId, request.params.postId)));
};
