// Turns the OpenAPI document into the TypeScript the web app imports (web/src/api/generated.ts).
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const generatedTypesPath = 'web/src/api/generated.ts';

const header = [
  '// Generated from the server\'s OpenAPI document by `npm run gen:api-types`. Do not edit:',
  '// change the route schemas (src/server/routes/**/schema.ts) and run the script again.',
  '// scripts/api-types/generated-fresh.test.ts fails while this file is stale.',
  '',
].join('\n');

export async function renderApiTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true });
  return header + astToString(ast);
}
