// The one delivery state machine, on an in-memory record: at most one send per item, whatever
// the network answers and wherever a worker dies.
import { describe, expect, it } from 'vitest';
import { ChannelError, type ChannelConnector, type SendResult, type SentRequest } from '../../channels/types.js';
import { PermanentJobError, RetryLaterError } from '../../jobs/queue.js';
import { deliverAtMostOnce, type DeliveryRecord, type DeliveryState } from './at-most-once.js';

const wording = { reasons: { INVALID_CONTENT: 'Edit the text.' }, interrupted: 'interrupted', unconfirmed: 'unconfirmed', unexpected: 'unexpected' };
const request: SentRequest = { kind: 'reply', reply: { idempotencyKey: 'k1', text: 'Halo kak' }, startedAt: 1 };

function memoryRecord(state: DeliveryState) {
  const item = { state, reason: null as string | null, result: null as SendResult | null };
  const record: DeliveryRecord = {
    get state() { return item.state; },
    idempotencyKey: 'k1',
    claim: () => {
      if (item.state !== 'waiting') return Promise.resolve(false);
      item.state = 'sending';
      return Promise.resolve(true);
    },
    markSent: (result) => { item.state = 'sent'; item.result = result; return Promise.resolve(); },
    settle: (next, reason) => { item.state = next; item.reason = reason; return Promise.resolve(); },
  };
  return { item, record };
}

function connectorThat(send: () => Promise<SendResult>, found: SendResult | null = null) {
  const calls = { send: 0, findSent: [] as Array<SentRequest | undefined> };
  const connector = {
    findSent: (_key: string, sent?: SentRequest) => { calls.findSent.push(sent); return Promise.resolve(found); },
  } as unknown as ChannelConnector;
  return { connector, calls, send: () => { calls.send += 1; return send(); } };
}

const job = (attempt = 1) => ({ jobId: 'j', attempt, maxAttempts: 3 });
const landed: SendResult = { networkMessageId: 'n1', sentAt: 5 };

describe('deliverAtMostOnce', () => {
  it('claims, sends once and records the network id', async () => {
    const { item, record } = memoryRecord('waiting');
    const net = connectorThat(() => Promise.resolve(landed));
    await deliverAtMostOnce({ record, connector: net.connector, request, send: net.send, wording, job: job() });
    expect(item).toMatchObject({ state: 'sent', result: landed });
    expect(net.calls.send).toBe(1);
  });

  it('does nothing for an item another process claimed or finished', async () => {
    for (const state of ['sent', 'failed', 'unknown'] as const) {
      const { record } = memoryRecord(state);
      const net = connectorThat(() => Promise.resolve(landed));
      await deliverAtMostOnce({ record, connector: net.connector, request, send: net.send, wording, job: job() });
      expect(net.calls.send).toBe(0);
    }
  });

  it('asks the network, with what was sent, about an interrupted send instead of sending again', async () => {
    const found = memoryRecord('sending');
    const net = connectorThat(() => Promise.resolve(landed), landed);
    await deliverAtMostOnce({ record: found.record, connector: net.connector, request, send: net.send, wording, job: job() });
    expect(found.item.state).toBe('sent');
    expect(net.calls).toMatchObject({ send: 0, findSent: [request] });

    const lost = memoryRecord('sending');
    const blind = connectorThat(() => Promise.resolve(landed), null);
    await deliverAtMostOnce({ record: lost.record, connector: blind.connector, request, send: blind.send, wording, job: job() });
    expect(lost.item).toMatchObject({ state: 'unknown', reason: 'interrupted' });
    expect(blind.calls.send).toBe(0);
  });

  it('checks an unconfirmed send with the network, and never resends it', async () => {
    const { item, record } = memoryRecord('waiting');
    const net = connectorThat(() => Promise.reject(new ChannelError('UNKNOWN_OUTCOME', 'timeout')), null);
    await deliverAtMostOnce({ record, connector: net.connector, request, send: net.send, wording, job: job() });
    expect(item).toMatchObject({ state: 'unknown', reason: 'unconfirmed' });
    expect(net.calls.send).toBe(1);
  });

  it('puts a rate-limited send back to waiting and waits for the retry-after', async () => {
    const { item, record } = memoryRecord('waiting');
    const net = connectorThat(() => Promise.reject(new ChannelError('RATE_LIMITED', 'slow down', 30_000)));
    const run = deliverAtMostOnce({ record, connector: net.connector, request, send: net.send, wording, job: job() });
    await expect(run).rejects.toBeInstanceOf(RetryLaterError);
    await expect(run).rejects.toMatchObject({ delayMs: 30_000 });
    expect(item.state).toBe('waiting');
  });

  it('fails with the actionable reason on a refusal, or on the last transient attempt', async () => {
    const refused = memoryRecord('waiting');
    const net = connectorThat(() => Promise.reject(new ChannelError('INVALID_CONTENT', 'too long')));
    await expect(deliverAtMostOnce({ record: refused.record, connector: net.connector, request, send: net.send, wording, job: job() })).rejects.toBeInstanceOf(PermanentJobError);
    expect(refused.item).toMatchObject({ state: 'failed', reason: 'Edit the text.' });

    const tired = memoryRecord('waiting');
    const flaky = connectorThat(() => Promise.reject(new ChannelError('TEMPORARY', 'bad gateway')));
    await expect(deliverAtMostOnce({ record: tired.record, connector: flaky.connector, request, send: flaky.send, wording, job: job(3) })).rejects.toBeInstanceOf(PermanentJobError);
    expect(tired.item).toMatchObject({ state: 'failed', reason: 'bad gateway' });
  });

  it('marks an unexpected error unknown, since the send may have gone out', async () => {
    const { item, record } = memoryRecord('waiting');
    const net = connectorThat(() => Promise.reject(new TypeError('socket hang up')));
    await expect(deliverAtMostOnce({ record, connector: net.connector, request, send: net.send, wording, job: job() })).rejects.toBeInstanceOf(PermanentJobError);
    expect(item).toMatchObject({ state: 'unknown', reason: 'unexpected' });
  });
});
