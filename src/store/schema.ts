// The row types live in ./schema/ (one file per area); this module keeps the import path
// `store/schema.js` that the rest of the code uses.
export * from './schema/index.js';
