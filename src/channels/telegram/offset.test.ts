// getUpdates offset semantics, against a loopback fake that follows the Bot API docs (the
// emulator ignores offset): updates below the offset are confirmed and never come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackFake, type LoopbackFake } from '../../test-support/peers/loopback-fake.js';
import { telegramDefinition } from './definition.js';

const pending: { update_id: number; message: unknown }[] = [];
let nextUpdate = 500;
function followerWrites(text: string): void {
  pending.push({ update_id: nextUpdate, message: { message_id: nextUpdate, from: { id: 7, is_bot: false, first_name: 'Rina' }, chat: { id: 7, type: 'private' }, date: 1764921600, text } });
  nextUpdate += 1;
}

let fake: LoopbackFake;
beforeAll(async () => {
  fake = await startLoopbackFake((request) => {
    if (request.path.endsWith('/getMe')) return { body: { ok: true, result: { id: 1, is_bot: true, first_name: 'Brand', username: 'brand_bot' } } };
    if (request.path.endsWith('/getUpdates')) {
      const offset = typeof request.body.offset === 'number' ? request.body.offset : undefined;
      // Docs: an update is confirmed as soon as getUpdates is called with an offset higher than its update_id.
      if (offset !== undefined) pending.splice(0, pending.length, ...pending.filter((update) => update.update_id >= offset));
      return { body: { ok: true, result: pending.slice(0, Number(request.body.limit ?? 100)) } };
    }
    return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
  });
});
afterAll(() => fake.stop());

describe('Telegram polling offsets', () => {
  it('asks from last update_id + 1 and never returns an update twice', async () => {
    const connector = telegramDefinition.create({ channelId: 't', settings: { apiBase: fake.baseUrl }, credentials: { botToken: '1:x' }, saveCredentials: () => Promise.resolve() });
    followerWrites('pertama');
    const first = await connector.poll?.(null);
    expect(first?.events.map((event) => event.text)).toEqual(['pertama']);
    expect(first?.cursor).toBe('501');
    followerWrites('kedua');
    followerWrites('ketiga');
    const second = await connector.poll?.(first?.cursor ?? null);
    expect(second?.events.map((event) => event.text)).toEqual(['kedua', 'ketiga']);
    expect(second?.cursor).toBe('503');
    const third = await connector.poll?.(second?.cursor ?? null);
    expect(third).toEqual({ events: [], cursor: '503' });
    const offsets = fake.requests.filter((request) => request.path.endsWith('/getUpdates')).map((request) => request.body.offset);
    expect(offsets).toEqual([undefined, 501, 503]);
  });
});
