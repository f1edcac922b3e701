// The workspace's Server-Sent Events, parsed into typed events. The stream is the server's,
// but the payload is still checked: a malformed event is dropped, not trusted.
import type { PresenceState } from '../api/inboxTypes';

export const refreshEventTypes = ['message.created', 'message.updated', 'conversation.updated'] as const;
export const targetEventTypes = ['target.due_soon', 'target.breached'] as const;
export const liveEventTypes = [...refreshEventTypes, ...targetEventTypes, 'presence', 'channel.updated', 'post.updated'] as const;

export type RefreshEventType = (typeof refreshEventTypes)[number];
export type TargetEventType = (typeof targetEventTypes)[number];
export type LiveEventType = (typeof liveEventTypes)[number];

export interface PresenceEvent {
  type: 'presence';
  conversationId: string;
  userId: string;
  name: string;
  state: PresenceState;
}

/** A channel's state changed (connected, needs reconnect, rate-limited, disconnected). */
export interface ChannelUpdatedEvent {
  type: 'channel.updated';
  channelId: string;
}

/** A post was submitted, approved or sent back (the author's and the managers' notices). */
export interface PostUpdatedEvent {
  type: 'post.updated';
  postId: string;
  action: string;
  authorId: string | null;
}

export type LiveEvent =
  | { type: RefreshEventType; conversationId: string }
  | { type: TargetEventType; conversationId: string }
  | PresenceEvent
  | ChannelUpdatedEvent
  | PostUpdatedEvent;

const presenceStates: readonly PresenceState[] = ['viewing', 'replying', 'left'];

function parseObject(data: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseLiveEvent(type: LiveEventType, data: string): LiveEvent | null {
  const payload = parseObject(data);
  if (type === 'channel.updated') {
    const channelId = payload?.channelId;
    return typeof channelId === 'string' && channelId !== '' ? { type, channelId } : null;
  }
  if (type === 'post.updated') {
    const { postId, action, authorId } = payload ?? {};
    return typeof postId === 'string' && postId !== '' && typeof action === 'string' ? { type, postId, action, authorId: typeof authorId === 'string' ? authorId : null } : null;
  }
  const conversationId = payload?.conversationId;
  if (payload === null || typeof conversationId !== 'string' || conversationId === '') return null;
  if (type !== 'presence') return { type, conversationId };
  const { userId, name, state } = payload;
  const knownState = presenceStates.find((candidate) => candidate === state);
  if (typeof userId !== 'string' || userId === '' || knownState === undefined) return null;
  return { type, conversationId, userId, name: typeof name === 'string' ? name : '', state: knownState };
}
