import type { ConversationListQuery } from './conversationsApi';

// One place for cache keys, so live updates invalidate exactly what they should.
export const queryKeys = {
  session: ['session'] as const,
  apiTokens: ['api-tokens'] as const,
  networks: ['networks'] as const,
  channels: (workspaceId: string) => ['workspaces', workspaceId, 'channels'] as const,
  conversations: (workspaceId: string) => ['workspaces', workspaceId, 'conversations'] as const,
  conversationList: (workspaceId: string, query: ConversationListQuery) =>
    ['workspaces', workspaceId, 'conversations', 'list', query] as const,
  conversation: (workspaceId: string, conversationId: string) =>
    ['workspaces', workspaceId, 'conversations', 'detail', conversationId] as const,
  conversationCounts: (workspaceId: string) => ['workspaces', workspaceId, 'conversations', 'counts'] as const,
  replySuggestions: (workspaceId: string, conversationId: string) =>
    ['workspaces', workspaceId, 'conversations', 'suggestions', conversationId] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  savedReplies: (workspaceId: string) => ['workspaces', workspaceId, 'saved-replies'] as const,
  responsePolicy: (workspaceId: string) => ['workspaces', workspaceId, 'settings', 'response-policy'] as const,
};
