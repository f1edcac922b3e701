import { i18next } from '../i18n';
import type { ApiError } from '../api/http';

/**
 * The officer's-language text for a server error code (e.g. `post.not_found`), from the
 * `serverErrors` strings; null when the code has none, so the caller shows the server's message.
 */
export function translateServerErrorCode(code: string): string | null {
  // The raw string (codes are data, not typed keys); a code naming a group (e.g. `post`) is an object, not a translation.
  const text: unknown = i18next.getResource(i18next.language, 'translation', `serverErrors.${code}`);
  return typeof text === 'string' ? text : null;
}

/** An API error in the officer's language when its code is known, else the server's own message. */
export function serverErrorText(error: ApiError): string {
  return translateServerErrorCode(error.code) ?? error.message;
}
