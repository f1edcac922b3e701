// Telegram webhook deliveries, for setups that use setWebhook instead of polling. Telegram signs
// nothing: it sends the secret_token given to setWebhook back in X-Telegram-Bot-Api-Secret-Token.
// The connector itself polls (capabilities.inbound 'poll', works behind NAT); a webhook route can
// use this to accept deliveries. Compared in constant time, before the body is parsed; never throws.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { WebhookOutcome, WebhookRequest } from '../types.js';
import { eventFromUpdate, type TelegramUpdate } from './parse.js';

export const SECRET_TOKEN_HEADER = 'x-telegram-bot-api-secret-token';

/** Hashing both sides first keeps the comparison constant-time whatever the lengths. */
export function secretTokenMatches(request: Pick<WebhookRequest, 'headers'>, expected: string): boolean {
  const given = request.headers[SECRET_TOKEN_HEADER];
  if (given === undefined || expected === '') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function telegramWebhookOutcome(request: WebhookRequest, secretToken: string, botId: string): WebhookOutcome {
  if (request.method !== 'POST' || !secretTokenMatches(request, secretToken)) return { kind: 'refused', status: 401, reason: 'missing or wrong Telegram secret token' };
  let update: TelegramUpdate;
  try {
    update = JSON.parse(request.rawBody.toString('utf8')) as TelegramUpdate;
  } catch {
    return { kind: 'events', events: [] };
  }
  if (update === null || typeof update !== 'object' || typeof update.update_id !== 'number') return { kind: 'events', events: [] };
  const event = eventFromUpdate(update, botId);
  return { kind: 'events', events: event === undefined ? [] : [event] };
}
