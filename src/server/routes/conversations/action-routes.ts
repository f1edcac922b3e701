// What an officer does in a conversation: reply, note, assign/tag/snooze/close/spam (one or
// in bulk), presence, suggestions. Routes stay thin: validate → authorize → command → present.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addNote, bulkUpdateConversations, updateConversation, type ConversationChanges } from '../../../domain/conversation-actions.js';
import { GuardBlockedError, PacingHoldError, queueReply } from '../../../domain/send-reply.js';
import { suggestRepliesFor } from '../../../domain/suggest-for-conversation.js';
import { setReplyMarkedGood } from '../../../store/repositories/conversation-actions.js';
import { findUserById } from '../../../store/repositories/users.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import {
  BulkUpdateBody, BulkUpdateResponse, ConversationParams, GuardBlockedResponse, MarkGoodBody, MessageParams, NoteBody, NoteCreatedResponse,
  PresenceBody, ReplyBody, ReplyConflictResponse, ReplyQueuedResponse, SuggestionsResponse, UpdateConversationBody,
} from './schema.js';

function toChanges(body: { status?: 'open' | 'closed'; assigneeId?: string | null; tags?: string[]; snoozedUntil?: string | null; spam?: boolean; addTags?: string[]; removeTags?: string[] }): ConversationChanges {
  return {
    ...(body.status === undefined ? {} : { status: body.status }),
    ...(body.assigneeId === undefined ? {} : { assigneeId: body.assigneeId }),
    ...(body.tags === undefined ? {} : { tags: body.tags }),
    ...(body.snoozedUntil === undefined ? {} : { snoozedUntil: body.snoozedUntil === null ? null : Date.parse(body.snoozedUntil) }),
    ...(body.spam === undefined ? {} : { spam: body.spam }),
    ...(body.addTags === undefined ? {} : { addTags: body.addTags }),
    ...(body.removeTags === undefined ? {} : { removeTags: body.removeTags }),
  };
}

export const conversationActionRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const actorOf = (workspaceId: string, userId: string | undefined) => ({ workspaceId, userId: userId ?? '' });

  app.patch('/api/workspaces/:workspaceId/conversations/:conversationId', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['inbox'], summary: 'Assign, tag, snooze, close, reopen or mark as spam', params: ConversationParams, body: UpdateConversationBody, response: { 204: { type: 'null' }, 404: ErrorResponse } },
  }, async (request, reply) => {
    await updateConversation(context, actorOf(request.params.workspaceId, request.auth?.userId), request.params.conversationId, toChanges(request.body));
    return reply.code(204).send(null);
  });

  app.post('/api/workspaces/:workspaceId/conversations/bulk', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['inbox'], summary: 'Apply the same change to many conversations', params: WorkspaceParams, body: BulkUpdateBody, response: { 200: BulkUpdateResponse } },
  }, async (request) => bulkUpdateConversations(context, actorOf(request.params.workspaceId, request.auth?.userId), request.body.conversationIds, toChanges(request.body.changes)));

  app.post('/api/workspaces/:workspaceId/conversations/:conversationId/notes', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['inbox'], summary: 'Add an internal note (never sent to the follower)', params: ConversationParams, body: NoteBody, response: { 201: NoteCreatedResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    const id = await addNote(context, actorOf(request.params.workspaceId, request.auth?.userId), request.params.conversationId, request.body.text);
    return reply.code(201).send({ id });
  });

  app.post('/api/workspaces/:workspaceId/conversations/:conversationId/replies', {
    config: { access: workspaceAccess('officer') },
    schema: {
      tags: ['inbox'], summary: 'Reply: checked by the content guard and pacing, then sent by a job exactly once',
      params: ConversationParams, body: ReplyBody,
      response: { 202: ReplyQueuedResponse, 200: ReplyQueuedResponse, 404: ErrorResponse, 409: ReplyConflictResponse, 422: GuardBlockedResponse },
    },
  }, async (request, reply) => {
    try {
      const queued = await queueReply(context, {
        workspaceId: request.params.workspaceId, conversationId: request.params.conversationId, userId: request.auth?.userId ?? '',
        role: request.workspaceRole ?? 'viewer', text: request.body.text, idempotencyKey: request.body.idempotencyKey,
        ...(request.body.overrideReason === undefined ? {} : { overrideReason: request.body.overrideReason }),
      });
      return reply.code(queued.duplicate ? 200 : 202).send(queued);
    } catch (error) {
      if (error instanceof GuardBlockedError) {
        return reply.code(422).send({ statusCode: 422, error: 'Unprocessable Entity', code: 'guard.blocked', message: error.message, findings: error.findings });
      }
      if (error instanceof PacingHoldError) {
        const { rule, until, message } = error.decision;
        return reply.code(409).send({ statusCode: 409, error: 'Conflict', code: 'reply.paced', message: message.en, hold: { rule, until: new Date(until).toISOString(), message } });
      }
      throw error;
    }
  });

  app.post('/api/workspaces/:workspaceId/conversations/:conversationId/presence', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'Tell other officers you are viewing or replying here (shown live to them)', params: ConversationParams, body: PresenceBody, response: { 204: { type: 'null' } } },
  }, async (request, reply) => {
    const user = await findUserById(context.store.db, request.auth?.userId ?? '');
    context.events.publish({
      workspaceId: request.params.workspaceId, name: 'presence',
      data: { conversationId: request.params.conversationId, userId: user?.id ?? '', name: user?.name ?? '', state: request.body.state, at: Date.now() },
    });
    return reply.code(204).send(null);
  });

  app.get('/api/workspaces/:workspaceId/conversations/:conversationId/suggestions', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'Suggested replies from the FAQ and past replies marked good, each with its source', params: ConversationParams, response: { 200: SuggestionsResponse, 404: ErrorResponse } },
  }, async (request) => ({ items: await suggestRepliesFor(context.store.db, request.params.workspaceId, request.params.conversationId) }));

  app.put('/api/workspaces/:workspaceId/conversations/:conversationId/messages/:messageId/good', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['inbox'], summary: 'Mark (or unmark) a sent reply as a good answer, so it is suggested for similar questions', params: MessageParams, body: MarkGoodBody, response: { 204: { type: 'null' }, 404: ErrorResponse } },
  }, async (request, reply) => {
    const marked = await setReplyMarkedGood(context.store.db, { ...request.params, good: request.body.good });
    if (!marked) return sendError(reply, 404, 'Reply not found.', 'reply.not_found');
    return reply.code(204).send(null);
  });
};
