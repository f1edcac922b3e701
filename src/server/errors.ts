// One error shape for every response: { statusCode, error, message }. Stack traces and
// internal messages never leave the server; 5xx are logged with the request id instead.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { DomainError } from '../domain/errors.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import { Type } from '@fastify/type-provider-typebox';

export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
});

export function sendError(reply: FastifyReply, statusCode: number, message: string): FastifyReply {
  return reply.code(statusCode).type('application/json').send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
}

const domainStatus: Record<DomainError['code'], number> = { invalid_input: 400, conflict: 409, not_found: 404, forbidden: 403 };

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return sendError(reply, domainStatus[error.code], error.message);
    if (error.validation !== undefined) return sendError(reply, 400, error.message);
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: error }, 'database unreachable');
      void reply.header('retry-after', '5');
      return sendError(reply, 503, 'The database cannot be reached right now; try again shortly.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, `Something went wrong on our side (request ${request.id}).`);
    }
    return sendError(reply, status, error.message);
  });
}
