// Instagram deliveries → InboundEvents (developers.facebook.com/docs/instagram-platform/webhooks/examples):
// field `comments` value {id, text, from{id,username}, media{id,media_product_type}, parent_id?};
// field `mentions` value {comment_id, media_id} (a comment @mentioning the account; no text in the
// delivery, see the README note); DMs in `messaging[]` as on Messenger. The account's own comments are skipped.
// With Instagram Login `from` may lack an id: the comment is kept, keyed on the username.
import type { InboundEvent } from '../types.js';
import { directMessagesOf } from '../meta/messaging.js';
import { epochMsOf, isRecord, stringOf, type MetaEntry } from '../meta/webhook.js';

export function instagramEventsOf(entries: readonly MetaEntry[], igUserId: string, now = Date.now()): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const entry of entries) {
    const sentAt = epochMsOf(entry.time, now);
    for (const change of entry.changes ?? []) {
      if (!isRecord(change.value)) continue;
      const event = change.field === 'comments' || change.field === 'live_comments' ? commentOf(change.value, igUserId, sentAt) : change.field === 'mentions' ? mentionOf(change.value, sentAt) : undefined;
      if (event !== undefined) events.push(event);
    }
    events.push(...directMessagesOf(entry, igUserId, now));
  }
  return events;
}

function commentOf(value: Record<string, unknown>, igUserId: string, sentAt: number): InboundEvent | undefined {
  const id = stringOf(value.id);
  const from = isRecord(value.from) ? value.from : {};
  const username = stringOf(from.username);
  const fromId = stringOf(from.id) ?? username;
  if (id === undefined || fromId === undefined || fromId === igUserId || stringOf(from.self_ig_scoped_id) === fromId) return undefined;
  const mediaId = isRecord(value.media) ? stringOf(value.media.id) : undefined;
  const parentId = stringOf(value.parent_id);
  return {
    kind: parentId === undefined ? 'comment' : 'reply',
    networkMessageId: id,
    ...(mediaId === undefined ? {} : { rootPostNetworkId: mediaId }),
    ...(parentId === undefined ? {} : { parentNetworkMessageId: parentId }),
    author: { networkId: fromId, handle: username ?? fromId, displayName: username ?? fromId },
    text: stringOf(value.text) ?? '',
    sentAt,
  };
}

function mentionOf(value: Record<string, unknown>, sentAt: number): InboundEvent | undefined {
  const commentId = stringOf(value.comment_id);
  const mediaId = stringOf(value.media_id);
  if (commentId === undefined && mediaId === undefined) return undefined;
  return {
    kind: 'mention',
    networkMessageId: commentId ?? `mention:${mediaId}`,
    ...(mediaId === undefined ? {} : { rootPostNetworkId: mediaId }),
    // The mentions delivery names neither the author nor the text; reading them needs an API call
    // (GET /{ig-user-id}?fields=mentioned_comment.comment_id(…)) that a webhook handler cannot wait for.
    author: { networkId: 'unknown', handle: 'unknown', displayName: 'Instagram' },
    text: '',
    sentAt,
  };
}
