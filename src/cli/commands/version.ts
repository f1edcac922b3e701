import type { Command } from 'commander';
import { packageVersion } from '../../version.js';
import { printJson } from '../shared.js';

export function registerVersionCommand(program: Command): void {
  program.command('version')
    .description('print the version of Sapa')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      if (options.json === true) printJson({ version: packageVersion, node: process.version });
      else process.stdout.write(`sapa ${packageVersion} (node ${process.version})\n`);
    });
}
