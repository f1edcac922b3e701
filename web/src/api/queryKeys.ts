import type { ConversationStatusFilter } from './types';

// One place for cache keys, so live updates invalidate exactly what they should.
export const queryKeys = {
  session: ['session'] as const,
  channels: (workspaceId: string) => ['workspaces', workspaceId, 'channels'] as const,
  conversations: (workspaceId: string) => ['workspaces', workspaceId, 'conversations'] as const,
  conversationList: (workspaceId: string, status: ConversationStatusFilter) =>
    ['workspaces', workspaceId, 'conversations', 'list', status] as const,
  conversation: (workspaceId: string, conversationId: string) =>
    ['workspaces', workspaceId, 'conversations', 'detail', conversationId] as const,
};
