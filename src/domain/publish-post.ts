// Publishing one channel variant of a scheduled post, at most once, through the one delivery
// state machine (delivery/at-most-once.ts). A variant's waiting state is `pending`. The variant
// is the thread's first post and carries the images; each later thread part is its own delivery
// with its own idempotency key (post_thread_parts), answering the part before it. A worker killed
// mid-thread resumes at the first part without an outcome, and a part found in `sending` asks the
// network (findSent) instead of posting again. Once every variant and part has an outcome the post
// is settled (published, or failed with the reasons).
import { ChannelError, type ChannelConnector, type OutboundPost } from '../channels/types.js';
import { PermanentJobError, RetryLaterError, type JobContext, type JobPayload } from '../jobs/queue.js';
import type { Runtime } from '../runtime.js';
import { findChannel } from '../store/repositories/channels.js';
import { ensureThreadParts, listThreadParts, parseIds, transitionThreadPart } from '../store/repositories/post-variants.js';
import { findPostForJob, findVariantRow, settlePostStatus, startPublishing, transitionVariant } from '../store/repositories/posts.js';
import { mayPublish } from './planning/approval-policy.js';
import { deliverAtMostOnce, type DeliveryRecord, type DeliveryWording } from './delivery/at-most-once.js';
import { imagesForVariant, publishingSupport } from './publish-images.js';

export const publishPostJob = 'post.publish';

const wording: DeliveryWording = {
  reasons: {
    INVALID_CONTENT: 'The network refused the post (too long, an image it does not take, or not allowed). Edit the post and schedule it again.',
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
type Part = Awaited<ReturnType<typeof listThreadParts>>[number];

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

/** A thread part's row moves like a variant's; its outcome is also written on the variant, where the officer looks. */
function partRecord(runtime: Runtime, variant: Variant, part: Part): DeliveryRecord {
  const { db } = runtime.store;
  return {
    state: part.state === 'pending' ? 'waiting' : part.state,
    idempotencyKey: part.idempotency_key,
    claim: () => transitionThreadPart(db, part.id, ['pending'], 'sending'),
    markSent: async (result) => {
      await transitionThreadPart(db, part.id, ['sending', 'unknown'], 'sent', { error: null, network_post_id: result.networkMessageId, sent_at: result.sentAt, network_url: result.url ?? null });
      await settlePostStatus(db, variant.post_id, Date.now());
    },
    settle: async (state, reason) => {
      await transitionThreadPart(db, part.id, ['sending'], state === 'waiting' ? 'pending' : state, { error: reason });
      if (state === 'waiting') return;
      await transitionVariant(db, variant.id, ['sent'], 'sent', { error: `Thread part ${part.position + 1} was not published: ${reason}` });
      await settlePostStatus(db, variant.post_id, Date.now());
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

async function failBeforeSending(runtime: Runtime, variant: Variant, reason: string, now: number): Promise<never> {
  const { db } = runtime.store;
  if (await transitionVariant(db, variant.id, ['pending'], 'failed', { error: reason })) await settlePostStatus(db, variant.post_id, now);
  throw new PermanentJobError(reason);
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
  if (!(await mayPublish(db, post))) return failBeforeSending(runtime, variant, notApproved, now);

  const connector = await connectorOf(runtime, variant);
  if (typeof connector === 'string') return failBeforeSending(runtime, variant, connector, now);
  const threadTexts = parseIds(variant.thread_parts) ?? [];
  if (threadTexts.length > 0 && !publishingSupport(connector).publishThreads) {
    return failBeforeSending(runtime, variant, 'Sapa cannot publish threads on this network. Remove the thread parts, then schedule again.', now);
  }
  // The part rows exist before the first post goes out, so the post is never settled as published while parts still wait.
  if (threadTexts.length > 0) await ensureThreadParts(db, variant.id, variant.idempotency_key, threadTexts, now);
  // Never published before its time (less the tolerance for an early wake-up).
  const startedAt = scheduledAt - earlyTolerance;

  if (variant.state === 'pending' || variant.state === 'sending') {
    const images = await imagesForVariant(runtime, post, variant, connector);
    if (!Array.isArray(images)) return failBeforeSending(runtime, variant, images.refused, now);
    const outbound: OutboundPost = { idempotencyKey: variant.idempotency_key, text: variant.text, ...(images.length === 0 ? {} : { images }) };
    await deliverAtMostOnce({
      record: variantRecord(runtime, variant, variant.idempotency_key),
      connector,
      request: { kind: 'post', post: outbound, startedAt },
      send: () => connector.publishPost(outbound),
      wording,
      job: context,
    });
  }
  if (threadTexts.length > 0) await publishThreadParts(runtime, variant.id, connector, startedAt, context);
}

/** Each part after the first, in order, each answering the one before; stops at the first without a confirmed send. */
async function publishThreadParts(runtime: Runtime, variantId: string, connector: ChannelConnector, startedAt: number, context: JobContext): Promise<void> {
  const { db } = runtime.store;
  const variant = await findVariantRow(db, variantId);
  if (variant?.state !== 'sent' || variant.network_post_id === null) return;
  const root = variant.network_post_id;
  let parent = root;
  for (const listed of await listThreadParts(db, variant.id)) {
    if (listed.state === 'pending' || listed.state === 'sending') {
      const outbound: OutboundPost = { idempotencyKey: listed.idempotency_key, text: listed.text, inThread: { parentNetworkId: parent, rootNetworkId: root } };
      await deliverAtMostOnce({
        record: partRecord(runtime, variant, listed), connector, request: { kind: 'post', post: outbound, startedAt }, send: () => connector.publishPost(outbound), wording, job: context,
      });
    }
    const part = (await listThreadParts(db, variant.id)).find((row) => row.id === listed.id);
    if (part?.state !== 'sent' || part.network_post_id === null) return;
    parent = part.network_post_id;
  }
}

/** The job handler: payloads carry ids and the schedule they were queued for, nothing else. */
export async function runPublishPostJob(runtime: Runtime, payload: JobPayload, context: JobContext): Promise<void> {
  if (typeof payload.variantId !== 'string' || typeof payload.scheduledAt !== 'number') throw new PermanentJobError('payload.variantId or payload.scheduledAt missing');
  await publishVariant(runtime, payload.variantId, payload.scheduledAt, context);
}
