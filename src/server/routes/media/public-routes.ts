// The one unauthenticated way to an image: a signed, expiring link (src/media/public-link.ts)
// that Sapa hands to networks fetching images by URL while publishing (Instagram, Facebook).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { verifyMediaLink } from '../../../media/public-link.js';
import { findMediaById } from '../../../store/repositories/media.js';
import { publicAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { sendImage } from './routes.js';
import { PublicMediaParams, PublicMediaQuery } from './schema.js';

export const publicMediaRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/public/media/:mediaId', {
    // The query carries the signature: not logged line by line.
    logLevel: 'warn',
    config: { access: publicAccess },
    schema: {
      tags: ['media'], summary: 'An image behind a signed link that expires (for networks that fetch images by URL); 403 when the signature is wrong or expired',
      params: PublicMediaParams, querystring: PublicMediaQuery, produces: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
      response: { 403: ErrorResponse, 404: ErrorResponse },
    },
  }, async (request, reply) => {
    const { mediaId } = request.params;
    const check = verifyMediaLink({ secretKey: context.config.secretKey, mediaId, ...request.query });
    if (check !== 'valid') return sendError(reply, 403, check === 'expired' ? 'This image link has expired.' : 'This image link is not valid.');
    const row = await findMediaById(context.store.db, mediaId);
    const blob = row === undefined ? null : await context.blobs.get(row.blob_key);
    if (row === undefined || blob === null) return sendError(reply, 404, 'Image not found.', 'media.not_found');
    return sendImage(reply, row.content_type, blob.bytes, 'private, max-age=300');
  });
};
