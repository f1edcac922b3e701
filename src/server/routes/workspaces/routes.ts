import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';

/** Routes about workspaces themselves; a workspace's channels live in ../channels. */
export const workspaceRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async () => {};
