// One error shape for every response: { statusCode, error, code, message }. `code` is stable
// (e.g. `post.not_found`) so the web app can translate it; `message` is English for everyone
// else. Stack traces and internal messages never leave the server; 5xx are logged with the
// request id instead.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { DomainError, type ErrorCode } from '../domain/errors.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import { Type } from '@fastify/type-provider-typebox';
import { invalidFields, type InvalidField } from './invalid-fields.js';

export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  code: Type.String({ description: 'Stable error code (e.g. post.not_found) the web app translates; the message is English.' }),
  message: Type.String(),
  fields: Type.Optional(Type.Array(Type.Object({
    field: Type.String({ description: 'Where the problem is, e.g. text, variants.0.text or (for the query) limit.' }),
    rule: Type.String({ description: 'What the value breaks: required, type, minLength, maxLength, minimum, maximum, format, enum, pattern, unknown or invalid.' }),
    limit: Type.Optional(Type.Number({ description: 'The bound of a length, size or range rule.' })),
  }), { description: 'For request.invalid: each field that failed validation, so the web can say it in the officer\'s language.' })),
});

/** The code of an error no route named more precisely: what the status alone says. */
const statusCodes: Record<number, ErrorCode> = {
  400: 'request.invalid', 401: 'auth.required', 403: 'access.forbidden', 404: 'not_found', 409: 'conflict',
  413: 'request.too_large', 415: 'request.unsupported_type', 422: 'request.unprocessable', 429: 'rate_limited',
  500: 'server.failed', 503: 'server.unavailable',
};

export function codeForStatus(statusCode: number): ErrorCode {
  return statusCodes[statusCode] ?? (statusCode >= 500 ? 'server.failed' : 'request.failed');
}

export function errorBody(statusCode: number, message: string, code: ErrorCode = codeForStatus(statusCode), fields?: InvalidField[]) {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message, ...(fields === undefined ? {} : { fields }) };
}

export function sendError(reply: FastifyReply, statusCode: number, message: string, code?: ErrorCode, fields?: InvalidField[]): FastifyReply {
  return reply.code(statusCode).type('application/json').send(errorBody(statusCode, message, code, fields));
}

const domainStatus: Record<DomainError['kind'], number> = { invalid_input: 400, conflict: 409, not_found: 404, forbidden: 403 };

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return sendError(reply, domainStatus[error.kind], error.message, error.code);
    if (error.validation !== undefined) return sendError(reply, 400, error.message, 'request.invalid', invalidFields(error.validation));
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: error }, 'database unreachable');
      void reply.header('retry-after', '5');
      return sendError(reply, 503, 'The database cannot be reached right now; try again shortly.', 'database.unavailable');
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, `Something went wrong on our side (request ${request.id}).`, 'server.failed');
    }
    return sendError(reply, status, error.message);
  });
}
