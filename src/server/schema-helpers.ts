import { Type, type TLiteral, type TUnion } from '@fastify/type-provider-typebox';

/** A union of string literals that keeps the literal types, e.g. OneOf(['ok', 'due_soon']). */
export function OneOf<const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((value) => Type.Literal(value)), options) as unknown as TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }>;
}
