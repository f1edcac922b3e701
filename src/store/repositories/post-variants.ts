// What each channel's variant of a post says beyond the shared text: its own text (or none, to
// inherit), its thread parts and images; and the delivery state of each published thread part.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { newId } from '../ids.js';

type Executor = Kysely<Database> | Transaction<Database>;
type PartState = Database['post_thread_parts']['state'];

export interface VariantContentRow {
  channelId: string;
  /** The effective text (override or the post's). */
  text: string;
  overrideText: string | null;
  threadParts: readonly string[];
  /** null: the post's images. */
  mediaIds: readonly string[] | null;
}

const json = (value: readonly string[] | null): string | null => (value === null ? null : JSON.stringify(value));

export function parseIds(value: string | null): string[] | null {
  if (value === null) return null;
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : null;
}

export async function setPostMedia(db: Executor, postId: string, mediaIds: readonly string[]): Promise<void> {
  await db.updateTable('posts').set({ media_ids: mediaIds.length === 0 ? null : JSON.stringify(mediaIds) }).where('id', '=', postId).execute();
}

/** Writes each channel's content onto the variant rows the draft already has. */
export async function applyVariantContent(db: Executor, postId: string, rows: readonly VariantContentRow[]): Promise<void> {
  for (const row of rows) {
    await db.updateTable('post_variants').set({
      text: row.text, override_text: row.overrideText, thread_parts: row.threadParts.length === 0 ? null : JSON.stringify(row.threadParts), media_ids: json(row.mediaIds),
    }).where('post_id', '=', postId).where('channel_id', '=', row.channelId).execute();
  }
}

export function listVariantContent(db: Executor, postIds: readonly string[]) {
  if (postIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('post_variants').innerJoin('posts', 'posts.id', 'post_variants.post_id')
    .select(['post_variants.id', 'post_variants.post_id', 'post_variants.override_text', 'post_variants.thread_parts', 'post_variants.media_ids', 'posts.media_ids as post_media_ids'])
    .where('post_variants.post_id', 'in', [...postIds]).execute();
}

export function findPostMediaIds(db: Executor, postId: string) {
  return db.selectFrom('posts').select('media_ids').where('id', '=', postId).executeTakeFirst();
}

/** The thread part rows of a variant, created the first time publishing reaches them (idempotent). */
export async function ensureThreadParts(db: Executor, variantId: string, keyPrefix: string, texts: readonly string[], now: number) {
  const existing = await listThreadParts(db, variantId);
  const missing = texts.map((text, index) => ({ text, position: index + 1 })).filter((part) => !existing.some((row) => row.position === part.position));
  if (missing.length > 0) {
    await db.insertInto('post_thread_parts').values(missing.map((part) => ({
      id: newId(now), variant_id: variantId, position: part.position, text: part.text, state: 'pending' as const,
      idempotency_key: `${keyPrefix}-part-${part.position}`, network_post_id: null, network_url: null, error: null, sent_at: null,
    }))).onConflict((oc) => oc.doNothing()).execute();
  }
  return listThreadParts(db, variantId);
}

export function listThreadParts(db: Executor, variantId: string) {
  return db.selectFrom('post_thread_parts').selectAll().where('variant_id', '=', variantId).orderBy('position').execute();
}

export function listThreadPartsOf(db: Executor, variantIds: readonly string[]) {
  if (variantIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('post_thread_parts').selectAll().where('variant_id', 'in', [...variantIds]).orderBy('position').execute();
}

export async function transitionThreadPart(
  db: Executor, id: string, from: PartState[], to: PartState,
  changes: { network_post_id?: string; error?: string | null; sent_at?: number; network_url?: string | null } = {},
): Promise<boolean> {
  const result = await db.updateTable('post_thread_parts').set({ state: to, ...changes }).where('id', '=', id).where('state', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
