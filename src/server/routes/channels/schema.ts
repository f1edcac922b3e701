import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';
import { Id } from '../workspaces/schema.js';

export const ChannelParams = Type.Object({ workspaceId: Id, channelId: Id });

const Localized = Type.Object({ id: Type.String(), en: Type.String() });

export const ConnectFieldSchema = Type.Object({
  key: Type.String(),
  secret: Type.Boolean({ description: 'Secret fields are encrypted and never returned.' }),
  optional: Type.Boolean(),
  label: Localized,
  help: Type.Union([Localized, Type.Null()]),
});

export const CapabilitiesSchema = Type.Object({
  inbound: OneOf(['webhook', 'poll']),
  replyInThread: Type.Boolean(),
  directMessages: Type.Boolean(),
  publish: Type.Boolean(),
  deletePost: Type.Boolean(),
  fetchThread: Type.Boolean(),
  metrics: Type.Boolean(),
  search: Type.Boolean(),
  findSent: OneOf(['exact', 'lookup', 'none']),
  directReplyWindowMs: Type.Optional(Type.Integer()),
});

export const NetworkSchema = Type.Object({
  network: Type.String(),
  name: Type.String(),
  capabilities: CapabilitiesSchema,
  fields: Type.Array(ConnectFieldSchema),
  oauth: Type.Union([Type.Object({
    fields: Type.Array(ConnectFieldSchema),
    provider: Type.String({ description: 'Whose sign-in page the officer goes to ("Facebook" for Facebook Pages and Instagram).' }),
  }), Type.Null()], { description: 'Present when the network can be connected by signing in with OAuth (Mastodon, X, Facebook, Instagram); null when only a pasted credential connects it.' }),
  needsPublicUrl: Type.Boolean({ description: 'Webhook networks need SAPA_PUBLIC_URL; polling networks work behind NAT.' }),
});

export const ChannelStatusSchema = OneOf(['active', 'paused', 'error', 'needs_reconnect', 'disconnected']);

export const ChannelDetailSchema = Type.Object({
  id: Type.String(),
  network: Type.String(),
  handle: Type.String(),
  displayName: Type.String(),
  status: ChannelStatusSchema,
  statusReason: Type.Union([Type.String(), Type.Null()]),
  rateLimitedUntil: Type.Union([Type.String(), Type.Null()]),
  lastReceivedAt: Type.Union([Type.String(), Type.Null()]),
  connectedAt: Type.String(),
  simulated: Type.Boolean(),
  capabilities: CapabilitiesSchema,
  /** Non-secret settings (instance address, page id); credentials are never returned. */
  settings: Type.Record(Type.String(), Type.String()),
  webhookUrl: Type.Union([Type.String(), Type.Null()], { description: 'Where the network must deliver events (webhook networks, when SAPA_PUBLIC_URL is set).' }),
});

export const ChannelListResponse = Type.Object({ items: Type.Array(ChannelDetailSchema) });

const FormValues = Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 4096 }), { description: 'The connect form: field key to value.' });

export const ConnectBody = Type.Object({ network: Type.String({ minLength: 1, maxLength: 32 }), values: FormValues }, { additionalProperties: false });
export const ReconnectBody = Type.Object({ values: FormValues }, { additionalProperties: false });
export const OAuthStartBody = Type.Object({
  network: Type.String({ minLength: 1, maxLength: 32 }),
  values: FormValues,
  channelId: Type.Optional(Id),
}, { additionalProperties: false });

export const ConnectResponse = Type.Object({ channel: ChannelDetailSchema, reconnected: Type.Boolean() });
export const TestResponse = Type.Object({
  ok: Type.Boolean(),
  account: Type.Union([Type.Object({ networkId: Type.String(), handle: Type.String(), displayName: Type.String() }), Type.Null()]),
  code: Type.Union([Type.String(), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
});

export const OAuthCallbackQuery = Type.Object({
  state: Type.Optional(Type.String({ maxLength: 200 })),
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
  error_description: Type.Optional(Type.String({ maxLength: 1000 })),
});
