// Publishing one channel variant of a scheduled post, at most once — the same pattern as
// deliver-reply.ts. States: pending → sending → sent (network id kept) | failed (with an
// actionable reason) | unknown (the network may or may not have it: never blindly resent).
// Transient errors go back to pending and retry; RATE_LIMITED waits for the retry-after.
import { ChannelError, type ChannelConnector } from '../channels/types.js';
import { PermanentJobError, RetryLaterError, type JobContext, type JobPayload } from '../jobs/queue.js';
import type { Runtime } from '../runtime.js';
import { findChannel } from '../store/repositories/channels.js';
import { findPostForJob, findVariantRow, settlePostStatus, startPublishing, transitionVariant } from '../store/repositories/posts.js';

export const publishPostJob = 'post.publish';

const actionableReasons: Record<string, string> = {
  INVALID_CONTENT: 'The network refused the text (too long or not allowed). Edit the post and schedule it again.',
  AUTH_REVOKED: 'The channel is disconnected or its access was revoked. Reconnect the channel in Settings, then schedule again.',
  NOT_FOUND: 'The network could not find the account to post to.',
  RATE_LIMITED: 'The network kept refusing for rate limits. Try again later.',
  TEMPORARY: 'The network kept failing. Try again later.',
};
const unknownOutcome = 'The network did not confirm the post. Check the channel on the network before posting again.';
// Woken a little early (clock skew between workers) is fine; much earlier means a stray job.
const earlyTolerance = 2_000;

type Variant = NonNullable<Awaited<ReturnType<typeof findVariantRow>>>;

async function settle(runtime: Runtime, variant: Variant, state: 'sent' | 'failed' | 'unknown' | 'pending', changes: { error: string | null; network_post_id?: string; sent_at?: number }): Promise<void> {
  const { db } = runtime.store;
  await transitionVariant(db, variant.id, state === 'sent' ? ['sending', 'unknown'] : ['sending'], state, changes);
  if (state !== 'pending') await settlePostStatus(db, variant.post_id, Date.now());
}

async function recoverInterrupted(runtime: Runtime, variant: Variant, connector: ChannelConnector, key: string): Promise<void> {
  // A worker died between publishing and recording: ask the network instead of posting again.
  const found = await connector.findSent(key).catch(() => null);
  if (found !== null) return settle(runtime, variant, 'sent', { error: null, network_post_id: found.networkMessageId, sent_at: found.sentAt });
  return settle(runtime, variant, 'unknown', { error: unknownOutcome });
}

async function connectorOf(runtime: Runtime, variant: Variant): Promise<ChannelConnector | string> {
  const channel = await findChannel(runtime.store.db, variant.channel_id);
  if (channel === undefined) return 'The channel was removed.';
  try {
    return runtime.connectors.connectorFor(channel);
  } catch (error) {
    return error instanceof ChannelError ? (actionableReasons[error.code] ?? error.message) : 'This channel cannot publish.';
  }
}

export async function publishVariant(runtime: Runtime, variantId: string, scheduledAt: number, context: JobContext, now = Date.now()): Promise<void> {
  const { db } = runtime.store;
  const variant = await findVariantRow(db, variantId);
  if (variant === undefined || variant.idempotency_key === null) return;
  const post = await findPostForJob(db, variant.post_id);
  // Unscheduled or moved since this job was queued: a newer job (or none) owns the post now.
  if (post === undefined || post.scheduled_at !== scheduledAt || (post.status !== 'scheduled' && post.status !== 'publishing')) return;
  if (scheduledAt - now > earlyTolerance) throw new RetryLaterError(scheduledAt - now, 'not yet time to publish');
  if (!(await startPublishing(db, post.id, scheduledAt, now))) return;

  const connector = await connectorOf(runtime, variant);
  if (typeof connector === 'string') {
    if (await transitionVariant(db, variant.id, ['pending'], 'failed', { error: connector })) await settlePostStatus(db, post.id, now);
    throw new PermanentJobError(connector);
  }
  if (variant.state === 'sending') return recoverInterrupted(runtime, variant, connector, variant.idempotency_key);
  if (variant.state !== 'pending') return;
  if (!(await transitionVariant(db, variant.id, ['pending'], 'sending'))) return;

  try {
    const result = await connector.publishPost({ idempotencyKey: variant.idempotency_key, text: variant.text });
    await settle(runtime, variant, 'sent', { error: null, network_post_id: result.networkMessageId, sent_at: result.sentAt });
  } catch (error) {
    if (!(error instanceof ChannelError)) {
      await settle(runtime, variant, 'unknown', { error: 'The post failed unexpectedly; whether it was published is not known.' });
      throw new PermanentJobError(error instanceof Error ? error.message : 'unexpected error');
    }
    if (error.code === 'UNKNOWN_OUTCOME') return recoverInterrupted(runtime, variant, connector, variant.idempotency_key);
    const lastAttempt = context.attempt >= context.maxAttempts;
    if ((error.code === 'RATE_LIMITED' || error.code === 'TEMPORARY') && !lastAttempt) {
      await settle(runtime, variant, 'pending', { error: error.message });
      throw error.code === 'RATE_LIMITED' ? new RetryLaterError(error.retryAfterMs ?? 60_000, error.message) : error;
    }
    await settle(runtime, variant, 'failed', { error: actionableReasons[error.code] ?? error.message });
    throw new PermanentJobError(error.message);
  }
}

/** The job handler: payloads carry ids and the schedule they were queued for, nothing else. */
export async function runPublishPostJob(runtime: Runtime, payload: JobPayload, context: JobContext): Promise<void> {
  if (typeof payload.variantId !== 'string' || typeof payload.scheduledAt !== 'number') throw new PermanentJobError('payload.variantId or payload.scheduledAt missing');
  await publishVariant(runtime, payload.variantId, payload.scheduledAt, context);
}
