// What an officer does to a conversation: assign, tag, snooze, close, reopen, mark as spam,
// add a note. One function per action; bulk actions apply the same function to many ids.
import type { AppDeps } from './deps.js';
import { newId } from '../store/ids.js';
import { applyConversationChange, insertNote, listDueSnoozed, wakeConversation } from '../store/repositories/conversation-actions.js';
import { findConversationInWorkspace } from '../store/repositories/conversations.js';
import { findRole } from '../store/repositories/workspaces.js';
import { DomainError } from './errors.js';

export interface ConversationChanges {
  status?: 'open' | 'closed';
  /** A member's id, or null to unassign. */
  assigneeId?: string | null;
  tags?: string[];
  /** Epoch ms; the conversation comes back to open at that time. null ends a snooze. */
  snoozedUntil?: number | null;
  spam?: boolean;
  addTags?: string[];
  removeTags?: string[];
}

export interface ActionActor {
  workspaceId: string;
  userId: string;
}

function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))].slice(0, 20);
}

export async function updateConversation(runtime: AppDeps, actor: ActionActor, conversationId: string, changes: ConversationChanges, now = Date.now()): Promise<void> {
  const { db } = runtime.store;
  const conversation = await findConversationInWorkspace(db, actor.workspaceId, conversationId);
  if (conversation === undefined) throw new DomainError('not_found', `Conversation ${conversationId} not found.`);
  if (changes.assigneeId !== undefined && changes.assigneeId !== null && (await findRole(db, actor.workspaceId, changes.assigneeId)) === null) {
    throw new DomainError('invalid_input', 'assigneeId: not a member of this workspace');
  }
  const tags = changes.tags ?? (changes.addTags !== undefined || changes.removeTags !== undefined
    ? [...(JSON.parse(conversation.tags) as string[]), ...(changes.addTags ?? [])].filter((tag) => !normaliseTags(changes.removeTags ?? []).includes(tag.trim().toLowerCase()))
    : undefined);
  const closing = (changes.status === 'closed' || changes.spam === true) && conversation.status !== 'closed';
  await applyConversationChange(db, conversationId, {
    ...(changes.status === undefined ? {} : { status: changes.status, snoozed_until: null }),
    ...(changes.assigneeId === undefined ? {} : { assignee_id: changes.assigneeId }),
    ...(tags === undefined ? {} : { tags: JSON.stringify(normaliseTags(tags)) }),
    ...(changes.snoozedUntil === undefined ? {} : changes.snoozedUntil === null
      ? { status: 'open' as const, snoozed_until: null }
      : { status: 'snoozed' as const, snoozed_until: changes.snoozedUntil }),
    ...(changes.spam === undefined ? {} : { spam: changes.spam ? 1 : 0, ...(changes.spam ? { status: 'closed' as const, unanswered: 0, priority: 0, priority_reasons: '[]', first_response_due_at: null } : {}) }),
    ...(closing ? { resolved_at: now } : {}),
    ...(changes.status === 'open' ? { resolved_at: null } : {}),
    updated_at: now,
  }, closing && changes.spam !== true ? {
    id: newId(now), workspace_id: actor.workspaceId, conversation_id: conversationId, channel_id: conversation.channel_id,
    user_id: actor.userId, kind: 'resolution', duration_ms: Math.max(0, now - conversation.created_at), at: now,
  } : null);
  runtime.events.publish({ workspaceId: actor.workspaceId, name: 'conversation.updated', data: { conversationId } });
}

export async function bulkUpdateConversations(runtime: AppDeps, actor: ActionActor, conversationIds: string[], changes: ConversationChanges): Promise<{ updated: string[]; notFound: string[] }> {
  const updated: string[] = [];
  const notFound: string[] = [];
  for (const id of [...new Set(conversationIds)]) {
    try {
      await updateConversation(runtime, actor, id, changes);
      updated.push(id);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') notFound.push(id);
      else throw error;
    }
  }
  return { updated, notFound };
}

export async function addNote(runtime: AppDeps, actor: ActionActor, conversationId: string, text: string, now = Date.now()): Promise<string> {
  const { db } = runtime.store;
  const trimmed = text.trim();
  if (trimmed === '') throw new DomainError('invalid_input', 'text: a note cannot be empty');
  const conversation = await findConversationInWorkspace(db, actor.workspaceId, conversationId);
  if (conversation === undefined) throw new DomainError('not_found', 'Conversation not found.', 'conversation.not_found');
  const id = newId(now);
  await insertNote(db, { id, workspace_id: actor.workspaceId, conversation_id: conversationId, user_id: actor.userId, text: trimmed, created_at: now });
  runtime.events.publish({ workspaceId: actor.workspaceId, name: 'conversation.updated', data: { conversationId } });
  return id;
}

/** Wakes snoozed conversations whose time has come (the scheduler calls it every minute). */
export async function wakeSnoozed(runtime: AppDeps, now = Date.now()): Promise<number> {
  const due = await listDueSnoozed(runtime.store.db, now);
  for (const row of due) {
    await wakeConversation(runtime.store.db, row.id, now);
    runtime.events.publish({ workspaceId: row.workspace_id, name: 'conversation.updated', data: { conversationId: row.id } });
  }
  return due.length;
}
