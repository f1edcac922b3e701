import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { RoleSchema } from '../auth/schema.js';
import { WorkspaceParams } from '../workspaces/schema.js';

const Member = Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), role: RoleSchema });

export const memberRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/api/workspaces/:workspaceId/members', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['workspace'], summary: 'Members of the workspace (for assigning)', params: WorkspaceParams, response: { 200: Type.Object({ items: Type.Array(Member) }) } },
  }, async (request) => ({
    items: await context.store.db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.name', 'users.email', 'memberships.role'])
      .where('memberships.workspace_id', '=', request.params.workspaceId).orderBy('users.name').execute(),
  }));
};
