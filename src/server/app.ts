// The Fastify app, built by a factory so tests call `app.inject()` without a port and the
// process entry (src/cli/commands/start.ts) stays separate.
import { existsSync } from 'node:fs';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { packageVersion } from '../version.js';
import { publicAccess, userAccess } from './access.js';
import type { AppContext } from './context.js';
import { errorBody, installErrorHandling, sendError } from './errors.js';
import { authPlugin } from './plugins/auth.js';
import { installRequestMetrics } from './request-metrics.js';
import { installSecurityHeaders } from './security-headers.js';
import { apiRoutePlugins } from './routes/index.js';

export interface BuildAppOptions {
  context: AppContext;
  /** A pino logger (with secrets redacted); no logging when absent. */
  logger?: FastifyBaseLogger;
  /** The built web app (web/dist); absent in API-only tests. */
  webRoot?: string;
}

export interface RouteEntry {
  method: string;
  url: string;
  access: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access, for the route-table test and `sapa routes`. */
    routeTable: RouteEntry[];
  }
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit: 1024 * 1024,
    // Only proxies named by SAPA_TRUST_PROXY may set the client address (the sign-in limiter keys on it).
    trustProxy: options.context.config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Swagger UI's own routes cannot declare access; the docs are for signed-in users.
  app.addHook('onRoute', (route) => {
    if (route.url?.startsWith('/api/docs') === true) route.config = { ...route.config, access: userAccess };
  });
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url ?? route.path ?? '', access: route.config?.access?.kind ?? null });
  });
  app.decorate('routeTable', routeTable);
  installErrorHandling(app);
  installSecurityHeaders(app, options.context.config.secureCookies);
  installRequestMetrics(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false, errorResponseBuilder: (_request, context) => errorBody(429, `Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} s.`, 'rate_limited') });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Sapa API', version: packageVersion, description: 'The API behind the Sapa web app. Authenticate with the session cookie (plus x-csrf-token on writes) or an API token as `Authorization: Bearer …`.' },
      components: { securitySchemes: { apiToken: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'sapa_session' } } },
      security: [{ apiToken: [] }, { session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, { context: options.context });

  app.get('/api/openapi.json', { config: { access: publicAccess }, schema: { hide: true } }, () => app.swagger());
  for (const plugin of apiRoutePlugins) await app.register(plugin, { context: options.context });

  if (options.webRoot !== undefined && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the single-page app fall back to index.html; unknown API paths are JSON 404s.
    if (request.method === 'GET' && !request.url.startsWith('/api') && options.webRoot !== undefined && existsSync(options.webRoot)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(reply, 404, `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`, 'route.not_found');
  });
  return app;
}
