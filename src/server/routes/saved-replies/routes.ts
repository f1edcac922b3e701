// Saved replies with variables ({nama}, {produk}, {nomor_pesanan}) in both languages.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { newId } from '../../../store/ids.js';
import { deleteSavedReply, insertSavedReplies, listSavedReplies, updateSavedReply } from '../../../store/repositories/saved-replies.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { OneOf } from '../../schema-helpers.js';
import { Id, WorkspaceParams } from '../workspaces/schema.js';

const SavedReply = Type.Object({ id: Type.String(), title: Type.String(), language: OneOf(['id', 'en']), text: Type.String(), updatedAt: Type.String() });
const SavedReplyBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 120 }),
  language: OneOf(['id', 'en']),
  text: Type.String({ minLength: 1, maxLength: 5000 }),
}, { additionalProperties: false });
const ItemParams = Type.Object({ workspaceId: Id, savedReplyId: Id });

export const savedReplyRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const present = (row: { id: string; title: string; language: 'id' | 'en'; text: string; updated_at: number }) =>
    ({ id: row.id, title: row.title, language: row.language, text: row.text, updatedAt: new Date(row.updated_at).toISOString() });

  app.get('/api/workspaces/:workspaceId/saved-replies', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['saved replies'], summary: 'Saved replies of the workspace', params: WorkspaceParams, response: { 200: Type.Object({ items: Type.Array(SavedReply) }) } },
  }, async (request) => ({
    items: (await listSavedReplies(db, request.params.workspaceId)).map(present),
  }));

  app.post('/api/workspaces/:workspaceId/saved-replies', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['saved replies'], summary: 'Create a saved reply', params: WorkspaceParams, body: SavedReplyBody, response: { 201: SavedReply } },
  }, async (request, reply) => {
    const now = Date.now();
    const row = { id: newId(now), workspace_id: request.params.workspaceId, ...request.body, created_by: request.auth?.userId ?? null, created_at: now, updated_at: now };
    await insertSavedReplies(db, [row]);
    return reply.code(201).send(present(row));
  });

  app.put('/api/workspaces/:workspaceId/saved-replies/:savedReplyId', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['saved replies'], summary: 'Change a saved reply', params: ItemParams, body: SavedReplyBody, response: { 200: SavedReply, 404: ErrorResponse } },
  }, async (request, reply) => {
    const now = Date.now();
    const updated = await updateSavedReply(db, request.params.workspaceId, request.params.savedReplyId, request.body, now);
    if (!updated) return sendError(reply, 404, 'Saved reply not found.', 'saved_reply.not_found');
    return present({ id: request.params.savedReplyId, ...request.body, updated_at: now });
  });

  app.delete('/api/workspaces/:workspaceId/saved-replies/:savedReplyId', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['saved replies'], summary: 'Delete a saved reply', params: ItemParams, response: { 204: { type: 'null' }, 404: ErrorResponse } },
  }, async (request, reply) => {
    const deleted = await deleteSavedReply(db, request.params.workspaceId, request.params.savedReplyId);
    if (!deleted) return sendError(reply, 404, 'Saved reply not found.', 'saved_reply.not_found');
    return reply.code(204).send(null);
  });
};
