import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';
import { ErrorResponse } from '../../errors.js';
import { Id } from '../workspaces/schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ConversationListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('snoozed'), Type.Literal('closed'), Type.Literal('all')], { default: 'open' })),
  view: Type.Optional(Type.Union([Type.Literal('unanswered_questions'), Type.Literal('complaints'), Type.Literal('breaching'), Type.Literal('mine')], { description: 'A saved view; combined with the other filters.' })),
  channelId: Type.Optional(Id),
  unanswered: Type.Optional(Type.Boolean()),
  intent: Type.Optional(OneOf(['question', 'complaint', 'praise', 'purchase_intent', 'spam'])),
  sentiment: Type.Optional(OneOf(['positive', 'neutral', 'negative'])),
  emotion: Type.Optional(OneOf(['anger', 'fear', 'joy', 'love', 'sadness', 'none'])),
  urgency: Type.Optional(OneOf(['low', 'normal', 'high'])),
  language: Type.Optional(OneOf(['id', 'en', 'mixed', 'other'])),
  assignee: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^(me|none|[A-Za-z0-9_-]+)$', description: '"me", "none" or a user id' })),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  loyaltyStage: Type.Optional(OneOf(['new', 'engaged', 'loyal', 'advocate', 'at_risk'], { description: "The contact's rung on the loyalty ladder (Insights)" })),
  target: Type.Optional(OneOf(['breached', 'due_soon', 'ok'])),
  spam: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 100 })),
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
  priorityReasons: Type.Array(Type.Object({ reason: Type.String(), points: Type.Number(), because: Type.Optional(Type.Array(Type.String())) })),
  targetState: Nullable(OneOf(['ok', 'due_soon', 'breached'])),
  awaitingSince: Nullable(Type.String()),
  firstRespondedAt: Nullable(Type.String()),
  snoozedUntil: Nullable(Type.String()),
  spam: Type.Boolean(),
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
  /** Why a reply failed or is unknown, in words an officer can act on. */
  error: Nullable(Type.String()),
  markedGood: Type.Boolean(),
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

export const ContactProfile = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  handle: Type.String(),
  vip: Type.Boolean(),
  firstSeenAt: Type.String(),
  messageCount: Type.Integer(),
  loyalty: Type.Object({
    tier: OneOf(['new', 'returning', 'loyal']),
    positiveShare: Nullable(Type.Number()),
  }),
  otherConversations: Type.Array(Type.Object({ id: Type.String(), lastMessageAt: Type.String(), status: Type.String(), lastIntents: Type.Array(Type.String()) })),
});

export const NoteSchema = Type.Object({ id: Type.String(), text: Type.String(), author: Nullable(Type.String()), createdAt: Type.String() });

export const ConversationDetailResponse = Type.Object({
  conversation: Type.Intersect([ConversationSummary, Type.Object({ rootPost: Nullable(Type.Object({ text: Type.String(), networkId: Type.String() })) })]),
  messages: Type.Array(MessageSchema),
  notes: Type.Array(NoteSchema),
  contactProfile: Nullable(ContactProfile),
});

export const ConversationCountsResponse = Type.Object({
  unansweredQuestions: Type.Integer({ description: 'The inbox-zero indicator.' }),
  unanswered: Type.Integer(),
  breaching: Type.Integer(),
  open: Type.Integer(),
  mine: Type.Integer(),
});

export const UpdateConversationBody = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  assigneeId: Type.Optional(Nullable(Id)),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
  snoozedUntil: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  spam: Type.Optional(Type.Boolean()),
  /** Bulk-friendly: add or remove tags without replacing the others. */
  addTags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
  removeTags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
}, { additionalProperties: false, minProperties: 1 });

export const BulkUpdateBody = Type.Object({
  conversationIds: Type.Array(Id, { minItems: 1, maxItems: 200 }),
  changes: UpdateConversationBody,
}, { additionalProperties: false });

export const BulkUpdateResponse = Type.Object({ updated: Type.Array(Type.String()), notFound: Type.Array(Type.String()) });

export const NoteBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false });
export const NoteCreatedResponse = Type.Object({ id: Type.String() });

export const ReplyBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 10_000 }),
  idempotencyKey: Type.String({ minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
  overrideReason: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
}, { additionalProperties: false });

export const ReplyQueuedResponse = Type.Object({ messageId: Type.String(), state: Type.String(), duplicate: Type.Boolean() });

export const FindingSchema = Type.Object({
  rule: Type.String(), category: Type.String(), severity: Type.String(), start: Type.Integer(), end: Type.Integer(), excerpt: Type.String(),
  message: Type.Object({ id: Type.String(), en: Type.String() }), source: Type.String(), suggestion: Type.Unknown(),
});

export const GuardBlockedResponse = Type.Object({ statusCode: Type.Integer(), error: Type.String(), code: Type.String(), message: Type.String(), findings: Type.Array(FindingSchema) });

export const PacingHoldResponse = Type.Object({
  statusCode: Type.Integer(), error: Type.String(), code: Type.String(), message: Type.String(),
  hold: Type.Object({ rule: Type.String(), until: Type.String(), message: Type.Object({ id: Type.String(), en: Type.String() }) }),
});

/** A 409 is either a pacing hold (with `hold`) or a plain conflict such as a reused idempotency key. */
export const ReplyConflictResponse = Type.Union([PacingHoldResponse, ErrorResponse]);

export const PresenceBody = Type.Object({ state: Type.Union([Type.Literal('viewing'), Type.Literal('replying'), Type.Literal('left')]) }, { additionalProperties: false });

export const SuggestionsResponse = Type.Object({
  items: Type.Array(Type.Object({
    text: Type.String(), score: Type.Number(),
    source: Type.Object({ type: Type.Union([Type.Literal('faq'), Type.Literal('past_reply')]), id: Type.String(), title: Type.String() }),
  })),
});

export const MessageParams = Type.Object({ workspaceId: Id, conversationId: Id, messageId: Id });
export const MarkGoodBody = Type.Object({ good: Type.Boolean() }, { additionalProperties: false });
