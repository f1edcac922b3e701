import { readFileSync } from 'node:fs';

// Read once from package.json so `sapa version`, /api/health and the UI agree.
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const packageVersion: string = packageJson.version;
