// The Graph client against the Meta fake: usage headers become a backoff hint, errors come mapped, and a
// request that may have reached Meta is an unknown outcome for writes only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetaFake } from '../../test-support/fakes/meta/graph-fake.js';
import { GraphClient } from './graph-client.js';

const page = { id: '42', name: 'Glowria', username: 'glowria' };
let fake: MetaFake;
beforeAll(async () => {
  fake = await MetaFake.start({ appSecret: 's', accessToken: 'token', page });
});
afterAll(() => fake.close());

describe('GraphClient', () => {
  it('sends the token in a header, never in the URL', async () => {
    const urls: string[] = [];
    const client = new GraphClient({ apiBase: fake.apiBase, accessToken: 'token', fetch: (input, init) => {
      urls.push(input instanceof URL ? input.href : typeof input === 'string' ? input : input.url);
      return fetch(input, init);
    } });
    await client.get(page.id, { fields: 'id,name' });
    expect(urls.join(' ')).not.toContain('token');
  });

  it('usage past 80 % gives a backoff hint; comfortable usage clears it', async () => {
    const client = new GraphClient({ apiBase: fake.apiBase, accessToken: 'token' });
    fake.usage = { 'x-app-usage': JSON.stringify({ call_count: 91, total_cputime: 20, total_time: 30 }) };
    await client.get(page.id);
    expect(client.backoffMs).toBe(180_000);
    fake.usage = { 'x-app-usage': JSON.stringify({ call_count: 5, total_cputime: 1, total_time: 1 }) };
    await client.get(page.id);
    expect(client.backoffMs).toBeUndefined();
  });

  it('a throttled answer is RATE_LIMITED with the business use case wait', async () => {
    const client = new GraphClient({ apiBase: fake.apiBase, accessToken: 'token' });
    fake.failNext = {
      status: 400, body: { error: { message: '(#80001) There have been too many calls to this Page account.', type: 'OAuthException', code: 80001, fbtrace_id: 'x' } },
      headers: { 'x-business-use-case-usage': JSON.stringify({ 42: [{ type: 'pages', call_count: 100, total_cputime: 3, total_time: 4, estimated_time_to_regain_access: 12 }] }) },
    };
    await expect(client.post(`${page.id}/feed`, { message: 'x' })).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 12 * 60_000 });
  });

  it('a wrong token is AUTH_REVOKED; a missing object NOT_FOUND', async () => {
    await expect(new GraphClient({ apiBase: fake.apiBase, accessToken: 'revoked' }).get(page.id)).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    await expect(new GraphClient({ apiBase: fake.apiBase, accessToken: 'token' }).get('404404')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('no answer: TEMPORARY for a read, UNKNOWN_OUTCOME for a write', async () => {
    const lost = new GraphClient({ apiBase: fake.apiBase, accessToken: 'token', fetch: () => Promise.reject(new TypeError('socket hang up')) });
    await expect(lost.get(page.id)).rejects.toMatchObject({ code: 'TEMPORARY' });
    await expect(lost.post(`${page.id}/feed`, { message: 'x' })).rejects.toMatchObject({ code: 'UNKNOWN_OUTCOME' });
  });
});
