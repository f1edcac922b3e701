// Server-Sent Events: one stream per open inbox tab, scoped to one workspace.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { WorkspaceParams } from '../workspaces/schema.js';

const heartbeatMs = 15_000;

export const eventRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const openStreams = new Set<ServerResponse>();
  // End open streams when the server closes, so a graceful shutdown does not hang on them.
  app.addHook('preClose', async () => {
    for (const stream of openStreams) stream.end();
  });

  app.get('/api/workspaces/:workspaceId/events', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['inbox'], summary: 'Live updates (text/event-stream): message.created, message.updated, conversation.updated', params: WorkspaceParams },
  }, (request, reply) => {
    const stream = reply.raw;
    reply.hijack();
    stream.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    stream.write('retry: 3000\n\n');
    openStreams.add(stream);
    const unsubscribe = context.events.subscribe(request.params.workspaceId, (event) => {
      stream.write(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
    });
    const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), heartbeatMs);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(stream);
    });
  });
};
