// Duplicate a post (any state) as a new unplanned draft with the same text, paid flag and channels.
import { inTransaction } from '../../store/transaction.js';
import type { Kysely } from 'kysely';
import { copyPostAsDraft } from '../../store/repositories/calendar.js';
import { newId } from '../../store/ids.js';
import type { Database } from '../../store/schema.js';
import { DomainError } from '../errors.js';
import { getPost, type PostWithVariants } from '../posts.js';

export async function duplicatePost(db: Kysely<Database>, input: { workspaceId: string; postId: string; userId: string | null }, now = Date.now()): Promise<PostWithVariants> {
  const id = newId(now);
  const copied = await inTransaction(db, (trx) => copyPostAsDraft(trx, { ...input, newId: id, variantIds: () => newId(now) }, now));
  if (!copied) throw new DomainError('not_found', 'Post not found.', 'post.not_found');
  return getPost(db, input.workspaceId, id);
}
