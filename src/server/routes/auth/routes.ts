import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signIn, signOut } from '../../../domain/accounts.js';
import { findUserById, updateUserPreferences } from '../../../store/repositories/users.js';
import { listWorkspacesForUser } from '../../../store/repositories/workspaces.js';
import { publicAccess, userAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { sessionCookieName } from '../../plugins/auth.js';
import { SignInThrottle } from '../../../domain/sign-in-throttle.js';
import { liveStreamsOf } from '../../live-streams.js';
import { deviceCookieMaxAgeSeconds, deviceCookieName, deviceCookieValue, isKnownDevice } from './device-cookie.js';
import { presentUser, presentWorkspace } from '../../presenters.js';
import { MeResponse, SessionResponse, SignInBody, SignInResponse, UpdateMeBody } from './schema.js';

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

export const authRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const throttle = new SignInThrottle();

  app.post('/api/auth/sign-in', {
    config: {
      access: publicAccess,
      // Per address and e-mail, so one attacker cannot lock every user out.
      rateLimit: { hook: 'preHandler', max: 10, timeWindow: '1 minute', keyGenerator: (request) => `${request.ip}:${emailOf(request.body)}` },
    },
    schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', body: SignInBody, response: { 200: SignInResponse, 401: ErrorResponse, 429: ErrorResponse } },
  }, async (request, reply) => {
    const attempt = { address: request.ip, email: emailOf(request.body), knownDevice: isKnownDevice(context.config.secretKey, emailOf(request.body), request.cookies[deviceCookieName]) };
    const decision = throttle.check(attempt);
    if (!decision.allowed) {
      const seconds = Math.ceil(decision.retryAfterMs / 1000);
      void reply.header('retry-after', String(seconds));
      return sendError(reply, 429, decision.reason === 'address'
        ? `Too many failed sign-ins from this address; try again in ${seconds} s.`
        : `Too many failed sign-ins to this account from unknown browsers; try again in ${seconds} s, or from a browser that signed in before.`);
    }
    const result = await signIn(db, request.body.email, request.body.password);
    if (result === null) {
      throttle.recordFailure(attempt);
      return sendError(reply, 401, 'Wrong e-mail or password.', 'auth.wrong_credentials');
    }
    throttle.recordSuccess(attempt);
    void reply.setCookie(deviceCookieName, deviceCookieValue(context.config.secretKey, attempt.email), {
      path: '/api/auth', httpOnly: true, sameSite: 'lax', secure: context.config.secureCookies, maxAge: deviceCookieMaxAgeSeconds,
    });
    void reply.setCookie(sessionCookieName, result.sessionToken, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: context.config.secureCookies, expires: new Date(result.expiresAt),
    });
    return { user: presentUser(result.user), csrfToken: result.csrfToken };
  });

  app.post('/api/auth/sign-out', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'End this session', response: { 204: { type: 'null' } } },
  }, async (request, reply) => {
    const cookie = request.cookies[sessionCookieName];
    if (cookie !== undefined) await signOut(db, cookie);
    // Live-update streams of this session end with it (other processes: at their next heartbeat).
    if (request.auth?.via === 'session') liveStreamsOf(context).endAll(request.auth.credentialId);
    void reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: context.config.secureCookies });
    return reply.code(204).send(null);
  });

  app.get('/api/session', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'The signed-in user, their workspaces and the CSRF token', response: { 200: SessionResponse } },
  }, async (request, reply) => {
    const auth = request.auth;
    const user = auth === null ? undefined : await findUserById(db, auth.userId);
    if (auth === null || user === undefined) return sendError(reply, 401, 'Sign in first.');
    const workspaces = await listWorkspacesForUser(db, user.id);
    return { user: presentUser(user), csrfToken: auth.csrfToken, workspaces: workspaces.map(presentWorkspace) };
  });

  app.patch('/api/me', {
    config: { access: userAccess },
    schema: { tags: ['auth'], summary: 'Change your language, colour scheme or name', body: UpdateMeBody, response: { 200: MeResponse } },
  }, async (request, reply) => {
    const user = request.auth === null ? undefined : await updateUserPreferences(db, request.auth.userId, request.body);
    if (user === undefined) return sendError(reply, 401, 'Sign in first.');
    return { user: presentUser(user) };
  });
};
