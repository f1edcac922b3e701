import { describe, expect, it } from 'vitest';
import type { FastifySchemaValidationError } from 'fastify';
import { invalidFields } from './invalid-fields.js';

function finding(keyword: string, instancePath: string, params: Record<string, unknown> = {}): FastifySchemaValidationError {
  return { keyword, instancePath, schemaPath: '#', params, message: 'whatever ajv says' };
}

describe('validation findings as fields the web can translate', () => {
  it('names the field by its path, or by the missing or unexpected property', () => {
    expect(invalidFields([finding('maxLength', '/variants/0/text', { limit: 300 })])).toEqual([{ field: 'variants.0.text', rule: 'maxLength', limit: 300 }]);
    expect(invalidFields([finding('required', '', { missingProperty: 'text' })])).toEqual([{ field: 'text', rule: 'required' }]);
    expect(invalidFields([finding('additionalProperties', '/variants/1', { additionalProperty: 'colour' })])).toEqual([{ field: 'variants.1.colour', rule: 'unknown' }]);
  });

  it('keeps the rule list small: aliases, and invalid for anything else', () => {
    expect(invalidFields([finding('const', '/state'), finding('exclusiveMaximum', '/n', { limit: 5 }), finding('anyOf', '/x')]))
      .toEqual([{ field: 'state', rule: 'enum' }, { field: 'n', rule: 'maximum', limit: 5 }, { field: 'x', rule: 'invalid' }]);
    expect(invalidFields([finding('const', '/state'), finding('const', '/state'), finding('anyOf', '/state')])).toEqual([{ field: 'state', rule: 'enum' }]);
  });

  it('answers once per field and rule, and at most twenty fields, whatever a hostile body sends', () => {
    const many = Array.from({ length: 100 }, (_, i) => finding('type', `/${i}${'a'.repeat(500)}`));
    const fields = invalidFields([...many, ...many]);
    expect(fields).toHaveLength(20);
    expect(fields.every((field) => field.field.length <= 100)).toBe(true);
    expect(invalidFields([finding('type', ''), finding('type', '')])).toEqual([{ field: '(body)', rule: 'type' }]);
  });
});
