// Drafts: what an officer writes in Compose before it is scheduled. A draft's channel choice
// is kept as pending variants, so scheduling only has to freeze what is already there.
import type { Kysely } from 'kysely';
import { listChannels } from '../store/repositories/channels.js';
import { deleteDraftRow, findPostRow, insertPost, listPostRows, listVariantsOf, replaceVariants, updateDraftRow, type PostListFilter, type PostVariantView } from '../store/repositories/posts.js';
import type { Database } from '../store/schema.js';
import { DomainError } from './errors.js';
import { inTransaction } from '../store/transaction.js';
import { reopenAfterEdit } from './planning/approval-policy.js';
import { loadPostContent, saveVariantContent, type PostContent, type VariantInput } from './post-variants.js';

export type PostRow = NonNullable<Awaited<ReturnType<typeof findPostRow>>>;
export type PostStatus = PostRow['status'];

export interface PostWithVariants {
  post: PostRow;
  variants: PostVariantView[];
  /** Images, per-channel overrides, threads and limit problems (the composer). */
  content?: PostContent;
}

export interface DraftInput {
  workspaceId: string;
  userId: string | null;
  text: string;
  channelIds: string[];
  paid: boolean;
  /** Images every variant carries unless it chooses its own. */
  mediaIds?: string[];
  /** Per-channel overrides; a channel without one inherits the post. */
  variants?: VariantInput[];
}

const saveContent = (trx: Parameters<typeof saveVariantContent>[0], postId: string, input: DraftInput, channelIds: string[]) =>
  saveVariantContent(trx, { workspaceId: input.workspaceId, postId, text: input.text, channelIds, mediaIds: input.mediaIds ?? [], variants: input.variants ?? [] });

/** Unique channel ids, each one a channel of this workspace (400 names the stranger). */
async function workspaceChannelIds(db: Kysely<Database>, workspaceId: string, channelIds: string[]): Promise<string[]> {
  const unique = [...new Set(channelIds)];
  const known = new Set((await listChannels(db, workspaceId)).map((channel) => channel.id));
  const stranger = unique.find((id) => !known.has(id));
  if (stranger !== undefined) throw new DomainError('invalid_input', `channelIds: ${stranger} is not a channel of this workspace`);
  return unique;
}

function withContent(contents: Map<string, PostContent>, postId: string): { content?: PostContent } {
  const content = contents.get(postId);
  return content === undefined ? {} : { content };
}

export async function getPost(db: Kysely<Database>, workspaceId: string, postId: string): Promise<PostWithVariants> {
  const post = await findPostRow(db, workspaceId, postId);
  if (post === undefined) throw new DomainError('not_found', 'Post not found.', 'post.not_found');
  const variants = await listVariantsOf(db, [postId]);
  return { post, variants, ...withContent(await loadPostContent(db, workspaceId, [postId], variants), postId) };
}

export async function listPosts(db: Kysely<Database>, workspaceId: string, options: PostListFilter): Promise<PostWithVariants[]> {
  const posts = await listPostRows(db, workspaceId, options);
  const variants = await listVariantsOf(db, posts.map((post) => post.id));
  const contents = await loadPostContent(db, workspaceId, posts.map((post) => post.id), variants);
  return posts.map((post) => ({ post, variants: variants.filter((variant) => variant.post_id === post.id), ...withContent(contents, post.id) }));
}

export async function createDraft(db: Kysely<Database>, input: DraftInput, now = Date.now()): Promise<PostWithVariants> {
  const channelIds = await workspaceChannelIds(db, input.workspaceId, input.channelIds);
  const id = await inTransaction(db, async (trx) => {
    const postId = await insertPost(trx, { ...input, channelIds }, now);
    await saveContent(trx, postId, input, channelIds);
    return postId;
  });
  return getPost(db, input.workspaceId, id);
}

export async function updateDraft(db: Kysely<Database>, postId: string, input: DraftInput, now = Date.now()): Promise<PostWithVariants> {
  const channelIds = await workspaceChannelIds(db, input.workspaceId, input.channelIds);
  const updated = await inTransaction(db, async (trx) => {
    if (!(await updateDraftRow(trx, input.workspaceId, postId, { text: input.text, paid: input.paid }, now))) return false;
    await replaceVariants(trx, postId, channelIds, input.text, now);
    await reopenAfterEdit(trx, { workspaceId: input.workspaceId, postId, userId: input.userId }, now);
    await saveContent(trx, postId, input, channelIds);
    return true;
  });
  if (!updated) {
    await getPost(db, input.workspaceId, postId);
    throw new DomainError('conflict', 'Only a draft can be edited: unschedule the post first.', 'post.not_draft');
  }
  return getPost(db, input.workspaceId, postId);
}

export async function deleteDraft(db: Kysely<Database>, workspaceId: string, postId: string): Promise<void> {
  if (await deleteDraftRow(db, workspaceId, postId)) return;
  await getPost(db, workspaceId, postId);
  throw new DomainError('conflict', 'Only a draft can be deleted: unschedule the post first.', 'post.not_draft');
}
