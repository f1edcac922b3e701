// npm run gen:api-types — writes web/src/api/generated.ts from the app's OpenAPI document.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './api-types/openapi-document.js';
import { generatedTypesPath, renderApiTypes } from './api-types/render.js';

const text = await renderApiTypes(await buildOpenApiDocument());
writeFileSync(generatedTypesPath, text);
console.log(`wrote ${generatedTypesPath} (${text.split('\n').length} lines)`);
