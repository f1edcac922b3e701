import { Type } from '@fastify/type-provider-typebox';

export const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  version: Type.String(),
  database: Type.Object({ ok: Type.Boolean(), kind: Type.String() }),
  queue: Type.Object({ ok: Type.Boolean(), engine: Type.String(), queued: Type.Optional(Type.Integer()), failed: Type.Optional(Type.Integer()) }),
  /** Accepted follower events: waiting to be processed, and set aside after failing. */
  inbound: Type.Optional(Type.Object({ waiting: Type.Integer(), setAside: Type.Integer() })),
});

export const LivenessResponse = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  uptimeSeconds: Type.Integer(),
});

export const ReadinessResponse = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  database: Type.Boolean(),
  queue: Type.Boolean(),
});
