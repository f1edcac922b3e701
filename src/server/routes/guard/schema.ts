import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';

/** The longest text the server checks: far above any network's post limit, far below a costly check. */
export const maxCheckedTextLength = 20_000;

export const LocalizedTextSchema = Type.Object({ id: Type.String(), en: Type.String() });

export const FindingSchema = Type.Object({
  rule: Type.String(),
  category: OneOf(['claim', 'disclosure', 'pressure']),
  severity: OneOf(['info', 'warn', 'block']),
  start: Type.Integer({ description: 'UTF-16 offset into the text, inclusive.' }),
  end: Type.Integer({ description: 'UTF-16 offset into the text, exclusive.' }),
  excerpt: Type.String(),
  message: LocalizedTextSchema,
  source: Type.String(),
  suggestion: LocalizedTextSchema,
});

export const GuardResultSchema = Type.Object({
  findings: Type.Array(FindingSchema),
  softSellScore: Type.Number({ minimum: 0, maximum: 100, description: '0 = hard sell, 100 = soft sell.' }),
  softSellReasons: Type.Array(Type.Object({ code: Type.String(), delta: Type.Number(), message: LocalizedTextSchema })),
});

export const GuardCheckBody = Type.Object({
  text: Type.String({ maxLength: maxCheckedTextLength }),
  kind: OneOf(['post', 'reply']),
  paid: Type.Optional(Type.Boolean({ description: 'Paid or gifted content: a clear partnership label is then required.' })),
}, { additionalProperties: false });
