import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { loyaltyOf } from '../../../domain/loyalty.js';
import { contactHistory, listNotes } from '../../../store/repositories/contacts.js';
import { countInbox, encodeCursor, getConversationDetail, listConversations } from '../../../store/repositories/conversations.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { filterFromQuery } from './filters.js';
import { presentConversationCore, presentConversationSummary, presentMessage } from './present.js';
import { ConversationCountsResponse, ConversationDetailResponse, ConversationListQuery, ConversationListResponse, ConversationParams } from './schema.js';

export const conversationRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.get('/api/workspaces/:workspaceId/conversations', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'The inbox: conversations by priority, with filters and saved views', params: WorkspaceParams, querystring: ConversationListQuery, response: { 200: ConversationListResponse } },
  }, async (request) => {
    const limit = request.query.limit ?? 50;
    const filter = filterFromQuery(request.params.workspaceId, request.auth?.userId ?? '', request.query, Date.now());
    const rows = await listConversations(db, { ...filter, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map((row) => presentConversationSummary(row)), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last) : null };
  });

  app.get('/api/workspaces/:workspaceId/conversations/counts', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'Inbox-zero indicators: unanswered questions, breaching targets, mine', params: WorkspaceParams, response: { 200: ConversationCountsResponse } },
  }, async (request) => countInbox(db, request.params.workspaceId, request.auth?.userId ?? '', Date.now()));

  app.get('/api/workspaces/:workspaceId/conversations/:conversationId', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'One conversation: the original post, the thread, notes, and the contact with history and loyalty', params: ConversationParams, response: { 200: ConversationDetailResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    const { workspaceId, conversationId } = request.params;
    const detail = await getConversationDetail(db, workspaceId, conversationId);
    if (detail === null) return sendError(reply, 404, 'Conversation not found.', 'conversation.not_found');
    const { conversation, channel, contact, messages } = detail;
    const history = contact === null ? null : await contactHistory(db, workspaceId, contact.id);
    const notes = await listNotes(db, conversationId);
    const last = messages[messages.length - 1];
    const now = Date.now();
    return {
      conversation: {
        ...presentConversationCore(conversation, now),
        channel: { id: channel.id, network: channel.network, handle: channel.handle },
        contact: contact === null ? null : { id: contact.id, displayName: contact.display_name, handle: contact.handle },
        lastMessage: last === undefined ? null : { text: last.text, direction: last.direction, sentAt: new Date(last.sent_at).toISOString() },
        rootPost: conversation.root_post_network_id === null ? null : { text: conversation.root_post_text ?? '', networkId: conversation.root_post_network_id },
      },
      messages: messages.map(presentMessage),
      notes: notes.map((note) => ({ id: note.id, text: note.text, author: note.author, createdAt: new Date(note.created_at).toISOString() })),
      contactProfile: history === null ? null : {
        id: history.contact.id,
        displayName: history.contact.display_name,
        handle: history.contact.handle,
        vip: history.contact.vip === 1,
        firstSeenAt: new Date(history.contact.first_seen_at).toISOString(),
        messageCount: history.contact.message_count,
        loyalty: loyaltyOf({
          messageCount: history.contact.message_count, conversationCount: history.conversations.length,
          firstSeenAt: history.contact.first_seen_at, sentiments: history.conversations.map((c) => c.last_sentiment), now,
        }),
        otherConversations: history.conversations.filter((c) => c.id !== conversationId).map((c) => ({
          id: c.id, lastMessageAt: new Date(c.last_message_at).toISOString(), status: c.status, lastIntents: JSON.parse(c.last_intents) as string[],
        })),
      },
    };
  });
};
