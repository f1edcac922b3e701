import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { encodeCursor, getConversationDetail, listConversations } from '../../../store/repositories/conversations.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { presentConversationCore, presentConversationSummary, presentMessage } from './present.js';
import { ConversationDetailResponse, ConversationListQuery, ConversationListResponse, ConversationParams } from './schema.js';

export const conversationRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.get('/api/workspaces/:workspaceId/conversations', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'The inbox: conversations by priority', params: WorkspaceParams, querystring: ConversationListQuery, response: { 200: ConversationListResponse } },
  }, async (request) => {
    const limit = request.query.limit ?? 50;
    const rows = await listConversations(db, {
      workspaceId: request.params.workspaceId,
      status: request.query.status ?? 'open',
      limit: limit + 1,
      ...(request.query.channelId === undefined ? {} : { channelId: request.query.channelId }),
      ...(request.query.unanswered === undefined ? {} : { unansweredOnly: request.query.unanswered }),
      ...(request.query.cursor === undefined ? {} : { cursor: request.query.cursor }),
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(presentConversationSummary), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last) : null };
  });

  app.get('/api/workspaces/:workspaceId/conversations/:conversationId', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'One conversation with its messages', params: ConversationParams, response: { 200: ConversationDetailResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    const detail = await getConversationDetail(db, request.params.workspaceId, request.params.conversationId);
    if (detail === null) return sendError(reply, 404, 'Conversation not found.');
    const { conversation, channel, contact, messages } = detail;
    const last = messages[messages.length - 1];
    return {
      conversation: {
        ...presentConversationCore(conversation),
        channel: { id: channel.id, network: channel.network, handle: channel.handle },
        contact: contact === null ? null : { id: contact.id, displayName: contact.display_name, handle: contact.handle },
        lastMessage: last === undefined ? null : { text: last.text, direction: last.direction, sentAt: new Date(last.sent_at).toISOString() },
        rootPost: conversation.root_post_network_id === null ? null : { text: conversation.root_post_text ?? '', networkId: conversation.root_post_network_id },
      },
      messages: messages.map(presentMessage),
    };
  });
};
