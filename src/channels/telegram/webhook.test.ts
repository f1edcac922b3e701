import { describe, expect, it } from 'vitest';
import { telegramWebhookOutcome, secretTokenMatches } from './webhook.js';

// A private-chat update as the Bot API documents it (Update → Message).
const update = { update_id: 900001, message: { message_id: 17, from: { id: 4242, is_bot: false, first_name: 'Rina', username: 'rina' }, chat: { id: 4242, type: 'private', first_name: 'Rina' }, date: 1764921600, text: 'Kak, pesanan saya belum sampai' } };
const request = (headers: Record<string, string | undefined>, body: string = JSON.stringify(update)) => ({ method: 'POST' as const, headers, query: {}, rawBody: Buffer.from(body) });

describe('Telegram webhook secret token', () => {
  it('accepts the right token and parses the update', () => {
    const outcome = telegramWebhookOutcome(request({ 'x-telegram-bot-api-secret-token': 's3cret_Token-1' }), 's3cret_Token-1', '666');
    expect(outcome).toEqual({ kind: 'events', events: [expect.objectContaining({ kind: 'direct_message', networkMessageId: '4242:17', directThreadId: '4242', sentAt: 1764921600_000 })] });
  });

  it('refuses a missing, wrong or differently long token before parsing', () => {
    for (const headers of [{}, { 'x-telegram-bot-api-secret-token': 'wrong' }, { 'x-telegram-bot-api-secret-token': 's3cret_Token-1x' }]) {
      expect(telegramWebhookOutcome(request(headers, '{not json'), 's3cret_Token-1', '666').kind).toBe('refused');
    }
    expect(secretTokenMatches({ headers: { 'x-telegram-bot-api-secret-token': '' } }, '')).toBe(false);
  });

  it('never throws on a verified but broken body', () => {
    expect(telegramWebhookOutcome(request({ 'x-telegram-bot-api-secret-token': 't' }, '{not json'), 't', '666')).toEqual({ kind: 'events', events: [] });
    expect(telegramWebhookOutcome(request({ 'x-telegram-bot-api-secret-token': 't' }, 'null'), 't', '666')).toEqual({ kind: 'events', events: [] });
  });
});
