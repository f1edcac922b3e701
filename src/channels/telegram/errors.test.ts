// Bot API error answers, recorded from the Bot API documentation (ResponseParameters) and the
// descriptions Telegram sends, replayed through the connector's HTTP layer.
import { describe, expect, it } from 'vitest';
import { ChannelError } from '../types.js';
import { createTelegramApi } from './api.js';

const recorded = {
  tooManyRequests: { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 35', parameters: { retry_after: 35 } } },
  unauthorized: { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } },
  blocked: { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } },
  emptyText: { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message text is empty' } },
  tooLong: { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message is too long' } },
  replyMissing: { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message to be replied not found' } },
  chatMissing: { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat not found' } },
  conflict: { status: 409, body: { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' } },
  badGateway: { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } },
};

const token = '123456:never-in-messages';
const replay = (answer: { status: number; body: unknown }): typeof fetch => () => Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } }));

async function errorOf(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

describe('Telegram errors', () => {
  it.each([
    ['tooManyRequests', 'RATE_LIMITED'], ['unauthorized', 'AUTH_REVOKED'], ['blocked', 'NOT_FOUND'], ['emptyText', 'INVALID_CONTENT'],
    ['tooLong', 'INVALID_CONTENT'], ['replyMissing', 'NOT_FOUND'], ['chatMissing', 'NOT_FOUND'], ['conflict', 'TEMPORARY'], ['badGateway', 'TEMPORARY'],
  ] as const)('%s → %s', async (name, code) => {
    const error = await errorOf(createTelegramApi('https://api.telegram.org', token, replay(recorded[name]))('sendMessage', { chat_id: 1, text: 'x' }, 'send'));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('never-in-messages');
  });

  it('waits retry_after seconds', async () => {
    const error = await errorOf(createTelegramApi('https://api.telegram.org', token, replay(recorded.tooManyRequests))('getUpdates', {}, 'read'));
    expect(error.retryAfterMs).toBe(35_000);
  });

  it('a lost answer to a send is UNKNOWN_OUTCOME; a non-JSON 500 (the emulator) TEMPORARY', async () => {
    const reset: typeof fetch = () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }));
    expect((await errorOf(createTelegramApi('http://127.0.0.1:9', token, reset)('sendMessage', {}, 'send'))).code).toBe('UNKNOWN_OUTCOME');
    const html: typeof fetch = () => Promise.resolve(new Response('<h1>oops</h1>', { status: 500 }));
    expect((await errorOf(createTelegramApi('http://127.0.0.1:9', token, html)('sendPhoto', {}, 'read'))).code).toBe('TEMPORARY');
  });
});
