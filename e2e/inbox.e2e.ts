// The proximity pillar in the browser: a follower's question arrives through the simulator
// into the real pipeline, shows up live near the top of an open inbox, is answered with a
// saved reply, reaches the simulated network, and the first-response clock stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../src/domain/ingest.js';
import { understandMessage } from '../src/domain/understand.js';
import { demoOfficer, demoWorkspaceId } from '../src/demo/seed.js';
import { listChannels } from '../src/store/repositories/channels.js';
import type { ChannelRow } from '../src/store/schema.js';
import { signIn, startE2eSapa, type E2eSapa } from './harness.js';

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the inbox in the browser', () => {
  let sapa: E2eSapa;
  let instagram: ChannelRow;

  beforeAll(async () => {
    sapa = await startE2eSapa();
    const channels = await listChannels(sapa.runtime.store.db, demoWorkspaceId);
    const found = channels.find((channel) => channel.network === 'instagram');
    if (found === undefined) throw new Error('no demo instagram channel');
    instagram = found;
  });
  afterAll(() => sapa.stop());

  const deliver = (text: string, author: { networkId: string; handle: string; displayName: string }) =>
    ingestEvent({ db: sapa.runtime.store.db, events: sapa.runtime.events, understand: understandMessage }, instagram, {
      kind: 'direct_message', networkMessageId: `e2e-${Date.now()}-${Math.random()}`, directThreadId: `dm-${author.networkId}`,
      author, text, sentAt: Date.now(),
    });

  it('answers a live question with a saved reply, the network receives it, and the timer stops', async () => {
    const page = await sapa.newPage('id-ID');
    await signIn(page, sapa.url, demoOfficer.email, demoOfficer.password);
    await page.getByTestId('conversation-item').first().waitFor();
    // The demo leaves older questions unanswered (its history, and more when business hours have
    // been closed for a while), and by design they rank above a new question: they have waited
    // longer. How many depends on the hour the suite runs, so the officer clears them first and the
    // new question's place is the same at any hour.
    const { csrfToken } = (await (await page.request.get(`${sapa.url}/api/session`)).json()) as { csrfToken: string };
    const listed = (await (await page.request.get(`${sapa.url}/api/workspaces/${demoWorkspaceId}/conversations?limit=200`)).json()) as { items: Array<{ id: string; unanswered: boolean }> };
    const backlog = listed.items.filter((item) => item.unanswered).map((item) => item.id);
    if (backlog.length > 0) {
      const closed = await page.request.post(`${sapa.url}/api/workspaces/${demoWorkspaceId}/conversations/bulk`, {
        data: { conversationIds: backlog, changes: { status: 'closed' } }, headers: { 'x-csrf-token': csrfToken },
      });
      expect(closed.status()).toBe(200);
    }

    const deliveredAt = Date.now();
    const outcome = await deliver('Kak, serum niacinamide masih ready? Harganya berapa ya? 🙏', { networkId: 'e2e-nadia', handle: 'nadia.putri', displayName: 'Nadia Putri' });
    if (outcome.status !== 'stored') throw new Error('not stored');
    const row = page.locator(`[data-testid="conversation-item"][data-conversation-id="${outcome.conversationId}"]`);
    // Polled every animation frame (a locator's waitFor backs off to 500 ms steps) for an honest figure.
    await page.waitForFunction((id: string) => (globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document
      .querySelector(`[data-testid="conversation-item"][data-conversation-id="${id}"]`) !== null, outcome.conversationId, { polling: 'raf', timeout: 10_000 });
    // A figure, not an assertion: speed is judged by benchmarks, never by timed tests.
    process.stderr.write(`live update: the new conversation was visible ${Date.now() - deliveredAt} ms after it arrived\n`);
    // Near the top: on the first page, and below only conversations that also wait for an answer
    // to a question, complaint, purchase or urgent matter (older ones have waited longer).
    const response = await page.request.get(`${sapa.url}/api/workspaces/${demoWorkspaceId}/conversations?limit=50`);
    const { items } = (await response.json()) as { items: Array<{ id: string; unanswered: boolean; priorityReasons: Array<{ reason: string }> }> };
    const position = items.findIndex((item) => item.id === outcome.conversationId);
    expect(position).toBeGreaterThanOrEqual(0);
    const pressing = new Set(['question', 'complaint', 'purchase_intent', 'urgent']);
    const above = items.slice(0, position);
    expect(above.filter((item) => !item.unanswered || !item.priorityReasons.some((part) => pressing.has(part.reason)))).toEqual([]);
    await expect(row.getByTestId('conversation-timer').count()).resolves.toBe(1);

    await row.click();
    await page.getByTestId('reply-box').waitFor();
    await page.getByTestId('saved-replies-button').click();
    await page.getByTestId('saved-reply-item').filter({ hasText: 'Salam & bantu' }).click();
    await expect(page.getByTestId('reply-text').inputValue()).resolves.toContain('Nadia Putri');
    await page.getByTestId('reply-send').click();

    const connector = sapa.runtime.connectors.worldFor(instagram).connector;
    const received = await eventually(() => connector.received.find((entry) => entry.outcome === 'sent' && entry.text.includes('Nadia Putri')));
    expect(received.text).toContain('terima kasih sudah menghubungi Glowria');

    const firstResponse = await eventually(() => sapa.runtime.store.db.selectFrom('reporting_events').selectAll()
      .where('conversation_id', '=', outcome.conversationId).where('kind', '=', 'first_response').executeTakeFirst());
    expect(firstResponse.duration_ms).toBeGreaterThanOrEqual(0);
    await page.locator('[data-testid="message"][data-direction="outbound"][data-delivery-state="sent"]').last().waitFor({ timeout: 10_000 });
    // The timer stops: it reads "answered" (or the row left the page, ranked below the waiting ones).
    await eventually(async () => ((await row.count()) === 0 || (await row.getByTestId('conversation-timer').getAttribute('data-state')) === 'answered' ? true : undefined));
  });

  it('shows follower HTML and script as text and never runs it', async () => {
    const page = await sapa.newPage('en-US');
    await signIn(page, sapa.url, demoOfficer.email, demoOfficer.password);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>';
    const outcome = await deliver(payload, { networkId: 'e2e-mallory', handle: 'mallory', displayName: '<i>Mallory</i>' });
    if (outcome.status !== 'stored') throw new Error('not stored');
    await page.goto(`${sapa.url}/w/${demoWorkspaceId}/inbox/${outcome.conversationId}`);
    const message = page.getByTestId('message').filter({ hasText: '<script>' });
    await message.first().waitFor();
    await expect(message.first().innerText()).resolves.toContain('<img src=x onerror=');
    await expect(page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('[data-testid="conversation-view"] img[src="x"]').count()).resolves.toBe(0);
  });
});
