// Authentication (session cookie or API token), CSRF for cookie-authenticated writes,
// and the role check, in that order, before any route handler runs.
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiToken, authenticateSession } from '../../domain/accounts.js';
import { findRole } from '../../store/repositories/workspaces.js';
import { roleAtLeast } from '../access.js';
import type { AppContext } from '../context.js';
import { sendError } from '../errors.js';

export const sessionCookieName = 'sapa_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function identify(request: FastifyRequest, context: AppContext): Promise<FastifyRequest['auth']> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ') === true) return authenticateApiToken(context.store.db, header.slice('Bearer '.length).trim());
  const cookie = request.cookies[sessionCookieName];
  return cookie === undefined ? null : authenticateSession(context.store.db, cookie);
}

export const authPlugin = fp<{ context: AppContext }>(async (app, { context }) => {
  app.decorateRequest('auth', null);
  app.decorateRequest('workspaceRole', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api')) return;
    const access = request.routeOptions.config.access;
    if (access?.kind === 'public') return;
    request.auth = await identify(request, context);
    if (request.auth === null) return sendError(reply, 401, 'Sign in first (session cookie or Bearer API token).', 'auth.required');
    if (access === undefined) return sendError(reply, 403, 'This route declares no access rule.');
    if (request.auth.scope === 'read' && !safeMethods.has(request.method)) return sendError(reply, 403, 'This API token is read-only.', 'token.read_only');
    if (request.auth.via === 'session' && !safeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.auth.csrfToken) {
      return sendError(reply, 403, 'Missing or wrong x-csrf-token header.', 'auth.csrf');
    }
  });

  // After validation, so `:workspaceId` is known to be well-formed.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (access?.kind !== 'workspace' || request.auth === null) return;
    const workspaceId = (request.params as { workspaceId?: string }).workspaceId;
    const role = workspaceId === undefined ? null : await findRole(context.store.db, workspaceId, request.auth.userId);
    if (role === null) return sendError(reply, 404, 'Workspace not found.', 'workspace.not_found');
    if (!roleAtLeast(role, access.minRole)) return sendError(reply, 403, `This needs the ${access.minRole} role or higher; you are ${role}.`, 'role.too_low');
    request.workspaceRole = role;
  });
});
