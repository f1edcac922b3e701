// Builds webhook deliveries shaped and signed exactly as Meta sends them, for the in-repo fakes and for
// `sapa bench webhook`. Meta serialises the payload with non-ASCII characters (and "/") escaped, e.g.
// "é" as \u00e9, and signs those bytes (developers.facebook.com/docs/graph-api/webhooks/getting-started,
// "Validate Payloads"); both X-Hub-Signature-256 (sha256) and the legacy X-Hub-Signature (sha1) are sent.
import { createHmac } from 'node:crypto';
import type { WebhookRequest } from '../types.js';
import { signMetaBody } from './signature.js';

/** JSON as Meta writes it: every character outside ASCII as a lower-case \uXXXX escape, "/" as "\/". */
export function metaEscapedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

export function metaSignatureHeaders(rawBody: Buffer, appSecret: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-hub-signature-256': signMetaBody(rawBody, appSecret),
    'x-hub-signature': `sha1=${createHmac('sha1', appSecret).update(rawBody).digest('hex')}`,
  };
}

/** A signed delivery as a WebhookRequest (what the webhook route hands the connector). */
export function signedMetaDelivery(payload: unknown, appSecret: string): WebhookRequest {
  const rawBody = Buffer.from(metaEscapedJson(payload), 'utf8');
  return { method: 'POST', headers: metaSignatureHeaders(rawBody, appSecret), query: {}, rawBody };
}

export interface PageCommentInput {
  pageId: string;
  postId: string;
  commentId: string;
  from: { id: string; name: string };
  message: string;
  /** Unix seconds. */
  createdTime: number;
  parentId?: string;
}

/** A Page `feed` change for a new comment (developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed). */
export function pageCommentPayload(input: PageCommentInput): unknown {
  return {
    object: 'page',
    entry: [{
      id: input.pageId,
      time: input.createdTime,
      changes: [{
        field: 'feed',
        value: {
          from: input.from, post_id: input.postId, comment_id: input.commentId, parent_id: input.parentId ?? input.postId,
          item: 'comment', verb: 'add', message: input.message, created_time: input.createdTime,
          post: { status_type: 'added_photos', is_published: true, updated_time: new Date(input.createdTime * 1000).toISOString(), permalink_url: `https://www.facebook.com/${input.postId}`, promotion_status: 'inactive', id: input.postId },
        },
      }],
    }],
  };
}

/** One signed Page-comment delivery, as `sapa bench webhook` sends them. */
export function signedPageCommentDelivery(input: PageCommentInput, appSecret: string): WebhookRequest {
  return signedMetaDelivery(pageCommentPayload(input), appSecret);
}
