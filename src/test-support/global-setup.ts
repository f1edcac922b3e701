// vitest globalSetup (vitest.config.ts): compiles the sources test children run, once per run,
// and hands the folder to the test files through provide/inject (see ./child-command.ts).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildChildSources } from './child-build.js';

// The `childBuildRoot` it provides is declared in ./child-command.ts, beside its reader.

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject): Promise<() => void> {
  const buildRoot = await buildChildSources(repositoryRoot);
  project.provide('childBuildRoot', buildRoot);
  return () => rmSync(buildRoot, { recursive: true, force: true });
}
