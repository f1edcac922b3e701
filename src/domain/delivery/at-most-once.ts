// The one delivery state machine for everything Sapa sends to a network (replies and posts):
//
//   waiting ──claim──► sending ──► sent (network id kept)
//      ▲                  │ ├────► failed (an actionable reason)
//      └── transient ─────┘ └────► unknown (the network may or may not have it)
//
// At most once: only the process that moves an item waiting → sending (a compare-and-set in the
// store) sends it. An item found in `sending` was interrupted (a worker died between sending and
// recording), and an UNKNOWN_OUTCOME send may have landed: both ask the network (`findSent`, with
// what Sapa stored about the send) instead of sending again, and become `unknown` when the network
// cannot tell. Transient errors go back to waiting and the job retries; RATE_LIMITED waits for the
// network's retry-after. Callers supply how their rows move (`DeliveryRecord`) and the wording.
import { ChannelError, type ChannelConnector, type ChannelErrorCode, type SendResult, type SentRequest } from '../../channels/types.js';
import { PermanentJobError, RetryLaterError, type JobContext } from '../../jobs/queue.js';

export type DeliveryState = 'waiting' | 'sending' | 'sent' | 'failed' | 'unknown';

/** How one item's row moves; every move is a compare-and-set, false when another process moved it first. */
export interface DeliveryRecord {
  state: DeliveryState;
  idempotencyKey: string;
  /** waiting → sending. */
  claim(): Promise<boolean>;
  /** sending | unknown → sent, with whatever else a sent item changes (conversation answered, post published). */
  markSent(result: SendResult): Promise<void>;
  /** sending → failed | unknown | waiting, with the reason shown to the officer. */
  settle(state: 'failed' | 'unknown' | 'waiting', reason: string): Promise<void>;
}

export interface DeliveryWording {
  /** Per error code: what the officer can do about it. */
  reasons: Partial<Record<ChannelErrorCode, string>>;
  interrupted: string;
  unconfirmed: string;
  unexpected: string;
}

export interface Delivery {
  record: DeliveryRecord;
  connector: ChannelConnector;
  /** What is sent, kept so `findSent` can recognise it on networks that keep no idempotency key. */
  request: SentRequest;
  send(): Promise<SendResult>;
  wording: DeliveryWording;
  job: JobContext;
}

async function recover(delivery: Delivery, reason: string): Promise<void> {
  const { record, connector, request } = delivery;
  const found = await connector.findSent(record.idempotencyKey, request).catch(() => null);
  if (found !== null) return record.markSent(found);
  return record.settle('unknown', reason);
}

/** Runs one delivery attempt; throws what the job queue needs to retry later or give up. */
export async function deliverAtMostOnce(delivery: Delivery): Promise<void> {
  const { record, wording } = delivery;
  if (record.state === 'sending') return recover(delivery, wording.interrupted);
  if (record.state !== 'waiting') return;
  if (!(await record.claim())) return;

  let result: SendResult;
  try {
    result = await delivery.send();
  } catch (error) {
    if (!(error instanceof ChannelError)) {
      await record.settle('unknown', wording.unexpected);
      throw new PermanentJobError(error instanceof Error ? error.message : 'unexpected error');
    }
    if (error.code === 'UNKNOWN_OUTCOME') return recover(delivery, wording.unconfirmed);
    const lastAttempt = delivery.job.attempt >= delivery.job.maxAttempts;
    if ((error.code === 'RATE_LIMITED' || error.code === 'TEMPORARY') && !lastAttempt) {
      await record.settle('waiting', error.message);
      throw error.code === 'RATE_LIMITED' ? new RetryLaterError(error.retryAfterMs ?? 60_000, error.message) : error;
    }
    await record.settle('failed', wording.reasons[error.code] ?? error.message);
    throw new PermanentJobError(error.message);
  }
  await record.markSent(result);
}
