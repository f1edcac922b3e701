// Inbox settings: first-response targets (per channel and intent, business hours or around
// the clock). Changes are audited.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { loadInboxPolicy, saveResponsePolicy } from '../../../domain/policies.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { OneOf } from '../../schema-helpers.js';
import { WorkspaceParams } from '../workspaces/schema.js';

const Clock = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const ResponsePolicySchema = Type.Object({
  targets: Type.Array(Type.Object({
    network: Type.String({ minLength: 1, maxLength: 20, pattern: '^(\\*|[a-z]+)$' }),
    intent: OneOf(['urgent', 'complaint', 'question', 'purchase_intent', 'other']),
    minutes: Type.Integer({ minimum: 1, maximum: 7 * 24 * 60 }),
  }, { additionalProperties: false }), { maxItems: 100 }),
  businessHours: Type.Union([Type.Object({
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }),
    start: Clock,
    end: Clock,
  }, { additionalProperties: false }), Type.Null()]),
  warnBeforeShare: Type.Number({ minimum: 0, maximum: 0.9 }),
}, { additionalProperties: false });

export const settingsRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/api/workspaces/:workspaceId/settings/response-policy', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['settings'], summary: 'First-response targets', params: WorkspaceParams, response: { 200: Type.Object({ timezone: Type.String(), policy: ResponsePolicySchema }) } },
  }, async (request) => {
    const policy = await loadInboxPolicy(context.store.db, request.params.workspaceId);
    return { timezone: policy.timezone, policy: policy.response };
  });

  app.put('/api/workspaces/:workspaceId/settings/response-policy', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['settings'], summary: 'Change first-response targets', params: WorkspaceParams, body: ResponsePolicySchema, response: { 204: { type: 'null' } } },
  }, async (request, reply) => {
    const { workspaceId } = request.params;
    await saveResponsePolicy(context.store.db, workspaceId, request.body, request.auth?.userId ?? null);
    return reply.code(204).send(null);
  });
};
