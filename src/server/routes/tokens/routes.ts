// API tokens of the signed-in user: create (shown once), list, revoke. Tokens belong to a
// user, not a workspace, so every lookup is scoped to the signed-in user instead.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createApiToken, revokeApiToken } from '../../../domain/accounts.js';
import { listApiTokensOf } from '../../../store/repositories/sessions.js';
import { userAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';

const Scope = Type.Union([Type.Literal('read'), Type.Literal('full')], { description: 'read: GET only; full: whatever your roles allow.' });
const CreateTokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scope: Type.Optional(Scope),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'Default 90.' })),
}, { additionalProperties: false });
const CreateTokenResponse = Type.Object({ id: Type.String(), token: Type.String({ description: 'Shown once; only its hash is stored.' }), expiresAt: Type.String() });
const TokenSummary = Type.Object({
  id: Type.String(), name: Type.String(), scope: Scope, createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]), expiresAt: Type.Union([Type.String(), Type.Null()]),
});
const TokenParams = Type.Object({ tokenId: Type.String({ minLength: 1, maxLength: 64 }) });

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export const tokenRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.post('/api/tokens', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'Create an API token for scripts (use as Authorization: Bearer …)', body: CreateTokenBody, response: { 201: CreateTokenResponse } },
  }, async (request, reply) => {
    if (request.auth === null) return sendError(reply, 401, 'Sign in first.');
    const created = await createApiToken(db, request.auth.userId, request.body);
    return reply.code(201).send({ id: created.id, token: created.token, expiresAt: new Date(created.expiresAt).toISOString() });
  });

  app.get('/api/tokens', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'Your API tokens (never the secrets)', response: { 200: Type.Object({ items: Type.Array(TokenSummary) }) } },
  }, async (request) => {
    const rows = await listApiTokensOf(db, request.auth?.userId ?? '');
    return { items: rows.map((row) => ({ id: row.id, name: row.name, scope: row.scope, createdAt: new Date(row.created_at).toISOString(), lastUsedAt: iso(row.last_used_at), expiresAt: iso(row.expires_at) })) };
  });

  app.delete('/api/tokens/:tokenId', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'Revoke one of your API tokens', params: TokenParams, response: { 204: { type: 'null' }, 404: ErrorResponse } },
  }, async (request, reply) => {
    await revokeApiToken(db, request.auth?.userId ?? '', request.params.tokenId);
    return reply.code(204).send(null);
  });
};
