// Test child processes (the `sapa` CLI, small worker scripts) run compiled JavaScript, not the
// TypeScript sources under tsx: tsx resolves and transforms every module at each child's start,
// about twice the CPU of plain node, and the suite starts a few hundred children. The vitest
// globalSetup (./global-setup.ts) calls this once per run, so children always run the current
// source; ./child-command.ts turns a source path into the command to spawn.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The folders compiled; every other top-level entry (package.json, models, web, node_modules) is linked. */
const compiledFolders = ['src', 'scripts'];

function typeScriptSources(root: string, folder: string): string[] {
  const entries = readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' });
  return entries
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts') && !entry.endsWith('.d.ts'))
    .map((entry) => path.join(root, folder, entry));
}

/**
 * Compiles src/ and scripts/ file by file (no bundling) into a fresh folder that mirrors the
 * repository: links to its other top-level entries keep paths such as `../package.json` or
 * `../../models/...` (resolved from import.meta.url) pointing where they do in the sources.
 * Returns that folder; the caller removes it.
 */
export async function buildChildSources(root: string): Promise<string> {
  const scratch = path.join(root, '.tmp');
  mkdirSync(scratch, { recursive: true });
  const outdir = mkdtempSync(path.join(scratch, 'test-children-'));
  try {
    for (const entry of readdirSync(root)) {
      if (entry.startsWith('.') || compiledFolders.includes(entry)) continue;
      symlinkSync(path.join(root, entry), path.join(outdir, entry));
    }
    await build({
      entryPoints: compiledFolders.flatMap((folder) => typeScriptSources(root, folder)),
      outdir,
      outbase: root,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: path.join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
  return outdir;
}
