// What a conversation will look like once the server applies a change, so the screen can
// show it at once (optimistic update); the refetch that follows replaces it with the truth.
import type { ConversationChanges } from '../../../api/inboxTypes';
import type { ConversationSummary } from '../../../api/types';

export function applyChanges<T extends ConversationSummary>(conversation: T, changes: ConversationChanges): T {
  const next: T = { ...conversation };
  if (changes.status !== undefined) next.status = changes.status;
  if (changes.assigneeId !== undefined) next.assigneeId = changes.assigneeId;
  if (changes.tags !== undefined) next.tags = changes.tags;
  if (changes.snoozedUntil !== undefined) next.status = changes.snoozedUntil === null ? 'open' : 'snoozed';
  if (changes.spam !== undefined) {
    next.spam = changes.spam;
    // The server closes spam and takes it out of the unanswered queue.
    if (changes.spam) Object.assign(next, { status: 'closed', unanswered: false, targetState: null });
  }
  return next;
}
