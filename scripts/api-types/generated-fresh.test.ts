// The web app's API types are generated; this fails when a route schema changed and
// `npm run gen:api-types` was not run, so the web cannot drift from the server again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.js';
import { generatedTypesPath, renderApiTypes } from './render.js';

describe('generated web API types', () => {
  it('match the OpenAPI document of the current routes (run `npm run gen:api-types` if not)', async () => {
    const fresh = await renderApiTypes(await buildOpenApiDocument());
    const committed = readFileSync(generatedTypesPath, 'utf8');
    // Comparing lengths first keeps the failure message short when the file is far off.
    expect(committed.length, 'web/src/api/generated.ts is stale: run `npm run gen:api-types`').toBe(fresh.length);
    expect(committed === fresh, 'web/src/api/generated.ts is stale: run `npm run gen:api-types`').toBe(true);
  });
});
