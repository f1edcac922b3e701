// Facebook Page deliveries → InboundEvents. Comments come in on the Page `feed` field
// (developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed):
// value {item:"comment", verb:"add"|"edited"|"remove", comment_id, post_id, parent_id, from:{id,name}, message, created_time (Unix s)}.
// A top-level comment's parent_id is the post; the Page's own comments also arrive and are skipped.
// Messenger DMs come in `messaging[]` (shared with Instagram).
import type { InboundEvent } from '../types.js';
import { directMessagesOf } from '../meta/messaging.js';
import { epochMsOf, isRecord, stringOf, type MetaEntry } from '../meta/webhook.js';

export function facebookEventsOf(entries: readonly MetaEntry[], pageId: string, now = Date.now()): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const entry of entries) {
    for (const change of entry.changes ?? []) {
      if (change.field !== 'feed' || !isRecord(change.value)) continue;
      const event = commentEventOf(change.value, pageId, entry.time, now);
      if (event !== undefined) events.push(event);
    }
    events.push(...directMessagesOf(entry, pageId, now));
  }
  return events;
}

function commentEventOf(value: Record<string, unknown>, pageId: string, entryTime: number | undefined, now: number): InboundEvent | undefined {
  if (value.item !== 'comment') return undefined;
  const commentId = stringOf(value.comment_id);
  const postId = stringOf(value.post_id);
  const from = isRecord(value.from) ? value.from : undefined;
  const fromId = stringOf(from?.id);
  if (commentId === undefined || postId === undefined || fromId === undefined || fromId === pageId) return undefined;
  const author = { networkId: fromId, handle: stringOf(from?.name) ?? fromId, displayName: stringOf(from?.name) ?? fromId };
  const sentAt = epochMsOf(value.created_time ?? entryTime, now);
  const text = stringOf(value.message) ?? '';
  if (value.verb === 'remove') {
    return { kind: 'delete', networkMessageId: `${commentId}:remove`, targetNetworkMessageId: commentId, rootPostNetworkId: postId, author, text: '', sentAt };
  }
  if (value.verb === 'edited') {
    return { kind: 'edit', networkMessageId: `${commentId}:edit:${sentAt}`, targetNetworkMessageId: commentId, rootPostNetworkId: postId, author, text, sentAt };
  }
  if (value.verb !== 'add') return undefined;
  const parentId = stringOf(value.parent_id);
  const isReply = parentId !== undefined && parentId !== postId;
  return {
    kind: isReply ? 'reply' : 'comment',
    networkMessageId: commentId,
    rootPostNetworkId: postId,
    ...(isReply ? { parentNetworkMessageId: parentId } : {}),
    author,
    text,
    sentAt,
  };
}
