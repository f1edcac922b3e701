// Who else is in which conversation, from other officers' presence events. Entries age out:
// a closed laptop never says "left", so presence is only trusted while it keeps being renewed.
import type { PresenceEvent } from '../../../live/liveEvents';

export interface PresenceEntry {
  userId: string;
  name: string;
  state: 'viewing' | 'replying';
  /** When this browser heard it (the browser's clock, so server clock skew does not matter). */
  seenAt: number;
}

/** conversationId → userId → entry. */
export type PresenceBoard = Readonly<Record<string, Readonly<Record<string, PresenceEntry>>>>;

/** Officers renew their presence every 25 s; three missed renewals and they are gone. */
export const PRESENCE_HEARTBEAT_MS = 25_000;
export const PRESENCE_STALE_MS = 80_000;

export function applyPresence(board: PresenceBoard, event: PresenceEvent, seenAt: number): PresenceBoard {
  const { [event.userId]: _previous, ...others } = board[event.conversationId] ?? {};
  const here = event.state === 'left' ? others : { ...others, [event.userId]: { userId: event.userId, name: event.name, state: event.state, seenAt } };
  // One officer is in one conversation at a time per tab: opening another one moves them.
  const moved = event.state === 'left' ? board : removeUserElsewhere(board, event.userId, event.conversationId);
  return { ...moved, [event.conversationId]: here };
}

function removeUserElsewhere(board: PresenceBoard, userId: string, conversationId: string): PresenceBoard {
  const next: Record<string, Readonly<Record<string, PresenceEntry>>> = {};
  for (const [id, entries] of Object.entries(board)) {
    if (id === conversationId || !(userId in entries)) next[id] = entries;
    else next[id] = Object.fromEntries(Object.entries(entries).filter(([entryUserId]) => entryUserId !== userId));
  }
  return next;
}

/** The other officers in a conversation, those replying first. */
export function othersPresent(board: PresenceBoard, conversationId: string, selfUserId: string, now: number): PresenceEntry[] {
  return Object.values(board[conversationId] ?? {})
    .filter((entry) => entry.userId !== selfUserId && now - entry.seenAt < PRESENCE_STALE_MS)
    .sort((a, b) => (a.state === b.state ? a.name.localeCompare(b.name) : a.state === 'replying' ? -1 : 1));
}
