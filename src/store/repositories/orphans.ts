// Scheduled posts whose publish job was lost: past their time, with channel variants still
// pending. (Queued replies with no job are found by `listOrphanedReplies` in replies.ts.)
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export function listOrphanedPostVariants(db: Kysely<Database>, scheduledBefore: number, limit = 500): Promise<Array<{ id: string; scheduled_at: number | null }>> {
  return db.selectFrom('post_variants')
    .innerJoin('posts', 'posts.id', 'post_variants.post_id')
    .select(['post_variants.id', 'posts.scheduled_at'])
    .where('posts.status', '=', 'scheduled').where('posts.scheduled_at', '<', scheduledBefore)
    .where('post_variants.state', '=', 'pending')
    .limit(limit).execute();
}
