import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createApiToken } from '../../../domain/accounts.js';
import { userAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { sendError } from '../../errors.js';

const CreateTokenBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
const CreateTokenResponse = Type.Object({ id: Type.String(), token: Type.String({ description: 'Shown once; only its hash is stored.' }) });

export const tokenRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.post('/api/tokens', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'Create an API token for scripts (use as Authorization: Bearer …)', body: CreateTokenBody, response: { 201: CreateTokenResponse } },
  }, async (request, reply) => {
    if (request.auth === null) return sendError(reply, 401, 'Sign in first.');
    const created = await createApiToken(context.store.db, request.auth.userId, request.body.name);
    return reply.code(201).send(created);
  });
};
