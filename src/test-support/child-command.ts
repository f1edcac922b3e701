// The one place that says how a test starts a child process running one of our sources (the
// `sapa` CLI, a worker script): node on the copy compiled for this run by ./global-setup.ts, or
// node under tsx on the source itself when a run has no such copy (another vitest config).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

// Declared here, beside its one reader, so every program that compiles this file (the server
// build reaches it through src/channels/bluesky/test-network.ts) knows the key's type.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled mirror of the repository that test children run, or '' to run them under tsx. */
    childBuildRoot: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Node's arguments to run `source` (an absolute .ts path under src/ or scripts/); append its own. */
export function nodeArgumentsFor(source: string): string[] {
  const buildRoot = inject('childBuildRoot');
  if (!buildRoot) return ['--import', 'tsx', source];
  const relative = path.relative(repositoryRoot, source);
  if (relative.startsWith('..') || !relative.endsWith('.ts')) throw new Error(`not a source of this repository: ${source}`);
  return [path.join(buildRoot, relative.replace(/\.ts$/, '.js'))];
}

/** The `sapa` CLI's entry, for nodeArgumentsFor. */
export const cliEntrySource = path.join(repositoryRoot, 'src/cli/main.ts');
