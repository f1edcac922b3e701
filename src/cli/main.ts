// Entry of the `sapa` command. Each sub-command lives in ./commands and registers itself;
// machine-readable output goes to stdout only, progress and logs to stderr.
import { Command } from 'commander';
import { commandRegistrations } from './commands/index.js';
import { packageVersion } from '../version.js';

export function buildProgram(): Command {
  const program = new Command('sapa')
    .description('Sapa — the Social Media Officer workspace: one inbox, honest content, follower emotion.')
    .version(packageVersion, '-v, --version')
    .showHelpAfterError();
  for (const register of commandRegistrations) register(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
