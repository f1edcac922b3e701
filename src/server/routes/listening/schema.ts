import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';
import { Id } from '../workspaces/schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const SearchChannel = Type.Object({ id: Type.String(), network: Type.String(), handle: Type.String() });

export const SavedSearch = Type.Object({
  id: Type.String(),
  query: Type.String(),
  channel: SearchChannel,
  createdAt: Type.String(),
  lastRunAt: Nullable(Type.String()),
  nextRunAt: Nullable(Type.String()),
  /** Failed runs in a row, and why the last one failed (the channel's own state says more). */
  failures: Type.Integer(),
  lastError: Nullable(Type.String()),
});

export const SavedSearchList = Type.Object({
  items: Type.Array(SavedSearch),
  /** Channels of the workspace a search can run on (their network offers public search). */
  channels: Type.Array(SearchChannel),
});

export const CreateSearchBody = Type.Object({
  channelId: Id,
  query: Type.String({ minLength: 1, maxLength: 200, description: 'The brand name, a product name or a #hashtag' }),
}, { additionalProperties: false });

export const SearchParams = Type.Object({ workspaceId: Id, searchId: Id });
export const PostParams = Type.Object({ workspaceId: Id, postId: Id });

export const Sentiment = OneOf(['positive', 'neutral', 'negative']);

export const PostListQuery = Type.Object({
  searchId: Type.Optional(Id),
  channelId: Type.Optional(Id),
  sentiment: Type.Optional(Sentiment),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 100, description: 'nextCursor of the previous page' })),
}, { additionalProperties: false });

export const ListeningPost = Type.Object({
  id: Type.String(),
  searchId: Type.String(),
  query: Type.String(),
  channel: Type.Object({ id: Type.String(), network: Type.String() }),
  author: Type.Object({ networkId: Type.String(), handle: Type.String(), name: Type.String() }),
  /** As written on the network: untrusted plain text. */
  text: Type.String(),
  /** The post on the network (http or https only). */
  url: Nullable(Type.String()),
  sentAt: Type.String(),
  foundAt: Type.String(),
  sentiment: Nullable(Type.String()),
  emotion: Nullable(Type.String()),
  intents: Type.Array(Type.String()),
  language: Nullable(Type.String()),
  /** Set once the post was turned into an inbox conversation. */
  conversationId: Nullable(Type.String()),
});

export const PostList = Type.Object({ items: Type.Array(ListeningPost), nextCursor: Nullable(Type.String()) });

export const ConvertResponse = Type.Object({ conversationId: Type.String(), created: Type.Boolean() });

export const SummaryQuery = Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 7 })) }, { additionalProperties: false });
export const SummaryResponse = Type.Object({
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer(),
  sentiment: Type.Record(Type.String(), Type.Integer()),
  emotion: Type.Record(Type.String(), Type.Integer()),
  /** Negative or angry posts: what the crisis radar counts. */
  alarm: Type.Integer(),
});
