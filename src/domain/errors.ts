// The error every command throws when a request cannot be done as asked. Routes map `code` to
// an HTTP status (src/server/errors.ts); it lives here, not with accounts, because every
// command uses it.
export type DomainErrorCode = 'invalid_input' | 'conflict' | 'not_found' | 'forbidden';

export class DomainError extends Error {
  constructor(readonly code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
  }
}
