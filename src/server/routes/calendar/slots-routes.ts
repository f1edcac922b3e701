// Posting slots (managers keep them, everyone reads them) and "add to the next free slot",
// which answers like scheduling: 422 with the guard's findings, 409 with a pacing hold.
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addSlot, listSlots, removeSlot, scheduleAtNextSlot } from '../../../domain/planning/slots.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { PostGuardBlockedResponse, PostPacingHoldResponse, PostParams, PostSchema } from '../posts/schema.js';
import { presentPost, sendScheduleRefusal } from '../posts/present.js';
import { Id, WorkspaceParams } from '../workspaces/schema.js';

const Slot = Type.Object({ id: Type.String(), channelId: Type.String(), weekday: Type.Integer(), minuteOfDay: Type.Integer() });
const SlotBody = Type.Object({
  channelId: Id,
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday on the workspace clock: 1 = Monday … 7 = Sunday' }),
  minuteOfDay: Type.Integer({ minimum: 0, maximum: 1439, description: 'Minutes after midnight on the workspace clock' }),
}, { additionalProperties: false });
const SlotParams = Type.Object({ workspaceId: Id, slotId: Id });

export const postingSlotRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.get('/api/workspaces/:workspaceId/posting-slots', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['compose'], summary: 'Posting slots: each channel\'s usual times, on the workspace clock', params: WorkspaceParams, response: { 200: Type.Object({ items: Type.Array(Slot) }) } },
  }, async (request) => ({ items: await listSlots(db, request.params.workspaceId) }));

  app.post('/api/workspaces/:workspaceId/posting-slots', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['compose'], summary: 'Add a posting slot (an identical one is kept)', params: WorkspaceParams, body: SlotBody, response: { 201: Slot, 400: ErrorResponse, 403: ErrorResponse } },
  }, async (request, reply) => reply.code(201).send(await addSlot(db, { workspaceId: request.params.workspaceId, userId: request.auth?.userId ?? null, ...request.body })));

  app.delete('/api/workspaces/:workspaceId/posting-slots/:slotId', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['compose'], summary: 'Remove a posting slot', params: SlotParams, response: { 204: Type.Null(), 403: ErrorResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    await removeSlot(db, { workspaceId: request.params.workspaceId, userId: request.auth?.userId ?? null, slotId: request.params.slotId });
    return reply.code(204).send(null);
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/next-slot', {
    config: { access: workspaceAccess('officer') },
    schema: {
      tags: ['compose'], summary: 'Schedule a draft at its channels\' next free posting slot (guard and pacing as in scheduling)', params: PostParams,
      response: { 200: PostSchema, 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: PostPacingHoldResponse, 422: PostGuardBlockedResponse },
    },
  }, async (request, reply) => {
    try {
      return presentPost(await scheduleAtNextSlot(context, { workspaceId: request.params.workspaceId, postId: request.params.postId, userId: request.auth?.userId ?? '', role: request.workspaceRole ?? 'viewer' }));
    } catch (error) {
      return sendScheduleRefusal(reply, error);
    }
  });
};
