// The fake's writes, each as documented:
// - POST /{page-id}/feed {message} → {id:"<page>_<post>"}; Facebook refuses the same text twice in a row
//   with code 506 (docs/graph-api/guides/error-handling).
// - POST /{object-id}/comments {message} → {id} (docs/graph-api/reference/object/comments).
// - POST /{page-id|me}/messages {recipient:{id}, messaging_type, message:{text}} → {recipient_id, message_id},
//   24 h window (docs/messenger-platform/send-messages; Instagram: docs/instagram-platform/instagram-api-with-
//   instagram-login/messaging-api).
// - POST /{page-id}/photos {url, caption} → {id: photo, post_id: "<page>_<post>"}; Meta downloads the
//   photo from `url`, and a URL it cannot fetch is refused with (#324) (docs/graph-api/reference/page/photos).
// - POST /{ig-user-id}/media {image_url, caption} → {id: container}; a container whose image_url Meta
//   cannot fetch reports status_code ERROR; POST /{ig-user-id}/media_publish
//   {creation_id} → {id: media} (docs/instagram-platform/content-publishing).
// - POST /{ig-comment-id}/replies {message} → {id} (docs/instagram-platform/reference/instagram-comment/replies).
// - POST /{phone-number-id}/messages {messaging_product:"whatsapp", to, type:"text", text:{body}, context?}
//   → {messaging_product, contacts:[{input, wa_id}], messages:[{id:"wamid…"}]}; 131047 outside 24 h
//   (developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages).
// - DELETE /{id} → {success:true}.
import { fakeErrors, type FakeGraphError } from './graph-errors.js';
import type { MetaFake } from './graph-fake.js';

type Result = FakeGraphError | { ok: unknown };

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** `imageOk`: whether the image URL in the request (if any) could be fetched as an image. */
export function handleWrite(fake: MetaFake, method: string, segments: string[], body: Record<string, unknown>, imageOk = true): Result {
  const [id = '', edge] = segments;
  if (method === 'DELETE') return deleteNode(fake, id);
  const { page, igUser, phone } = fake.options;
  const brandPage = page === undefined ? undefined : { id: page.id, name: page.name };
  if (edge === 'feed' && page !== undefined && id === page.id) return publishPagePost(fake, text(body.message));
  if (edge === 'comments' && brandPage !== undefined) return commentAsPage(fake, id, text(body.message), brandPage);
  if (edge === 'messages' && phone !== undefined && id === phone.id) return sendWhatsApp(fake, body);
  if (edge === 'messages' && (id === 'me' || id === page?.id || id === igUser?.id)) return sendDirect(fake, body);
  if (edge === 'photos' && page !== undefined && id === page.id) return publishPagePhoto(fake, body, imageOk);
  if (edge === 'media' && igUser !== undefined && id === igUser.id) return createContainer(fake, body, imageOk);
  if (edge === 'media_publish' && igUser !== undefined && id === igUser.id) return publishContainer(fake, text(body.creation_id));
  if (edge === 'replies' && igUser !== undefined) return replyOnInstagram(fake, id, text(body.message));
  return fakeErrors.unknownPath(segments.join('/'));
}

function deleteNode(fake: MetaFake, id: string): Result {
  if (!fake.nodes.has(id)) return fakeErrors.missingObject(id);
  for (const child of fake.childrenOf(id, true)) fake.nodes.delete(child.id);
  fake.nodes.delete(id);
  return { ok: { success: true } };
}

function publishPagePost(fake: MetaFake, message: string): Result {
  const page = fake.options.page;
  if (page === undefined) return fakeErrors.unknownPath('feed');
  if (message === '') return fakeErrors.missingParameter('message');
  const posts = [...fake.nodes.values()].filter((node) => node.type === 'Post' && node.from.id === page.id);
  const last = posts.at(-1);
  if (last?.type === 'Post' && last.message === message) return fakeErrors.duplicatePost();
  const post = fake.add({ type: 'Post', id: `${page.id}_${fake.nextId()}`, message, from: { id: page.id, name: page.name }, createdAt: Date.now() });
  return { ok: { id: post.id } };
}

function commentAsPage(fake: MetaFake, targetId: string, message: string, from: { id: string; name: string }): Result {
  const target = fake.nodes.get(targetId);
  if (target === undefined || (target.type !== 'Post' && target.type !== 'Comment')) return fakeErrors.missingObject(targetId);
  if (message === '') return fakeErrors.missingParameter('message');
  const postId = target.type === 'Post' ? target.id : target.postId;
  const comment = fake.add({ type: 'Comment', id: `${postId.split('_')[1] ?? postId}_${fake.nextId()}`, message, from, createdAt: Date.now(), postId, parentId: target.id });
  return { ok: { id: comment.id } };
}

