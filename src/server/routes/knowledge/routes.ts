// The brand's knowledge base (FAQ): the source of suggested replies.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { newId } from '../../../store/ids.js';
import { deleteKnowledgeEntry, insertKnowledgeEntries, listKnowledgeEntries } from '../../../store/repositories/saved-replies.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { OneOf } from '../../schema-helpers.js';
import { Id, WorkspaceParams } from '../workspaces/schema.js';

const Entry = Type.Object({ id: Type.String(), question: Type.String(), answer: Type.String(), language: OneOf(['id', 'en']), updatedAt: Type.String() });
const EntryBody = Type.Object({
  question: Type.String({ minLength: 3, maxLength: 500 }),
  answer: Type.String({ minLength: 1, maxLength: 5000 }),
  language: OneOf(['id', 'en']),
}, { additionalProperties: false });
const ItemParams = Type.Object({ workspaceId: Id, entryId: Id });

export const knowledgeRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const present = (row: { id: string; question: string; answer: string; language: 'id' | 'en'; updated_at: number }) =>
    ({ id: row.id, question: row.question, answer: row.answer, language: row.language, updatedAt: new Date(row.updated_at).toISOString() });

  app.get('/api/workspaces/:workspaceId/knowledge', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['knowledge base'], summary: 'FAQ entries', params: WorkspaceParams, response: { 200: Type.Object({ items: Type.Array(Entry) }) } },
  }, async (request) => ({
    items: (await listKnowledgeEntries(db, request.params.workspaceId)).map(present),
  }));

  app.post('/api/workspaces/:workspaceId/knowledge', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['knowledge base'], summary: 'Add an FAQ entry', params: WorkspaceParams, body: EntryBody, response: { 201: Entry } },
  }, async (request, reply) => {
    const now = Date.now();
    const row = { id: newId(now), workspace_id: request.params.workspaceId, ...request.body, created_at: now, updated_at: now };
    await insertKnowledgeEntries(db, [row]);
    return reply.code(201).send(present(row));
  });

  app.delete('/api/workspaces/:workspaceId/knowledge/:entryId', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['knowledge base'], summary: 'Remove an FAQ entry', params: ItemParams, response: { 204: { type: 'null' }, 404: ErrorResponse } },
  }, async (request, reply) => {
    const deleted = await deleteKnowledgeEntry(db, request.params.workspaceId, request.params.entryId);
    if (!deleted) return sendError(reply, 404, 'Entry not found.', 'knowledge.not_found');
    return reply.code(204).send(null);
  });
};
