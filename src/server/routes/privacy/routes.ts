// Personal data of followers (UU 27/2022 PDP): a contact's export and erasure, and the
// workspace's retention period for message texts. Managers only; everything is audited.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { exportContact, forgetContact, type PrivacyActor } from '../../../domain/privacy/contact-data.js';
import { loadRetention, saveRetention } from '../../../domain/privacy/retention.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { ContactExportResponse, ContactParams, ErasureResponse, RetentionPolicySchema } from './schema.js';

export const privacyRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const actorOf = (workspaceId: string, userId: string | undefined): PrivacyActor => ({ workspaceId, userId: userId ?? null, via: 'api' });

  app.get('/api/workspaces/:workspaceId/contacts/:contactId/export', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['privacy'], summary: 'Everything stored about one contact, as a JSON download (audited)',
      params: ContactParams, response: { 200: ContactExportResponse, 404: ErrorResponse },
    },
  }, async (request, reply) => {
    const { workspaceId, contactId } = request.params;
    const exported = await exportContact(context.store.db, actorOf(workspaceId, request.auth?.userId), contactId);
    return reply.header('content-disposition', `attachment; filename="sapa-contact-${contactId}.json"`).header('cache-control', 'no-store').send(exported);
  });

  app.delete('/api/workspaces/:workspaceId/contacts/:contactId', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['privacy'], summary: 'Erase a contact: names, handles, message texts and notes; counts stay (audited)',
      params: ContactParams, response: { 200: ErasureResponse, 404: ErrorResponse },
    },
  }, async (request) => {
    const { workspaceId, contactId } = request.params;
    return forgetContact(context.store.db, actorOf(workspaceId, request.auth?.userId), contactId);
  });

  app.get('/api/workspaces/:workspaceId/settings/retention', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['privacy', 'settings'], summary: 'How long message texts are kept', params: WorkspaceParams, response: { 200: RetentionPolicySchema } },
  }, async (request) => loadRetention(context.store.db, request.params.workspaceId));

  app.put('/api/workspaces/:workspaceId/settings/retention', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['privacy', 'settings'], summary: 'Change how long message texts are kept (audited)', params: WorkspaceParams, body: RetentionPolicySchema, response: { 200: RetentionPolicySchema } },
  }, async (request) => {
    const { workspaceId } = request.params;
    await saveRetention(context.store.db, actorOf(workspaceId, request.auth?.userId), request.body);
    return loadRetention(context.store.db, workspaceId);
  });
};
