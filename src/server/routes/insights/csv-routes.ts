// GET /api/workspaces/:workspaceId/insights/<table>.csv for every table on the Insights page,
// with the same date range and channel filters as the JSON routes (and `emotion` for the
// triggers). The web page downloads these; scripts can too.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import { toCsv } from '../../../insights/csv.js';
import { listChannels } from '../../../store/repositories/channels.js';
import type { RangeFilter } from '../../../store/repositories/insights-queries.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { csvTables } from './csv-tables.js';
import { CsvQuery } from './schema.js';

type Scope = (workspaceId: string, query: { from?: string | undefined; to?: string | undefined; channelId?: string | undefined }) =>
  Promise<{ filter: RangeFilter; timezone: string; range: { from: string; to: string } }>;

export const insightsCsvRoutes: FastifyPluginAsyncTypebox<{ context: AppContext; scope: Scope }> = async (app, { context, scope }) => {
  const { db } = context.store;
  for (const table of csvTables) {
    app.get(`/api/workspaces/:workspaceId/insights/${table.name}.csv`, {
      config: { access: workspaceAccess('viewer') },
      schema: {
        tags: ['insights'], summary: `CSV: ${table.summary}`,
        description: 'Same filters as the JSON routes; `lang` picks the header language (default en). UTF-8 with a byte-order mark.',
        params: WorkspaceParams, querystring: CsvQuery,
        response: { 200: { description: 'CSV (text/csv)', content: { 'text/csv': { schema: Type.String() } } }, 400: ErrorResponse },
      },
    }, async (request, reply) => {
      const { filter, timezone, range } = await scope(request.params.workspaceId, request.query);
      const names = new Map((await listChannels(db, filter.workspaceId)).map((channel) => [channel.id, channel.display_name]));
      const rows = await table.rows({
        db, filter, timezone, emotion: request.query.emotion ?? 'anger', channelName: (id) => (id === null ? '' : names.get(id) ?? id),
      });
      const language = request.query.lang === 'id' ? 1 : 0;
      const suffix = table.name === 'triggers' ? `-${request.query.emotion ?? 'anger'}` : '';
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${table.name}${suffix}-${range.from}-${range.to}.csv"`)
        // A byte-order mark so spreadsheet apps read Indonesian text and emoji as UTF-8.
        .send(`\ufeff${toCsv(table.headers.map((header) => header[language]), rows)}`);
    });
  }
};
