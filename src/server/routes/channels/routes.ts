// Channels of a workspace: list with their state, connect (pasted credential or OAuth), test,
// reconnect keeping history, disconnect. Credentials go in and never come back out.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { connectChannel, disconnectChannel, requireWorkspaceChannel, testChannel, type ChannelConnectionDeps } from '../../../domain/channel-connections.js';
import { startChannelOAuth } from '../../../domain/channel-oauth.js';
import { listChannels } from '../../../store/repositories/channels.js';
import { userAccess, workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { presentChannel, presentNetwork } from './presenter.js';
import {
  ChannelListResponse, ChannelParams, ConnectBody, ConnectResponse, NetworkSchema, OAuthStartBody, ReconnectBody, TestResponse,
} from './schema.js';

/** The address the browser reached Sapa at: SAPA_PUBLIC_URL when set, else this request's origin. */
export function originOf(context: AppContext, request: FastifyRequest): URL {
  return context.config.publicUrl ?? new URL(`${request.protocol}://${request.host}/`);
}

export const channelRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const deps: ChannelConnectionDeps = { store: context.store, events: context.events, connectors: context.connectors, secretKey: context.config.secretKey };
  const present = (channel: Parameters<typeof presentChannel>[0]) => presentChannel(channel, context.connectors.definitions, context.config.publicUrl);
  const userId = (request: FastifyRequest) => request.auth?.userId ?? '';

  app.get('/api/networks', {
    config: { access: userAccess },
    schema: {
      tags: ['channels'], summary: 'Networks Sapa can connect, with what each can do and what its connect form asks',
      response: { 200: Type.Object({
        items: Type.Array(NetworkSchema),
        publicUrlConfigured: Type.Boolean({ description: 'Whether SAPA_PUBLIC_URL is set, so webhook networks can deliver.' }),
      }) },
    },
  }, () => ({ items: context.connectors.definitions.map(presentNetwork), publicUrlConfigured: context.config.publicUrl !== null }));

  app.get('/api/workspaces/:workspaceId/channels', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['channels'], summary: 'Channels with their state and last activity (credentials are never returned)', params: WorkspaceParams, response: { 200: ChannelListResponse } },
  }, async (request) => ({ items: (await listChannels(context.store.db, request.params.workspaceId)).map(present) }));

  app.post('/api/workspaces/:workspaceId/channels', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['channels'], summary: 'Connect an account with a pasted credential; it is tested with the network first. An account already connected is reconnected, history kept.',
      params: WorkspaceParams, body: ConnectBody, response: { 200: ConnectResponse, 201: ConnectResponse, 400: ErrorResponse, 409: ErrorResponse },
    },
  }, async (request, reply) => {
    const result = await connectChannel(deps, { workspaceId: request.params.workspaceId, userId: userId(request), network: request.body.network, values: request.body.values });
    return reply.code(result.reconnected ? 200 : 201).send({ channel: present(result.channel), reconnected: result.reconnected });
  });

  app.post('/api/workspaces/:workspaceId/channels/:channelId/reconnect', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['channels'], summary: 'New credentials for the same account: conversations, cursor and any stored refresh token are kept',
      params: ChannelParams, body: ReconnectBody, response: { 200: ConnectResponse, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
    },
  }, async (request) => {
    const { workspaceId, channelId } = request.params;
    const { network } = await requireWorkspaceChannel(deps, workspaceId, channelId);
    const result = await connectChannel(deps, { workspaceId, userId: userId(request), network, values: request.body.values, channelId });
    return { channel: present(result.channel), reconnected: result.reconnected };
  });

  app.post('/api/workspaces/:workspaceId/channels/:channelId/test', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['channels'], summary: 'Test the stored credentials with the network', params: ChannelParams, response: { 200: TestResponse, 404: ErrorResponse } },
  }, async (request) => {
    const result = await testChannel(deps, request.params.workspaceId, request.params.channelId);
    return result.ok
      ? { ok: true, account: result.identity, code: null, message: null }
      : { ok: false, account: null, code: result.code, message: result.message };
  });

  app.delete('/api/workspaces/:workspaceId/channels/:channelId', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['channels'], summary: 'Disconnect: credentials erased, nothing more received or sent; conversations stay', params: ChannelParams, response: { 204: { type: 'null' }, 400: ErrorResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    await disconnectChannel(deps, { workspaceId: request.params.workspaceId, userId: userId(request), channelId: request.params.channelId });
    return reply.code(204).send(null);
  });

  app.post('/api/workspaces/:workspaceId/channels/oauth', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['channels'], summary: 'Start connecting by signing in to the network (Mastodon, X, Facebook Login for Pages and Instagram): where to send the browser',
      params: WorkspaceParams, body: OAuthStartBody, response: { 200: Type.Object({ authorizeUrl: Type.String() }), 400: ErrorResponse, 404: ErrorResponse },
    },
  }, async (request) => startChannelOAuth(deps, {
    workspaceId: request.params.workspaceId, userId: userId(request), network: request.body.network, values: request.body.values,
    origin: originOf(context, request), ...(request.body.channelId === undefined ? {} : { channelId: request.body.channelId }),
  }));
};
