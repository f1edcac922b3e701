// Turns the schema validator's findings into { field, rule, limit } that the web app can say in
// the officer's language ("Teks terlalu panjang (maks. 500)") instead of showing the English
// message. Rules outside the known set become `invalid`, so the list of rules stays small and
// stable for translators.
import type { FastifySchemaValidationError } from 'fastify';

export interface InvalidField {
  field: string;
  rule: string;
  limit?: number;
}

const knownRules = new Set(['required', 'type', 'minLength', 'maxLength', 'minimum', 'maximum', 'format', 'enum', 'pattern', 'minItems', 'maxItems']);
const ruleAliases: Record<string, string> = {
  const: 'enum', exclusiveMinimum: 'minimum', exclusiveMaximum: 'maximum', additionalProperties: 'unknown',
};
/** Enough to name every broken field of a real form; a hostile body cannot grow the answer. */
const maxFields = 20;

function fieldOf(error: FastifySchemaValidationError): string {
  const params = error.params;
  const path = error.instancePath.split('/').filter((part) => part !== '').join('.');
  const child = typeof params.missingProperty === 'string' ? params.missingProperty
    : typeof params.additionalProperty === 'string' ? params.additionalProperty : null;
  const field = child === null ? path : path === '' ? child : `${path}.${child}`;
  return field === '' ? '(body)' : field.slice(0, 100);
}

/** anyOf/oneOf report themselves after the branch findings that explain them (a union of
 * literals says `const` for each, then `anyOf`): the wrapper adds nothing when those are there. */
const combinators = new Set(['anyOf', 'oneOf', 'allOf']);

export function invalidFields(errors: FastifySchemaValidationError[]): InvalidField[] {
  const seen = new Set<string>();
  const explained = new Set(errors.filter((error) => !combinators.has(error.keyword)).map(fieldOf));
  const fields: InvalidField[] = [];
  for (const error of errors) {
    if (combinators.has(error.keyword) && explained.has(fieldOf(error))) continue;
    const rule = ruleAliases[error.keyword] ?? (knownRules.has(error.keyword) ? error.keyword : 'invalid');
    const field = fieldOf(error);
    const key = `${field}\u0000${rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const limit = error.params.limit;
    fields.push(typeof limit === 'number' ? { field, rule, limit } : { field, rule });
    if (fields.length === maxFields) break;
  }
  return fields;
}
