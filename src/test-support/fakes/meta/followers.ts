// What a follower does on the Meta fake, and the webhook each action makes Meta deliver:
// - Page comment: field `feed` (developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed), built
//   by pageCommentPayload; Messenger and Instagram DMs: `messaging[]` with sender, recipient, timestamp (ms),
//   message{mid,text} (developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages);
// - Instagram comment: field `comments` value {from{id,username}, media{id,media_product_type}, id, text}
//   (developers.facebook.com/docs/instagram-platform/webhooks/examples);
// - WhatsApp message: field `messages` value {messaging_product, metadata{display_phone_number,
//   phone_number_id}, contacts[{profile{name},wa_id}], messages[{from,id,timestamp,text{body},type}]}
//   (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages).
import { pageCommentPayload } from '../../../channels/meta/webhook-fixture.js';
import type { MetaFake } from './graph-fake.js';
import type { Person } from './graph-nodes.js';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** A brand post followers comment under (Facebook). */
export function seedPagePost(fake: MetaFake, message: string): string {
  const page = fake.options.page;
  if (page === undefined) throw new Error('the fake has no page');
  return fake.add({ type: 'Post', id: `${page.id}_${fake.nextId()}`, message, from: { id: page.id, name: page.name }, createdAt: Date.now() - 60_000 }).id;
}

export async function facebookComment(fake: MetaFake, postId: string, follower: Person, message: string): Promise<string> {
  const page = fake.options.page;
  if (page === undefined) throw new Error('the fake has no page');
  const now = Date.now();
  const comment = fake.add({ type: 'Comment', id: `${postId.split('_')[1] ?? postId}_${fake.nextId()}`, message, from: follower, createdAt: now, postId, parentId: postId });
  await fake.deliver('page', pageCommentPayload({ pageId: page.id, postId, commentId: comment.id, from: follower, message, createdTime: seconds(now) }));
  return comment.id;
}

export async function messengerMessage(fake: MetaFake, object: 'page' | 'instagram', senderId: string, text: string): Promise<string> {
  const ownId = object === 'page' ? fake.options.page?.id : fake.options.igUser?.id;
  if (ownId === undefined) throw new Error(`the fake has no ${object} account`);
  const now = Date.now();
  const mid = `m_${fake.nextId()}`;
  fake.openWindow(senderId, now);
  await fake.deliver(object, { object, entry: [{ id: ownId, time: now, messaging: [{ sender: { id: senderId }, recipient: { id: ownId }, timestamp: now, message: { mid, text } }] }] });
  return mid;
}

export function seedInstagramMedia(fake: MetaFake, caption: string): string {
  const igUser = fake.options.igUser;
  if (igUser === undefined) throw new Error('the fake has no Instagram account');
  return fake.add({ type: 'IGMedia', id: fake.nextId('1791'), caption, createdAt: Date.now() - 60_000, ownerId: igUser.id, username: igUser.username, likes: 3 }).id;
}

export async function instagramComment(fake: MetaFake, mediaId: string, follower: { id: string; username: string }, text: string): Promise<string> {
  const igUser = fake.options.igUser;
  if (igUser === undefined) throw new Error('the fake has no Instagram account');
  const now = Date.now();
  const comment = fake.add({ type: 'IGComment', id: fake.nextId('1792'), text, from: follower, createdAt: now, mediaId });
  await fake.deliver('instagram', {
    object: 'instagram',
    entry: [{ id: igUser.id, time: seconds(now), changes: [{ field: 'comments', value: { from: follower, media: { id: mediaId, media_product_type: 'FEED' }, id: comment.id, text } }] }],
  });
  return comment.id;
}

export async function whatsappMessage(fake: MetaFake, from: { waId: string; name: string }, text: string): Promise<string> {
  const phone = fake.options.phone;
  if (phone === undefined) throw new Error('the fake has no WhatsApp number');
  const now = Date.now();
  const id = `wamid.${Buffer.from(`${from.waId}-in-${fake.nextId()}`).toString('base64')}`;
  fake.openWindow(from.waId, now);
  await fake.deliver('whatsapp_business_account', {
    object: 'whatsapp_business_account',
    entry: [{
      id: phone.wabaId,
      changes: [{
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: phone.displayPhoneNumber, phone_number_id: phone.id },
          contacts: [{ profile: { name: from.name }, wa_id: from.waId }],
          messages: [{ from: from.waId, id, timestamp: String(seconds(now)), text: { body: text }, type: 'text' }],
        },
        field: 'messages',
      }],
    }],
  });
  return id;
}
