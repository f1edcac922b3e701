// Server-Sent Events: one stream per open inbox tab, scoped to one workspace. A stream lives
// only as long as its credential: sign-out ends it, and each heartbeat re-checks it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { credentialStillValid } from '../../../domain/accounts.js';
import { findRole } from '../../../store/repositories/workspaces.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { liveStreamsOf, maxStreamsPerCredential } from '../../live-streams.js';
import { WorkspaceParams } from '../workspaces/schema.js';

const heartbeatMs = 15_000;

export const eventRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const streams = liveStreamsOf(context);
  // End open streams when the server closes, so a graceful shutdown does not hang on them.
  app.addHook('preClose', async () => { streams.endEverything(); });

  app.get('/api/workspaces/:workspaceId/events', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags: ['inbox'], summary: 'Live updates (text/event-stream): message.created, message.updated, conversation.updated',
      params: WorkspaceParams, response: { 429: ErrorResponse },
    },
  }, (request, reply) => {
    const auth = request.auth;
    if (auth === null) { void sendError(reply, 401, 'Sign in first.'); return; }
    const stream = reply.raw;
    const end = (): void => { stream.end(); };
    if (!streams.open(auth.credentialId, end, { workspaceId: request.params.workspaceId, userId: auth.userId })) {
      void sendError(reply, 429, `At most ${maxStreamsPerCredential} live streams per session; close other tabs.`);
      return;
    }
    reply.hijack();
    stream.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    stream.write('retry: 3000\n\n');
    const unsubscribe = context.events.subscribe(request.params.workspaceId, (event) => {
      stream.write(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
    });
    const stillAllowed = async () => (await credentialStillValid(context.store.db, auth))
      && (await findRole(context.store.db, request.params.workspaceId, auth.userId)) !== null;
    const heartbeat = setInterval(() => {
      // A removed member's stream ends here too when the removal happened in another process.
      void stillAllowed().then((valid) => { if (valid) stream.write(': keep-alive\n\n'); else end(); }, end);
    }, heartbeatMs);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.closed(auth.credentialId, end);
    });
  });
};
