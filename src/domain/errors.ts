// The error every command throws when a request cannot be done as asked. Routes map `kind` to
// an HTTP status (src/server/errors.ts) and send `code` with the English message, so the web
// app can translate the error (web/src/i18n/*/errors.ts); it lives here, not with accounts,
// because every command uses it.
export type DomainErrorKind = 'invalid_input' | 'conflict' | 'not_found' | 'forbidden';

/** A stable error code: `area.reason` (e.g. `post.not_found`), or the bare kind for errors the web shows in the server's words. */
export type ErrorCode = string;

export class DomainError extends Error {
  readonly code: ErrorCode;

  constructor(readonly kind: DomainErrorKind, message: string, code?: ErrorCode) {
    super(message);
    this.name = 'DomainError';
    this.code = code ?? kind;
  }
}
