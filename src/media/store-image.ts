// Taking an image into a workspace: what the bytes really are is read from the bytes, the blob
// goes into the blob store first and the row second, so a row never points at missing bytes
// (a crash between the two leaves only an orphan blob, which costs disk, not correctness).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../domain/errors.js';
import type { Database } from '../store/schema.js';
import { insertMedia, type MediaRow } from '../store/repositories/media.js';
import type { BlobStore } from './blob-store.js';
import { inspectImage } from './inspect.js';

/** The largest upload any network takes (Mastodon's 16 MB); each network's own cap is checked per variant. */
export const maxUploadBytes = 16 * 1024 * 1024;

export interface ImageToStore {
  workspaceId: string;
  bytes: Uint8Array;
  altText?: string;
  createdBy: string | null;
}

export async function storeImage(deps: { db: Kysely<Database>; blobs: BlobStore }, input: ImageToStore, now = Date.now()): Promise<MediaRow> {
  if (input.bytes.byteLength > maxUploadBytes) throw new DomainError('invalid_input', `the image is ${input.bytes.byteLength} bytes; at most ${maxUploadBytes} bytes are taken`);
  const image = inspectImage(input.bytes);
  if (image === null) throw new DomainError('invalid_input', 'not an image Sapa can publish: JPEG, PNG, GIF or WebP');
  const id = randomUUID();
  const row: MediaRow = {
    id,
    workspace_id: input.workspaceId,
    blob_key: `${input.workspaceId}/${id}`,
    content_type: image.contentType,
    bytes: image.bytes,
    width: image.width,
    height: image.height,
    alt_text: input.altText ?? '',
    created_by: input.createdBy,
    created_at: now,
  };
  await deps.blobs.put(row.blob_key, input.bytes, row.content_type);
  await insertMedia(deps.db, row);
  return row;
}
