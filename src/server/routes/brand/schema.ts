import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';

const Severity = OneOf(['info', 'warn', 'block', 'off']);
const Texts = Type.Array(Type.String(), { maxItems: 500 });

export const BrandProfileSchema = Type.Object({
  name: Type.Optional(Type.String()),
  products: Type.Array(Type.Object({ name: Type.String(), aliases: Texts, limitations: Texts, requiredDisclaimers: Texts })),
  substantiatedClaims: Type.Array(Type.Object({ text: Type.String(), evidence: Type.String() })),
  bannedWords: Texts,
  severityOverrides: Type.Record(Type.String(), Severity, { description: 'Rule id → severity, or "off".' }),
});

// The body only fixes the shape; the guard library's validateBrandProfile judges the content
// (required names, lengths, known rule ids) and its messages name the exact field.
const Optional = Type.Optional;
export const BrandProfileBody = Type.Object({
  name: Optional(Type.String()),
  products: Optional(Type.Array(Type.Object({
    name: Optional(Type.String()), aliases: Optional(Texts), limitations: Optional(Texts), requiredDisclaimers: Optional(Texts),
  }, { additionalProperties: false }), { maxItems: 500 })),
  substantiatedClaims: Optional(Type.Array(Type.Object({ text: Optional(Type.String()), evidence: Optional(Type.String()) }, { additionalProperties: false }), { maxItems: 500 })),
  bannedWords: Optional(Texts),
  severityOverrides: Optional(Type.Record(Type.String(), Type.String())),
}, { additionalProperties: false });

export const BrandProfileResponse = Type.Object({ profile: BrandProfileSchema });

export const BrandProfileUpdatedResponse = Type.Object({
  profile: BrandProfileSchema,
  changes: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed, as recorded in the audit log; empty when nothing did.' }),
});
