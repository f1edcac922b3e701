// Entry of the `sapa` command. Each sub-command lives in ./commands and registers itself;
// machine-readable output goes to stdout only, progress and logs to stderr.
import { Command } from 'commander';
import { packageVersion } from '../version.js';

/**
 * The program with the commands this run needs: a run that names its command loads only that
 * command's module (./commands/index.ts), so `sapa analyze`, a pipeline tool whose start-up is
 * part of every run, does not load the web server, database drivers and job queues.
 */
export async function buildProgram(commandName?: string): Promise<Command> {
  const program = new Command('sapa')
    .description('Sapa — the Social Media Officer workspace: one inbox, honest content, follower emotion.')
    .version(packageVersion, '-v, --version')
    .showHelpAfterError();
  const { commandRegistrationsFor } = await import('./commands/index.js');
  for (const register of await commandRegistrationsFor(commandName)) register(program);
  return program;
}

await (await buildProgram(process.argv[2])).parseAsync(process.argv);
