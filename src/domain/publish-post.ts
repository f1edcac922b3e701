// Publishing one channel variant of a scheduled post, at most once, through the one delivery
// state machine (delivery/at-most-once.ts). A variant's waiting state is `pending`; once every
// variant has an outcome the post is settled (published, or failed with the reasons).
import { ChannelError, type ChannelConnector, type OutboundPost } from '../channels/types.js';
import { PermanentJobError, RetryLaterError, type JobContext, type JobPayload } from '../jobs/queue.js';
import type { Runtime } from '../runtime.js';
import { findChannel } from '../store/repositories/channels.js';
import { findPostForJob, findVariantRow, settlePostStatus, startPublishing, transitionVariant } from '../store/repositories/posts.js';
import { mayPublish } from './planning/approval-policy.js';
import { deliverAtMostOnce, type DeliveryRecord, type DeliveryWording } from './delivery/at-most-once.js';

export const publishPostJob = 'post.publish';

const wording: DeliveryWording = {
  reasons: {
    INVALID_CONTENT: 'The network refused the text (too long or not allowed). Edit the post and schedule it again.',
    AUTH_REVOKED: 'The channel is disconnected or its access was revoked. Reconnect the channel in Settings, then schedule again.',
    NOT_FOUND: 'The network could not find the account to post to.',
    RATE_LIMITED: 'The network kept refusing for rate limits. Try again later.',
    TEMPORARY: 'The network kept failing. Try again later.',
  },
  interrupted: 'The network did not confirm the post. Check the channel on the network before posting again.',
  unconfirmed: 'The network did not confirm the post. Check the channel on the network before posting again.',
  unexpected: 'The post failed unexpectedly; whether it was published is not known.',
};
const notApproved = 'The post was not approved, and this workspace asks for approval. Submit it for approval, then schedule it again.';
// Woken a little early (clock skew between workers) is fine; much earlier means a stray job.
const earlyTolerance = 2_000;

type Variant = NonNullable<Awaited<ReturnType<typeof findVariantRow>>>;

function variantRecord(runtime: Runtime, variant: Variant, idempotencyKey: string): DeliveryRecord {
  const { db } = runtime.store;
  const settlePost = () => settlePostStatus(db, variant.post_id, Date.now());
  return {
    state: variant.state === 'pending' ? 'waiting' : (variant.state),
    idempotencyKey,
    claim: () => transitionVariant(db, variant.id, ['pending'], 'sending'),
    markSent: async (result) => {
      await transitionVariant(db, variant.id, ['sending', 'unknown'], 'sent', { error: null, network_post_id: result.networkMessageId, sent_at: result.sentAt, network_url: result.url ?? null });
      await settlePost();
    },
    settle: async (state, reason) => {
      await transitionVariant(db, variant.id, ['sending'], state === 'waiting' ? 'pending' : state, { error: reason });
      if (state !== 'waiting') await settlePost();
    },
  };
}

async function connectorOf(runtime: Runtime, variant: Variant): Promise<ChannelConnector | string> {
  const channel = await findChannel(runtime.store.db, variant.channel_id);
  if (channel === undefined) return 'The channel was removed.';
  try {
    return runtime.connectors.connectorFor(channel);
  } catch (error) {
    return error instanceof ChannelError ? (wording.reasons[error.code] ?? error.message) : 'This channel cannot publish.';
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
  // Approval was turned on (or the approval undone) after this was scheduled: never publish it.
  if (!(await mayPublish(db, post))) {
    if (await transitionVariant(db, variant.id, ['pending'], 'failed', { error: notApproved })) await settlePostStatus(db, post.id, now);
    throw new PermanentJobError(notApproved);
  }

  const connector = await connectorOf(runtime, variant);
  if (typeof connector === 'string') {
    if (await transitionVariant(db, variant.id, ['pending'], 'failed', { error: connector })) await settlePostStatus(db, post.id, now);
    throw new PermanentJobError(connector);
  }
  const outbound: OutboundPost = { idempotencyKey: variant.idempotency_key, text: variant.text };
  await deliverAtMostOnce({
    record: variantRecord(runtime, variant, variant.idempotency_key),
    connector,
    // Never published before its time (less the tolerance for an early wake-up).
    request: { kind: 'post', post: outbound, startedAt: scheduledAt - earlyTolerance },
    send: () => connector.publishPost(outbound),
    wording,
    job: context,
  });
}

/** The job handler: payloads carry ids and the schedule they were queued for, nothing else. */
export async function runPublishPostJob(runtime: Runtime, payload: JobPayload, context: JobContext): Promise<void> {
  if (typeof payload.variantId !== 'string' || typeof payload.scheduledAt !== 'number') throw new PermanentJobError('payload.variantId or payload.scheduledAt missing');
  await publishVariant(runtime, payload.variantId, payload.scheduledAt, context);
}
