// Errors that mean "the database cannot be reached right now" (server down, connection reset or
// refused, pool timeout), as opposed to a bug: requests answer 503 with Retry-After for these, so
// clients and networks retry, and the process keeps running until the database is back.
const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
const connectionMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i;

export function isStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    // SQLSTATE class 08: connection exception.
    if (typeof code === 'string' && (connectionCodes.has(code) || code.startsWith('08'))) return true;
    if (connectionMessages.test(current.message)) return true;
    if (current instanceof AggregateError && current.errors.some(isStoreUnavailable)) return true;
  }
  return false;
}
