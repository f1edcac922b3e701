import { Type } from '@fastify/type-provider-typebox';
import { Id } from '../workspaces/schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ConversationListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('snoozed'), Type.Literal('closed'), Type.Literal('all')], { default: 'open' })),
  channelId: Type.Optional(Id),
  unanswered: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
}, { additionalProperties: false });

export const ConversationParams = Type.Object({ workspaceId: Id, conversationId: Id });

export const ConversationSummary = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('thread'), Type.Literal('direct')]),
  status: Type.Union([Type.Literal('open'), Type.Literal('snoozed'), Type.Literal('closed')]),
  channel: Type.Object({ id: Type.String(), network: Type.String(), handle: Type.String() }),
  contact: Nullable(Type.Object({ id: Type.String(), displayName: Type.String(), handle: Type.String() })),
  lastMessage: Nullable(Type.Object({ text: Type.String(), direction: Type.Union([Type.Literal('inbound'), Type.Literal('outbound')]), sentAt: Type.String() })),
  unanswered: Type.Boolean(),
  priority: Type.Number(),
  firstResponseDueAt: Nullable(Type.String()),
  intents: Type.Array(Type.String()),
  sentiment: Nullable(Type.String()),
  emotion: Nullable(Type.String()),
  urgency: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  assigneeId: Nullable(Type.String()),
  updatedAt: Type.String(),
});

export const ConversationListResponse = Type.Object({ items: Type.Array(ConversationSummary), nextCursor: Nullable(Type.String()) });

export const MessageSchema = Type.Object({
  id: Type.String(),
  direction: Type.Union([Type.Literal('inbound'), Type.Literal('outbound')]),
  kind: Type.String(),
  text: Type.String(),
  author: Nullable(Type.Object({ displayName: Type.String(), handle: Type.String() })),
  sentAt: Type.String(),
  deliveryState: Type.String(),
  editedAt: Nullable(Type.String()),
  deleted: Type.Boolean(),
  analysis: Nullable(Type.Object({
    language: Type.String(),
    sentiment: Type.Object({ label: Type.String() }),
    emotion: Type.Object({ label: Type.String() }),
    intents: Type.Array(Type.String()),
    urgency: Type.String(),
  })),
});

export const ConversationDetailResponse = Type.Object({
  conversation: Type.Intersect([ConversationSummary, Type.Object({ rootPost: Nullable(Type.Object({ text: Type.String(), networkId: Type.String() })) })]),
  messages: Type.Array(MessageSchema),
});
