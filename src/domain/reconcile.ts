// Jobs are enqueued after the commit that wrote their reply; a process that dies in between
// leaves a queued reply with no job. The scheduler re-enqueues such replies. Delivery moves a
// reply out of `queued` with a compare-and-set, so a second job for the same reply is harmless.
import type { Runtime } from '../runtime.js';
import { deliverReplyJob } from './send-reply.js';

/** Older than any retry-after a network gives, so a reply waiting on one is not hurried. */
export const orphanAfterMs = 10 * 60_000;

export async function requeueOrphanedReplies(runtime: Runtime, now = Date.now()): Promise<number> {
  const orphans = await runtime.store.db.selectFrom('messages').select('id')
    .where('direction', '=', 'outbound').where('delivery_state', '=', 'queued').where('sent_at', '<', now - orphanAfterMs)
    .limit(500).execute();
  for (const orphan of orphans) await runtime.queue.enqueue(deliverReplyJob, { messageId: orphan.id }, { maxAttempts: 6 });
  return orphans.length;
}
