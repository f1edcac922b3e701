// Meta's webhook rules shared by Facebook, Instagram and WhatsApp: the verify-token handshake and
// X-Hub-Signature-256 over the raw body bytes, which Meta writes with escaped unicode.
import { describe, expect, it } from 'vitest';
import { signMetaBody, verifyMetaSignature } from './signature.js';
import { openMetaWebhook } from './webhook.js';
import { metaEscapedJson, signedMetaDelivery, signedPageCommentDelivery } from './webhook-fixture.js';
import { FacebookConnector } from '../facebook/connector.js';
import type { WebhookRequest } from '../types.js';

const secrets = { appSecret: 'app-secret', verifyToken: 'verify-me' };
const get = (query: Record<string, string | undefined>): WebhookRequest => ({ method: 'GET', headers: {}, query, rawBody: Buffer.alloc(0) });

describe('verify-token handshake', () => {
  it('echoes hub.challenge as text/plain when the token matches', () => {
    const step = openMetaWebhook(get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me', 'hub.challenge': '1158201444' }), secrets, 'page');
    expect(step).toEqual({ kind: 'answer', outcome: { kind: 'handshake', contentType: 'text/plain', body: '1158201444' } });
  });

  it.each([
    { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' },
    { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'verify-me', 'hub.challenge': '1' },
    { 'hub.mode': 'subscribe', 'hub.challenge': '1' },
  ])('refuses with 403: %o', (query) => {
    expect(openMetaWebhook(get(query), secrets, 'page')).toMatchObject({ kind: 'answer', outcome: { kind: 'refused', status: 403 } });
  });
});

describe('X-Hub-Signature-256 over the raw bytes', () => {
  const payload = { object: 'page', entry: [{ id: '1', time: 1, changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', message: 'Kulitku jadi cerah, café 😍 <3 https://x.y/z' } }] }] };

  it('Meta signs the escaped form: the raw body holds \\u00e9 and \\/, and verifies as received', () => {
    const delivery = signedMetaDelivery(payload, secrets.appSecret);
    const raw = delivery.rawBody.toString('utf8');
    expect(raw).toContain('caf\\u00e9');
    expect(raw).toContain('\\ud83d\\ude0d');
    expect(raw).toContain('https:\\/\\/x.y\\/z');
    expect(verifyMetaSignature(delivery.rawBody, delivery.headers['x-hub-signature-256'], secrets.appSecret)).toBe(true);
  });

  it('a signature over re-serialised JSON (unescaped) does not match what Meta sent', () => {
    const delivery = signedMetaDelivery(payload, secrets.appSecret);
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(delivery.rawBody.toString('utf8'))), 'utf8');
    expect(reserialised.equals(delivery.rawBody)).toBe(false);
    expect(verifyMetaSignature(reserialised, delivery.headers['x-hub-signature-256'], secrets.appSecret)).toBe(false);
  });

  it('refuses missing, malformed, wrong-secret and tampered signatures', () => {
    const body = Buffer.from(metaEscapedJson(payload));
    expect(verifyMetaSignature(body, undefined, secrets.appSecret)).toBe(false);
    expect(verifyMetaSignature(body, 'sha1=abc', secrets.appSecret)).toBe(false);
    expect(verifyMetaSignature(body, 'sha256=zz', secrets.appSecret)).toBe(false);
    expect(verifyMetaSignature(body, signMetaBody(body, 'other'), secrets.appSecret)).toBe(false);
    expect(verifyMetaSignature(Buffer.concat([body, Buffer.from(' ')]), signMetaBody(body, secrets.appSecret), secrets.appSecret)).toBe(false);
    expect(verifyMetaSignature(body, signMetaBody(body, ''), '')).toBe(false);
  });

  it('a verified delivery decodes the escaped text; bad signatures are refused with 401 before parsing', () => {
    const connector = new FacebookConnector({ channelId: 'c', settings: { pageId: '42' }, credentials: { accessToken: 't', ...secrets }, saveCredentials: () => Promise.resolve() });
    const delivery = signedPageCommentDelivery({ pageId: '42', postId: '42_1', commentId: '1_2', from: { id: '7', name: 'Rina' }, message: 'Ada yang warna krém? é', createdTime: 1_764_900_000 }, secrets.appSecret);
    const outcome = connector.handleWebhook(delivery);
    expect(outcome).toMatchObject({ kind: 'events', events: [{ kind: 'comment', text: 'Ada yang warna krém? é', networkMessageId: '1_2', rootPostNetworkId: '42_1', sentAt: 1_764_900_000_000 }] });
    expect(connector.handleWebhook({ ...delivery, rawBody: Buffer.from('not json') })).toMatchObject({ kind: 'refused', status: 401 });
    expect(connector.handleWebhook({ ...delivery, headers: {} })).toMatchObject({ kind: 'refused', status: 401 });
    const signedGarbage = { ...delivery, rawBody: Buffer.from('{oops'), headers: { 'x-hub-signature-256': signMetaBody(Buffer.from('{oops'), secrets.appSecret) } };
    expect(connector.handleWebhook(signedGarbage)).toEqual({ kind: 'events', events: [] });
  });
});
