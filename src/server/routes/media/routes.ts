// Images for posts: upload the raw bytes (type and dimensions read from them, never from the
// uploader's claim), change the alt text, and read the bytes back in the signed-in app. Every
// lookup is scoped to the workspace in the path.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { maxUploadBytes, storeImage } from '../../../media/store-image.js';
import { recordAudit } from '../../../store/repositories/audit.js';
import { findWorkspaceMedia, updateMediaAlt } from '../../../store/repositories/media.js';
import { inTransaction } from '../../../store/transaction.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { AltBody, MediaParams, MediaResponse, presentMedia, UploadQuery } from './schema.js';

/** What an upload may say it is; the bytes decide what it really is. */
export const uploadContentTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/octet-stream'] as const;

export const mediaRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  // Encapsulated: only these routes take raw image bodies, and none larger than any network takes.
  app.addContentTypeParser([...uploadContentTypes], { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));

  app.post('/api/workspaces/:workspaceId/media', {
    config: { access: workspaceAccess('officer') },
    bodyLimit: maxUploadBytes,
    schema: {
      tags: ['media'], summary: 'Upload an image (the raw bytes as the body); 400 when it is not a JPEG, PNG, GIF or WebP, 413 above 16 MB',
      consumes: [...uploadContentTypes], params: WorkspaceParams, querystring: UploadQuery,
      body: Type.Unknown({ description: 'The image bytes' }),
      response: { 201: MediaResponse, 400: ErrorResponse, 413: ErrorResponse },
    },
  }, async (request, reply) => {
    if (!Buffer.isBuffer(request.body) || request.body.byteLength === 0) return sendError(reply, 400, 'Send the image bytes as the body, with Content-Type image/jpeg, image/png, image/gif, image/webp or application/octet-stream.');
    const { workspaceId } = request.params;
    const row = await storeImage({ db, blobs: context.blobs }, { workspaceId, bytes: request.body, altText: request.query.alt ?? '', createdBy: request.auth?.userId ?? null });
    return reply.code(201).send({ media: presentMedia(row) });
  });

  app.patch('/api/workspaces/:workspaceId/media/:mediaId', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['media'], summary: 'Change an image\'s alt text', params: MediaParams, body: AltBody, response: { 200: MediaResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    const { workspaceId, mediaId } = request.params;
    const row = await inTransaction(db, async (trx) => {
      if (!(await updateMediaAlt(trx, workspaceId, mediaId, request.body.altText))) return undefined;
      await recordAudit(trx, { workspaceId, actorUserId: request.auth?.userId ?? null, action: 'media.alt_changed', targetType: 'media', targetId: mediaId });
      return findWorkspaceMedia(trx, workspaceId, mediaId);
    });
    if (row === undefined) return sendError(reply, 404, 'Image not found.', 'media.not_found');
    return { media: presentMedia(row) };
  });

  app.get('/api/workspaces/:workspaceId/media/:mediaId/content', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags: ['media'], summary: 'The image bytes, with their content type', params: MediaParams,
      produces: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'], response: { 404: ErrorResponse },
    },
  }, async (request, reply) => {
    const row = await findWorkspaceMedia(db, request.params.workspaceId, request.params.mediaId);
    const blob = row === undefined ? null : await context.blobs.get(row.blob_key);
    if (row === undefined || blob === null) return sendError(reply, 404, 'Image not found.', 'media.not_found');
    return sendImage(reply, row.content_type, blob.bytes, 'private, max-age=3600');
  });
};

/** Image bytes that a browser never runs as a page or script, whatever they contain. */
export function sendImage(reply: FastifyReply, contentType: string, bytes: Uint8Array, cacheControl: string) {
  return reply.code(200)
    .header('content-type', contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    .header('cache-control', cacheControl)
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
