// The one address networks send the officer's browser back to after they approve Sapa. It
// always answers with a redirect into the app, which shows the outcome on Settings → Channels.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError } from '../../../domain/errors.js';
import { finishChannelOAuth } from '../../../domain/channel-oauth.js';
import { userAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { OAuthCallbackQuery } from './schema.js';

export function channelsPagePath(workspaceId: string | null, outcome: { connected?: string; error?: string }): string {
  const search = new URLSearchParams(outcome as Record<string, string>).toString();
  return workspaceId === null ? `/?${search}` : `/w/${encodeURIComponent(workspaceId)}/settings/channels?${search}`;
}

export const oauthCallbackRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/api/oauth/callback', {
    // The query carries the authorization code: not logged line by line.
    logLevel: 'warn',
    config: { access: userAccess },
    schema: { tags: ['channels'], summary: 'Where the network sends the browser back after the officer approves Sapa (redirects into the app)', querystring: OAuthCallbackQuery, response: { 303: { type: 'null' } } },
  }, async (request, reply) => {
    const { state, code, error } = request.query;
    const deps = { store: context.store, events: context.events, connectors: context.connectors, secretKey: context.config.secretKey };
    if (state === undefined || code === undefined || error !== undefined) {
      const message = error === 'access_denied' ? 'You did not approve Sapa on the network, so nothing was connected.' : 'The network did not send Sapa back an approval. Try connecting again.';
      return reply.redirect(channelsPagePath(null, { error: message }), 303);
    }
    try {
      const result = await finishChannelOAuth(deps, { userId: request.auth?.userId ?? '', state, code });
      return await reply.redirect(channelsPagePath(result.workspaceId, { connected: result.channel.id }), 303);
    } catch (failure) {
      if (!(failure instanceof DomainError)) throw failure;
      return reply.redirect(channelsPagePath(null, { error: failure.message }), 303);
    }
  });
};
