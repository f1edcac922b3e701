import { Type } from '@fastify/type-provider-typebox';
import type { MediaRow } from '../../../store/repositories/media.js';
import { Id } from '../workspaces/schema.js';

export const MediaSchema = Type.Object({
  id: Type.String(),
  contentType: Type.String({ description: 'Read from the bytes: image/jpeg, image/png, image/gif or image/webp' }),
  bytes: Type.Integer(),
  width: Type.Integer(),
  height: Type.Integer(),
  altText: Type.String(),
  url: Type.String({ description: 'Where the signed-in app reads the bytes: /api/workspaces/<ws>/media/<id>/content' }),
});
export const MediaResponse = Type.Object({ media: MediaSchema });
export const MediaParams = Type.Object({ workspaceId: Id, mediaId: Id });
export const AltText = Type.String({ maxLength: 2000 });
export const UploadQuery = Type.Object({ alt: Type.Optional(AltText) }, { additionalProperties: false });
export const AltBody = Type.Object({ altText: AltText }, { additionalProperties: false });
export const PublicMediaParams = Type.Object({ mediaId: Id });
export const PublicMediaQuery = Type.Object({
  expires: Type.String({ pattern: '^[0-9]{1,12}$', description: 'Epoch seconds' }),
  signature: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'HMAC-SHA256, hex' }),
});

export function presentMedia(row: MediaRow) {
  return {
    id: row.id, contentType: row.content_type, bytes: row.bytes, width: row.width, height: row.height, altText: row.alt_text,
    url: `/api/workspaces/${row.workspace_id}/media/${row.id}/content`,
  };
}
