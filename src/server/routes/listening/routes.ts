// Listening: saved searches per workspace and the public posts they found, apart from the
// inbox. Managers choose what to listen for; officers turn a post into an inbox conversation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { turnPostIntoConversation } from '../../../domain/listening/convert.js';
import { listeningDimensions } from '../../../domain/listening/listening-counts.js';
import { channelOffersSearch, createSavedSearch } from '../../../domain/listening/saved-searches.js';
import { listChannels } from '../../../store/repositories/channels.js';
import {
  deleteSavedSearch, findSavedSearch, listListeningPosts, listSavedSearches, listeningRollupCounts,
} from '../../../store/repositories/listening.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { decodePostCursor, encodePostCursor, presentListeningPost, presentSavedSearch } from './present.js';
import {
  ConvertResponse, CreateSearchBody, PostList, PostListQuery, PostParams, SavedSearch, SavedSearchList, SearchParams, SummaryQuery, SummaryResponse,
} from './schema.js';

const tags = ['listening'];
const hourMs = 3600_000;

export const listeningRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.get('/api/workspaces/:workspaceId/listening/searches', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'Saved searches, and the channels a search can run on', params: WorkspaceParams, response: { 200: SavedSearchList } },
  }, async (request) => {
    const { workspaceId } = request.params;
    const channels = (await listChannels(db, workspaceId)).filter((channel) => channelOffersSearch(channel));
    return {
      items: (await listSavedSearches(db, workspaceId)).map(presentSavedSearch),
      channels: channels.map((channel) => ({ id: channel.id, network: channel.network, handle: channel.handle })),
    };
  });

  app.post('/api/workspaces/:workspaceId/listening/searches', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags, summary: 'Listen for a query (brand, product or #hashtag) on a channel whose network offers search', params: WorkspaceParams, body: CreateSearchBody,
      response: { 201: SavedSearch, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
    },
  }, async (request, reply) => {
    const { workspaceId } = request.params;
    const result = await createSavedSearch(db, { workspaceId, channelId: request.body.channelId, query: request.body.query, createdBy: request.auth?.userId ?? null });
    switch (result.status) {
      case 'channel_not_found': return sendError(reply, 404, 'Channel not found.', 'channel.not_found');
      case 'no_search': return sendError(reply, 400, `${result.network} offers no public search Sapa can use; choose a Bluesky, Mastodon or X channel.`);
      case 'invalid_query': return sendError(reply, 400, result.reason);
      case 'duplicate': return sendError(reply, 409, 'This channel already listens for that query.');
      case 'created': {
        const created = (await listSavedSearches(db, workspaceId)).find((row) => row.id === result.search.id);
        return created === undefined ? sendError(reply, 404, 'Channel not found.', 'channel.not_found') : reply.code(201).send(presentSavedSearch(created));
      }
    }
  });

  app.delete('/api/workspaces/:workspaceId/listening/searches/:searchId', {
    config: { access: workspaceAccess('manager') },
    schema: { tags, summary: 'Stop listening; the posts it found go too (conversations made from them stay)', params: SearchParams, response: { 204: { type: 'null' }, 404: ErrorResponse } },
  }, async (request, reply) => {
    if (!(await deleteSavedSearch(db, request.params.workspaceId, request.params.searchId))) return sendError(reply, 404, 'Saved search not found.', 'saved_search.not_found');
    return reply.code(204).send(null);
  });

  app.get('/api/workspaces/:workspaceId/listening/posts', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'Public posts the saved searches found, newest first', params: WorkspaceParams, querystring: PostListQuery, response: { 200: PostList, 400: ErrorResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    const { workspaceId } = request.params;
    const { searchId, channelId, sentiment, cursor } = request.query;
    const limit = request.query.limit ?? 50;
    const before = cursor === undefined ? undefined : decodePostCursor(cursor);
    if (before === null) return sendError(reply, 400, 'The cursor is not one this list gave out.');
    if (searchId !== undefined && (await findSavedSearch(db, workspaceId, searchId)) === undefined) return sendError(reply, 404, 'Saved search not found.', 'saved_search.not_found');
    const rows = await listListeningPosts(db, { workspaceId, searchId, channelId, sentiment, before, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(presentListeningPost), nextCursor: rows.length > limit && last !== undefined ? encodePostCursor(last) : null };
  });

  app.post('/api/workspaces/:workspaceId/listening/posts/:postId/conversation', {
    config: { access: workspaceAccess('officer') },
    schema: { tags, summary: 'Turn a found post into an inbox conversation (the same one on every call)', params: PostParams, response: { 200: ConvertResponse, 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request, reply) => {
    const result = await turnPostIntoConversation({ store: context.store, events: context.events }, request.params.workspaceId, request.params.postId);
    if (result.status === 'not_found') return sendError(reply, 404, 'Post not found.', 'post.not_found');
    if (result.status === 'failed') return sendError(reply, 409, result.reason);
    return { conversationId: result.conversationId, created: result.created };
  });

  app.get('/api/workspaces/:workspaceId/listening/summary', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'Found posts by sentiment and emotion over the last days (from the Insights rollup)', params: WorkspaceParams, querystring: SummaryQuery, response: { 200: SummaryResponse } },
  }, async (request) => {
    const { workspaceId } = request.params;
    const to = Math.floor(Date.now() / hourMs) * hourMs + hourMs;
    const from = to - (request.query.days ?? 7) * 24 * hourMs;
    const [volume, sentiment, emotion, alarm] = await Promise.all([
      listeningRollupCounts(db, workspaceId, listeningDimensions.volume, from, to),
      listeningRollupCounts(db, workspaceId, listeningDimensions.sentiment, from, to),
      listeningRollupCounts(db, workspaceId, listeningDimensions.emotion, from, to),
      listeningRollupCounts(db, workspaceId, listeningDimensions.alarm, from, to),
    ]);
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), total: volume.found ?? 0, sentiment, emotion, alarm: alarm.negative ?? 0 };
  });
};
