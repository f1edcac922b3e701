// The calendar: posts in a range (validated, at most 62 days) with filters, and moving a post
// (drag or keyboard), which answers like scheduling: 422 findings, 409 pacing hold.
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { calendarStates, listCalendar, movePost } from '../../../domain/planning/calendar.js';
import { duplicatePost } from '../../../domain/planning/duplicate.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { OneOf } from '../../schema-helpers.js';
import { PostGuardBlockedResponse, PostPacingHoldResponse, PostParams, PostSchema } from '../posts/schema.js';
import { presentPost, sendScheduleRefusal } from '../posts/present.js';
import { Id, WorkspaceParams } from '../workspaces/schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const CalendarQuery = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  channelId: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  authorId: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  state: Type.Optional(Type.Array(OneOf([...calendarStates]), { maxItems: 7 })),
}, { additionalProperties: false });
const CalendarItem = Type.Object({
  id: Type.String(), state: OneOf([...calendarStates]), text: Type.String(), at: Type.String(),
  author: Nullable(Type.Object({ id: Type.String(), name: Nullable(Type.String()) })),
  rejection: Nullable(Type.Object({ comment: Type.String(), at: Type.String() })),
  variants: Type.Array(Type.Object({
    id: Type.String(), channel: Type.Object({ id: Type.String(), network: Type.String(), handle: Type.String() }),
    state: Type.String(), error: Nullable(Type.String()), networkUrl: Nullable(Type.String()),
  })),
});
const MoveBody = Type.Object({
  at: Type.String({ format: 'date-time' }),
  overrideReason: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
}, { additionalProperties: false });

const iso = (ms: number | string | bigint) => new Date(Number(ms)).toISOString();
// Only links a browser may open safely.
const safeUrl = (url: string | null) => (url !== null && /^https?:\/\//i.test(url) ? url : null);

export const calendarRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.get('/api/workspaces/:workspaceId/calendar', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['compose'], summary: 'Posts planned, scheduled or published in a range', params: WorkspaceParams, querystring: CalendarQuery, response: { 200: Type.Object({ items: Type.Array(CalendarItem) }), 400: ErrorResponse } },
  }, async (request) => {
    const { query } = request;
    const items = await listCalendar(db, {
      workspaceId: request.params.workspaceId, from: Date.parse(query.from), to: Date.parse(query.to),
      ...(query.channelId === undefined ? {} : { channelIds: query.channelId }),
      ...(query.authorId === undefined ? {} : { authorIds: query.authorId }),
      ...(query.state === undefined ? {} : { states: query.state }),
    });
    return {
      items: items.map((item) => ({
        id: item.id, state: item.state, text: item.text, at: iso(item.calendar_at ?? 0),
        author: item.created_by === null ? null : { id: item.created_by, name: item.author_name },
        rejection: item.rejection === null ? null : { comment: item.rejection.comment, at: iso(item.rejection.at) },
        variants: item.variants.map((variant) => ({
          id: variant.id, channel: { id: variant.channel_id, network: variant.network, handle: variant.handle },
          state: variant.state, error: variant.error, networkUrl: safeUrl(variant.network_url),
        })),
      })),
    };
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/move', {
    config: { access: workspaceAccess('officer') },
    schema: {
      tags: ['compose'], summary: 'Move a post on the calendar: plans a draft, or reschedules through the guard and pacing checks', params: PostParams, body: MoveBody,
      response: { 200: PostSchema, 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: PostPacingHoldResponse, 422: PostGuardBlockedResponse },
    },
  }, async (request, reply) => {
    try {
      return presentPost(await movePost(context, {
        workspaceId: request.params.workspaceId, postId: request.params.postId, userId: request.auth?.userId ?? '', role: request.workspaceRole ?? 'viewer',
        at: Date.parse(request.body.at), ...(request.body.overrideReason === undefined ? {} : { overrideReason: request.body.overrideReason }),
      }));
    } catch (error) {
      return sendScheduleRefusal(reply, error);
    }
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/duplicate', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Copy a post as a new draft', params: PostParams, response: { 201: PostSchema, 404: ErrorResponse } },
  }, async (request, reply) => reply.code(201).send(presentPost(await duplicatePost(db, {
    workspaceId: request.params.workspaceId, postId: request.params.postId, userId: request.auth?.userId ?? null,
  }))));
};
