// Who may call a route. Every route declares its access in `config.access`; the auth
// plugin refuses a route that declares none, so a new route cannot be open by accident.
import type { Authenticated } from '../domain/accounts.js';
import type { Role } from '../store/schema.js';

export type RouteAccess =
  /** No sign-in: health, sign-in, the OpenAPI document. */
  | { kind: 'public' }
  /** Any signed-in user. */
  | { kind: 'user' }
  /** A member of `:workspaceId` with at least this role. */
  | { kind: 'workspace'; minRole: Role };

export { roleAtLeast } from '../domain/roles.js';

export const publicAccess: RouteAccess = { kind: 'public' };
export const userAccess: RouteAccess = { kind: 'user' };
export const workspaceAccess = (minRole: Role): RouteAccess => ({ kind: 'workspace', minRole });

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
    workspaceRole: Role | null;
  }
}
