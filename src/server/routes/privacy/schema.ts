import { Type } from '@fastify/type-provider-typebox';
import { Id } from '../workspaces/schema.js';

export const ContactParams = Type.Object({ workspaceId: Id, contactId: Id });

const Instant = Type.String({ format: 'date-time' });
const NullableInstant = Type.Union([Instant, Type.Null()]);

export const ContactExportResponse = Type.Object({
  format: Type.Literal('sapa.contact-export/1'),
  exportedAt: Instant,
  workspaceId: Type.String(),
  contact: Type.Object({
    id: Type.String(), network: Type.String(), channelHandle: Type.String(), networkUserId: Type.String(), handle: Type.String(),
    displayName: Type.String(), vip: Type.Boolean(), messageCount: Type.Integer(), firstSeenAt: Instant, lastSeenAt: Instant,
  }),
  conversations: Type.Array(Type.Object({
    id: Type.String(), kind: Type.String(), status: Type.String(), tags: Type.Array(Type.String()), rootPostText: Type.Union([Type.String(), Type.Null()]),
    createdAt: Instant, lastMessageAt: Instant,
  })),
  messages: Type.Array(Type.Object({
    id: Type.String(), conversationId: Type.String(), direction: Type.String(), kind: Type.String(), networkMessageId: Type.Union([Type.String(), Type.Null()]),
    text: Type.String(), sentAt: Instant, receivedAt: Instant, editedAt: NullableInstant, deletedAt: NullableInstant,
    earlierVersions: Type.Array(Type.Unknown()), analysis: Type.Unknown(),
  })),
  notes: Type.Array(Type.Object({ id: Type.String(), conversationId: Type.String(), text: Type.String(), author: Type.Union([Type.String(), Type.Null()]), createdAt: Instant })),
  loyalty: Type.Union([Type.Object({
    stage: Type.String(), stageSince: Instant, inboundCount: Type.Integer(), activeDays: Type.Integer(), positiveCount: Type.Integer(),
    negativeCount: Type.Integer(), praiseCount: Type.Integer(), lastMessageAt: Instant,
  }), Type.Null()]),
  loyaltyMoves: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), at: Instant })),
  listeningPosts: Type.Array(Type.Object({
    id: Type.String(), networkPostId: Type.String(), text: Type.String(), url: Type.Union([Type.String(), Type.Null()]), sentAt: Instant, foundAt: Instant,
  })),
});

export const ErasureResponse = Type.Object({
  contactId: Type.String(),
  messages: Type.Integer({ description: 'Message texts erased (theirs, and the brand\'s in their conversations).' }),
  notes: Type.Integer(),
  listeningPosts: Type.Integer(),
  conversations: Type.Integer({ description: 'Conversations kept (for counts) with the erased contact.' }),
});

export const RetentionPolicySchema = Type.Object({
  // One schema with two types, not a union: ajv's type coercion would turn a 0 into null in a union's null branch.
  messageTextDays: Type.Unsafe<number | null>({
    type: ['integer', 'null'], minimum: 1, maximum: 3650,
    description: 'Erase message texts stored longer ago than this many days; null keeps them.',
  }),
}, { additionalProperties: false });
