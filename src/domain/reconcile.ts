// Jobs are enqueued after the commit that wrote their reply or scheduled post; a process that dies in between
// leaves a queued reply with no job. The scheduler re-enqueues such replies. Delivery moves a
// reply out of `queued` with a compare-and-set, so a second job for the same reply is harmless.
import type { Runtime } from '../runtime.js';
import { listOrphanedPostVariants } from '../store/repositories/orphans.js';
import { listOrphanedReplies } from '../store/repositories/replies.js';
import { publishPostJob } from './publish-post.js';
import { deliverReplyJob } from './send-reply.js';

/** Older than any retry-after a network gives, so a reply waiting on one is not hurried. */
export const orphanAfterMs = 10 * 60_000;

export async function requeueOrphanedReplies(runtime: Runtime, now = Date.now()): Promise<number> {
  const orphans = await listOrphanedReplies(runtime.store.db, now - orphanAfterMs);
  for (const orphan of orphans) await runtime.queue.enqueue(deliverReplyJob, { messageId: orphan.id }, { maxAttempts: 6 });
  return orphans.length;
}

/**
 * Scheduled posts past their time whose channel variants still wait: their publish job was
 * lost. Publishing checks the post's state and moves each variant with a compare-and-set, so an
 * extra job never publishes twice.
 */
export async function requeueOrphanedPosts(runtime: Runtime, now = Date.now()): Promise<number> {
  const orphans = await listOrphanedPostVariants(runtime.store.db, now - orphanAfterMs);
  for (const orphan of orphans) {
    if (orphan.scheduled_at === null) continue;
    await runtime.queue.enqueue(publishPostJob, { variantId: orphan.id, scheduledAt: orphan.scheduled_at }, { maxAttempts: 6 });
  }
  return orphans.length;
}
