// Security headers on every response (issue 12, defect 7). Written here rather than with
// @fastify/helmet because the policy is short and fixed; swap to helmet if it grows.
import type { FastifyInstance } from 'fastify';

/**
 * The web app has no inline scripts, so scripts come from this origin only. Mantine writes its
 * CSS variables into <style> tags at run time, hence 'unsafe-inline' for styles (styles cannot
 * run code). Swagger UI at /api/docs works under the same policy (its initializer is a file).
 */
export function contentSecurityPolicy(https: boolean): string {
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(https),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    // Only over https: HSTS on a plain-http install would lock browsers out of it.
    // No includeSubDomains: Sapa does not own the parent domain's other sites.
    ...(https ? { 'strict-transport-security': 'max-age=15552000' } : {}),
  };
}

/**
 * Set on the raw response before any handler runs, so JSON, static files, errors, 404s and
 * the hijacked Server-Sent Events stream all carry them.
 */
export function installSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const headers = Object.entries(securityHeaders(https));
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
