// The content guard on the server: the same pure check the composer runs in the browser,
// with the workspace's brand profile applied, for API clients and pipelines.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkWithBrand } from '../../../domain/brand-profile.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { GuardCheckBody, GuardResultSchema } from './schema.js';

export const guardRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.post('/api/workspaces/:workspaceId/guard/check', {
    config: { access: workspaceAccess('officer') },
    // 20,000 characters of text fit well inside this; anything larger is refused before parsing (413).
    bodyLimit: 256 * 1024,
    schema: {
      tags: ['guard'], summary: 'Check a draft post or reply for over-promising, missing disclosure and hard selling',
      params: WorkspaceParams, body: GuardCheckBody, response: { 200: GuardResultSchema, 400: ErrorResponse, 413: ErrorResponse },
    },
  }, async (request) => checkWithBrand(context.store.db, request.params.workspaceId, request.body));
};
