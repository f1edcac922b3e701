// Error bodies the fake answers with, as the Graph API documents them
// (developers.facebook.com/docs/graph-api/guides/error-handling: {error:{message,type,code,error_subcode,
// error_user_title,error_user_msg,fbtrace_id}}) and as WhatsApp adds `error_data.details`
// (developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes).
import { randomBytes } from 'node:crypto';

export interface FakeGraphError {
  status: number;
  body: { error: Record<string, unknown> };
}

function graphError(status: number, error: Record<string, unknown>): FakeGraphError {
  return { status, body: { error: { ...error, fbtrace_id: randomBytes(8).toString('base64url') } } };
}

export const fakeErrors = {
  invalidToken: () => graphError(400, { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 }),
  /** The well-known answer for an id that is unknown or deleted. */
  missingObject: (id: string) => graphError(400, {
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    type: 'GraphMethodException', code: 100, error_subcode: 33,
  }),
  nonexistingField: (field: string, nodeType: string) => graphError(400, { message: `(#100) Tried accessing nonexisting field (${field}) on node type (${nodeType})`, type: 'OAuthException', code: 100 }),
  invalidImage: () => graphError(400, { message: '(#324) Missing or invalid image file', type: 'OAuthException', code: 324 }),
  missingParameter: (name: string) => graphError(400, { message: `(#100) The parameter ${name} is required`, type: 'OAuthException', code: 100 }),
  duplicatePost: () => graphError(400, {
    message: 'Duplicate status message', type: 'OAuthException', code: 506, error_subcode: 1455006, is_transient: false,
    error_user_title: 'Duplicate Post', error_user_msg: 'This status update is identical to the last one you posted. Try posting something different, or delete your previous update.',
  }),
  /** Messenger: a standard message more than 24 h after the person's last message. */
  outsideMessengerWindow: () => graphError(400, { message: '(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview', type: 'OAuthException', code: 10, error_subcode: 2018278 }),
  /** WhatsApp: free-form text more than 24 h after the customer's last message. */
  reEngagement: () => graphError(400, {
    message: '(#131047) Re-engagement message', type: 'OAuthException', code: 131047,
    error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
  }),
  containerNotReady: () => graphError(400, { message: 'Media ID is not available', type: 'OAuthException', code: 9007, error_subcode: 2207027, is_transient: false, error_user_title: 'Media ID is not available', error_user_msg: 'The media is not ready for publishing, please wait for a moment' }),
  unknownPath: (path: string) => graphError(400, { message: `Unknown path components: /${path}`, type: 'OAuthException', code: 2500 }),
};
