import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listChannels } from '../../../store/repositories/channels.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ChannelListResponse, WorkspaceParams } from './schema.js';

export const workspaceRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/api/workspaces/:workspaceId/channels', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['channels'], summary: 'Connected channels (credentials are never returned)', params: WorkspaceParams, response: { 200: ChannelListResponse } },
  }, async (request) => {
    const channels = await listChannels(context.store.db, request.params.workspaceId);
    return {
      items: channels.map((channel) => ({
        id: channel.id, network: channel.network, handle: channel.handle, displayName: channel.display_name,
        status: channel.status, simulated: channel.simulated === 1,
      })),
    };
  });
};
