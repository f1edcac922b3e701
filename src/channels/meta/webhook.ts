// The part of a Meta webhook every Meta network shares: the verify-token handshake and the signature
// check, both before anything is parsed (developers.facebook.com/docs/graph-api/webhooks/getting-started).
// A delivery is `{object, entry:[{id, time, changes?:[{field, value}], messaging?:[…]}]}`.
import type { WebhookOutcome, WebhookRequest } from '../types.js';
import { sameSecret, verifyMetaSignature } from './signature.js';

export interface MetaWebhookSecrets {
  appSecret: string;
  verifyToken: string;
}

export interface MetaEntry {
  id?: string;
  time?: number;
  changes?: { field?: string; value?: unknown }[];
  messaging?: unknown[];
}

export type MetaWebhookStep = { kind: 'answer'; outcome: WebhookOutcome } | { kind: 'entries'; entries: MetaEntry[] };

/**
 * Answers the GET handshake (echo hub.challenge as text/plain when hub.verify_token matches, else 403)
 * and refuses unsigned or wrongly signed POSTs (401). A verified delivery of another object type, or one
 * that is not JSON, yields no events rather than an error: Meta retries what is not acknowledged.
 */
export function openMetaWebhook(request: WebhookRequest, secrets: MetaWebhookSecrets, object: string): MetaWebhookStep {
  if (request.method === 'GET') {
    const { query } = request;
    if (query['hub.mode'] === 'subscribe' && sameSecret(query['hub.verify_token'], secrets.verifyToken) && query['hub.challenge'] !== undefined) {
      return { kind: 'answer', outcome: { kind: 'handshake', contentType: 'text/plain', body: query['hub.challenge'] } };
    }
    return { kind: 'answer', outcome: { kind: 'refused', status: 403, reason: 'verify token does not match' } };
  }
  const signature = request.headers['x-hub-signature-256'];
  if (signature === undefined) return { kind: 'answer', outcome: { kind: 'refused', status: 401, reason: 'missing X-Hub-Signature-256' } };
  if (!verifyMetaSignature(request.rawBody, signature, secrets.appSecret)) {
    return { kind: 'answer', outcome: { kind: 'refused', status: 401, reason: 'X-Hub-Signature-256 does not match the body' } };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return { kind: 'answer', outcome: { kind: 'events', events: [] } };
  }
  if (!isRecord(payload) || payload.object !== object || !Array.isArray(payload.entry)) return { kind: 'entries', entries: [] };
  return { kind: 'entries', entries: payload.entry.filter(isRecord) };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

/** Meta sends `created_time` as Unix seconds in webhooks and ISO 8601 (+0000) in Graph reads. */
export function epochMsOf(value: unknown, fallback: number): number {
  if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return epochMsOf(Number(value), fallback);
    const parsed = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isFinite(parsed)) return parsed;
  }
  return fallback;
}