function sendDirect(fake: MetaFake, body: Record<string, unknown>): Result {
  const recipient = (body.recipient as { id?: string } | undefined)?.id;
  const text = (body.message as { text?: string } | undefined)?.text;
  if (recipient === undefined) return fakeErrors.missingParameter('recipient');
  if (text === undefined || text === '') return fakeErrors.missingParameter('message');
  if (!fake.withinWindow(recipient)) return fakeErrors.outsideMessengerWindow();
  const messageId = `m_${fake.nextId()}`;
  recordSent(fake, recipient, { id: messageId, text });
  return { ok: { recipient_id: recipient, message_id: messageId } };
}

function sendWhatsApp(fake: MetaFake, body: Record<string, unknown>): Result {
  if (body.messaging_product !== 'whatsapp') return fakeErrors.missingParameter('messaging_product');
  const to = typeof body.to === 'string' ? body.to : undefined;
  const text = (body.text as { body?: string } | undefined)?.body;
  if (to === undefined) return fakeErrors.missingParameter('to');
  if (body.type !== 'text' || text === undefined || text === '') return fakeErrors.missingParameter('text');
  if (!fake.withinWindow(to)) return fakeErrors.reEngagement();
  const id = `wamid.${Buffer.from(`${to}-${fake.nextId()}`).toString('base64')}`;
  const contextId = (body.context as { message_id?: string } | undefined)?.message_id;
  recordSent(fake, to, { id, text, ...(contextId === undefined ? {} : { contextId }) });
  return { ok: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] } };
}

function recordSent(fake: MetaFake, recipient: string, message: { id: string; text: string; contextId?: string }): void {
  const inbox = fake.sentDirect.get(recipient) ?? [];
  inbox.push(message);
  fake.sentDirect.set(recipient, inbox);
}

function publishPagePhoto(fake: MetaFake, body: Record<string, unknown>, imageOk: boolean): Result {
  const page = fake.options.page;
  const url = text(body.url);
  if (page === undefined) return fakeErrors.unknownPath('photos');
  if (url === '') return fakeErrors.missingParameter('url');
  if (!imageOk) return fakeErrors.invalidImage();
  const post = fake.add({ type: 'Post', id: `${page.id}_${fake.nextId()}`, message: text(body.caption), from: { id: page.id, name: page.name }, createdAt: Date.now(), photoUrl: url });
  return { ok: { id: fake.nextId('1010'), post_id: post.id } };
}

function createContainer(fake: MetaFake, body: Record<string, unknown>, imageOk: boolean): Result {
  const imageUrl = typeof body.image_url === 'string' ? body.image_url : '';
  if (imageUrl === '') return fakeErrors.missingParameter('image_url');
  const container = fake.add({ type: 'ShadowIGMediaBuilder', id: fake.nextId('1790'), caption: text(body.caption), imageUrl, status: imageOk ? 'IN_PROGRESS' : 'ERROR', reads: 0 });
  return { ok: { id: container.id } };
}

function publishContainer(fake: MetaFake, creationId: string): Result {
  const container = fake.nodes.get(creationId);
  const igUser = fake.options.igUser;
  if (container?.type !== 'ShadowIGMediaBuilder' || igUser === undefined) return fakeErrors.missingObject(creationId);
  if (container.status !== 'FINISHED') return fakeErrors.containerNotReady();
  const media = fake.add({ type: 'IGMedia', id: fake.nextId('1791'), caption: container.caption, createdAt: Date.now(), ownerId: igUser.id, username: igUser.username, likes: 0, mediaUrl: container.imageUrl });
  container.status = 'PUBLISHED';
  container.mediaId = media.id;
  return { ok: { id: media.id } };
}

function replyOnInstagram(fake: MetaFake, commentId: string, message: string): Result {
  const igUser = fake.options.igUser;
  const parent = fake.nodes.get(commentId);
  if (parent?.type !== 'IGComment' || igUser === undefined) return fakeErrors.missingObject(commentId);
  if (message === '') return fakeErrors.missingParameter('message');
  const reply = fake.add({ type: 'IGComment', id: fake.nextId('1792'), text: message, from: { id: igUser.id, username: igUser.username }, createdAt: Date.now(), mediaId: parent.mediaId, parentId: parent.id });
  return { ok: { id: reply.id } };
}
