// Settings → Brand: the profile the content guard applies (products with their limitations
// and disclaimers, substantiated claims, banned words, rule severities). Changes are audited.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getBrandProfile, updateBrandProfile } from '../../../domain/brand-profile.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { presentBrandProfile } from './present.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { BrandProfileBody, BrandProfileResponse, BrandProfileUpdatedResponse } from './schema.js';

export const brandRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.get('/api/workspaces/:workspaceId/brand-profile', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['brand'], summary: 'The brand profile the content guard applies', params: WorkspaceParams, response: { 200: BrandProfileResponse } },
  }, async (request) => ({ profile: presentBrandProfile(await getBrandProfile(db, request.params.workspaceId)) }));

  app.put('/api/workspaces/:workspaceId/brand-profile', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['brand'], summary: 'Replace the brand profile (validated; the change is recorded in the audit log)',
      params: WorkspaceParams, body: BrandProfileBody, response: { 200: BrandProfileUpdatedResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const updated = await updateBrandProfile(db, { workspaceId: request.params.workspaceId, userId: request.auth?.userId ?? null, profile: request.body });
    return { profile: presentBrandProfile(updated.profile), changes: { ...updated.changes } };
  });
};
