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

interface InvalidField { field: string; rule: string; limit?: number }

function isInvalidField(value: unknown): value is InvalidField {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.rule === 'string'
    && (candidate.limit === undefined || typeof candidate.limit === 'number');
}

/** The fields a request.invalid answer names, when its body carries them. */
function invalidFieldsOf(error: ApiError): InvalidField[] {
  if (error.code !== 'request.invalid' || typeof error.body !== 'object' || error.body === null) return [];
  const fields = (error.body as { fields?: unknown }).fields;
  return Array.isArray(fields) ? fields.filter(isInvalidField) : [];
}

function fieldText({ field, rule, limit }: InvalidField): string {
  const known = i18next.exists(`serverErrors.invalidField.${rule}`) ? rule : 'invalid';
  return i18next.t(`serverErrors.invalidField.${known}` as 'serverErrors.invalidField.invalid', { field, limit: limit ?? '' });
}

/** An API error in the officer's language when its code is known, else the server's own message. */
export function serverErrorText(error: ApiError): string {
  const fields = invalidFieldsOf(error);
  if (fields.length > 0) return i18next.t('serverErrors.invalidField.intro', { list: fields.map(fieldText).join('; ') });
  return translateServerErrorCode(error.code) ?? error.message;
}
