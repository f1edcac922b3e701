// The audit log for managers: brand profile changes, guard overrides, account changes.
// Details never hold secrets (see recordAudit), so they are shown as recorded.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchAudit } from '../../../store/repositories/audit-search.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { AuditListResponse, AuditQuery } from './schema.js';

function parseDetails(json: string): Record<string, unknown> {
  const value = JSON.parse(json) as unknown;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

export const auditRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/api/workspaces/:workspaceId/audit', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['audit'], summary: 'Recent audit entries, newest first', params: WorkspaceParams, querystring: AuditQuery, response: { 200: AuditListResponse } },
  }, async (request) => {
    const rows = await searchAudit(context.store.db, request.params.workspaceId, { limit: request.query.limit ?? 50, ...(request.query.action === undefined ? {} : { actions: request.query.action }) });
    return {
      items: rows.map((row) => ({
        id: row.id, action: row.action, targetType: row.target_type, targetId: row.target_id,
        actor: row.actor_user_id === null ? null : { id: row.actor_user_id, name: row.actor_name },
        details: parseDetails(row.details), createdAt: new Date(row.created_at).toISOString(),
      })),
    };
  });
};
