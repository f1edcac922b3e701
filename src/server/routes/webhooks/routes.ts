// Where networks push follower activity. The connector verifies the signature over the body
// bytes exactly as received (so this plugin keeps the raw body, unparsed), and the events are
// stored in the inbound queue before the 2xx, so an acknowledged delivery is never lost. A
// redelivery is merged by the queue, never doubled. Nothing is stored for a refused delivery.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebhookRequest } from '../../../channels/types.js';
import { acceptInbound } from '../../../domain/inbound-intake.js';
import { findChannel } from '../../../store/repositories/channels.js';
import { publicAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { Id } from '../workspaces/schema.js';

/** Meta batches up to 1,000 changes in one delivery; a few hundred kilobytes at most. */
export const webhookBodyLimit = 1024 * 1024;

const WebhookParams = Type.Object({ channelId: Id });
const Accepted = Type.Object({ accepted: Type.Integer(), duplicates: Type.Integer() });

export const webhookRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  // Encapsulated: only these routes see bodies as bytes.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: webhookBodyLimit }, (_request, body, done) => done(null, body));

  const handle = async (request: FastifyRequest<{ Params: { channelId: string } }>, reply: FastifyReply) => {
    const channel = await findChannel(context.store.db, request.params.channelId);
    if (channel === undefined || channel.simulated === 1 || channel.status === 'disconnected') return sendError(reply, 404, 'No webhook here.', 'webhook.not_found');
    let connector;
    try {
      connector = context.connectors.connectorFor(channel);
    } catch {
      return sendError(reply, 404, 'No webhook here.', 'webhook.not_found');
    }
    if (connector.handleWebhook === undefined) return sendError(reply, 404, 'This channel is polled; it takes no webhooks.', 'webhook.not_found');
    const outcome = connector.handleWebhook(toWebhookRequest(request));
    if (outcome.kind === 'refused') {
      request.log.warn({ channelId: channel.id, reason: outcome.reason }, 'webhook refused');
      return sendError(reply, outcome.status, 'Signature or verify token missing or wrong.');
    }
    if (outcome.kind === 'handshake') return reply.code(200).type(outcome.contentType).send(outcome.body);
    const result = await acceptInbound(context, channel, outcome.events);
    return reply.code(200).send(result);
  };

  const schema = (summary: string) => ({
    tags: ['webhooks'], summary, params: WebhookParams,
    response: { 200: Type.Union([Accepted, Type.String()]), 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse },
  });
  // The handshake's query carries the verify token: these requests are not logged line by line.
  app.get('/api/webhooks/:channelId', { logLevel: 'warn', config: { access: publicAccess }, schema: schema('Subscription handshake (Meta hub.challenge, X CRC)') }, handle);
  app.post('/api/webhooks/:channelId', {
    logLevel: 'warn',
    config: { access: publicAccess },
    schema: { ...schema('A signed delivery from the network: 401 without a valid signature, 200 once stored'), consumes: ['application/json', '*/*'] },
  }, handle);
};

function toWebhookRequest(request: FastifyRequest<{ Params: { channelId: string } }>): WebhookRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  const query: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.query as Record<string, unknown>)) if (typeof value === 'string') query[name] = value;
  return {
    method: request.method === 'GET' ? 'GET' : 'POST',
    headers, query,
    rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
  };
}
