// CSV import: a preview (each row parsed, or the reasons it cannot be) and the import itself
// (valid rows become drafts in one transaction; the same file twice returns the first import).
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { importCsv, maxImportRows, previewCsvImport } from '../../../domain/planning/csv-import.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
// 500 rows of long posts fit; the body limit of the server applies as well.
const ImportBody = Type.Object({ csv: Type.String({ minLength: 1, maxLength: 1_000_000, description: `RFC 4180 CSV, header: text, channels, time, image_url; at most ${maxImportRows} rows` }) }, { additionalProperties: false });
const RowError = Type.Object({ code: Type.String(), field: Type.String(), message: Type.String(), value: Type.Optional(Type.String()) });
const PreviewRow = Type.Object({
  row: Type.Integer(), text: Type.String(), at: Nullable(Type.String()), imageUrl: Nullable(Type.String()),
  channels: Type.Array(Type.Object({ id: Type.String(), network: Type.String(), handle: Type.String() })),
  errors: Type.Array(RowError),
});
const ResultRow = Type.Object({ row: Type.Integer(), postId: Nullable(Type.String()), errors: Type.Array(RowError) });

export const csvImportRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  app.post('/api/workspaces/:workspaceId/posts/import/preview', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Read a CSV of posts: each row as the post it would create, or its errors', params: WorkspaceParams, body: ImportBody, response: { 200: Type.Object({ rows: Type.Array(PreviewRow) }), 400: ErrorResponse, 403: ErrorResponse } },
  }, async (request) => {
    const rows = await previewCsvImport(db, { workspaceId: request.params.workspaceId, csv: request.body.csv });
    return { rows: rows.map((row) => ({ ...row, at: row.at === null ? null : new Date(row.at).toISOString() })) };
  });

  app.post('/api/workspaces/:workspaceId/posts/import', {
    config: { access: workspaceAccess('officer') },
    schema: {
      tags: ['compose'], summary: 'Import a CSV of posts: valid rows become drafts planned at their time, in one transaction', params: WorkspaceParams, body: ImportBody,
      response: { 200: Type.Object({ alreadyImported: Type.Boolean(), imported: Type.Integer(), rows: Type.Array(ResultRow) }), 400: ErrorResponse, 403: ErrorResponse },
    },
  }, async (request) => {
    const result = await importCsv({ db, blobs: context.blobs }, { workspaceId: request.params.workspaceId, userId: request.auth?.userId ?? null, csv: request.body.csv });
    return { alreadyImported: result.alreadyImported, imported: result.rows.filter((row) => row.postId !== null).length, rows: result.rows };
  });
};
