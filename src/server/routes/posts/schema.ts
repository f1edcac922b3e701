import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';
import { FindingSchema, LocalizedTextSchema, maxCheckedTextLength } from '../guard/schema.js';
import { Id } from '../workspaces/schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const PostStatus = OneOf(['draft', 'scheduled', 'publishing', 'published', 'failed']);

export const PostParams = Type.Object({ workspaceId: Id, postId: Id });

export const PostSchema = Type.Object({
  id: Type.String(),
  status: PostStatus,
  text: Type.String(),
  paid: Type.Boolean(),
  scheduledAt: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  variants: Type.Array(Type.Object({
    id: Type.String(),
    channel: Type.Object({ id: Type.String(), network: Type.String(), handle: Type.String() }),
    state: OneOf(['pending', 'sending', 'sent', 'failed', 'unknown']),
    error: Nullable(Type.String()),
    networkPostId: Nullable(Type.String()),
    sentAt: Nullable(Type.String()),
    networkUrl: Type.Optional(Nullable(Type.String({ description: 'Where the published post can be seen (http/https only).' }))),
    // The composer (variants): the channel's own text, thread, images and what its network would refuse.
    text: Type.Optional(Type.String()),
    overrideText: Type.Optional(Nullable(Type.String())),
    threadParts: Type.Optional(Type.Array(Type.String())),
    mediaIds: Type.Optional(Type.Array(Type.String())),
    problems: Type.Optional(Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() }))),
  })),
  mediaIds: Type.Optional(Type.Array(Type.String())),
  // Approval, when the workspace asks for it (null: never submitted).
  approvalState: Type.Optional(Nullable(OneOf(['pending_approval', 'approved', 'rejected']))),
  plannedAt: Type.Optional(Nullable(Type.String())),
});

export const VariantBody = Type.Object({
  channelId: Id,
  text: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: maxCheckedTextLength, description: 'The channel\'s own text; null inherits the post\'s.' }))),
  threadParts: Type.Optional(Type.Array(Type.String({ maxLength: maxCheckedTextLength }), { maxItems: 25, description: 'Replies after the first post, in order.' })),
  mediaIds: Type.Optional(Nullable(Type.Array(Id, { maxItems: 20 }))),
}, { additionalProperties: false });

export const PostBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: maxCheckedTextLength }),
  channelIds: Type.Array(Id, { maxItems: 50 }),
  paid: Type.Optional(Type.Boolean({ default: false, description: 'Paid or gifted content: the guard then requires a clear partnership label.' })),
  mediaIds: Type.Optional(Type.Array(Id, { maxItems: 20, description: 'Images every variant carries unless it chooses its own.' })),
  variants: Type.Optional(Type.Array(VariantBody, { maxItems: 50 })),
}, { additionalProperties: false });

export const PostListQuery = Type.Object({
  status: Type.Optional(Type.Array(PostStatus, { maxItems: 5 })),
  approval: Type.Optional(Type.Literal('pending', { description: 'Only drafts waiting for a manager\'s approval.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0, description: 'How many posts to skip: the previous page\'s nextOffset.' })),
}, { additionalProperties: false });

export const PostListResponse = Type.Object({
  items: Type.Array(PostSchema),
  nextOffset: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'The offset of the next page, or null on the last one.' }),
  pendingApproval: Type.Integer({ minimum: 0, description: 'How many drafts of the workspace wait for approval, on every page.' }),
});

export const ScheduleBody = Type.Object({
  scheduledAt: Type.String({ format: 'date-time', description: 'An instant with its offset, e.g. 2026-11-26T09:00:00+07:00.' }),
  overrideReason: Type.Optional(Type.String({ minLength: 10, maxLength: 1000, description: 'Managers only: why a post with a blocking finding may go anyway.' })),
}, { additionalProperties: false });

export const PostGuardBlockedResponse = Type.Object({ statusCode: Type.Integer(), error: Type.String(), code: Type.String(), message: Type.String(), findings: Type.Array(FindingSchema) });

export const PostPacingHoldResponse = Type.Object({
  statusCode: Type.Integer(), error: Type.String(), code: Type.String(), message: Type.String(),
  // Absent when the 409 is not pacing but a state conflict (already scheduled, changed meanwhile).
  hold: Type.Optional(Type.Object({ rule: Type.String(), until: Type.String({ description: 'The earliest time every limit allows the post.' }), channelId: Type.String(), message: LocalizedTextSchema })),
});
