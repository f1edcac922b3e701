import { Type } from '@fastify/type-provider-typebox';

export const AuditQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  action: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z_.]+$' }), { maxItems: 20, description: 'Only these actions, e.g. brand_profile.updated (repeat for several).' })),
}, { additionalProperties: false });

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
});

export const AuditListResponse = Type.Object({ items: Type.Array(AuditEntrySchema) });
