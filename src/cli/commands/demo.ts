import type { Command } from 'commander';
import { demoOwner, resetDemoWorkspace } from '../../demo/seed.js';
import { openRuntime } from '../../runtime.js';
import { createProgressReporter } from '../progress.js';
import { loadConfigOrExit, printJson } from '../shared.js';
import { registerDemoCrisisCommand } from './demo-crisis.js';

export function registerDemoCommand(program: Command): void {
  const demo = program.command('demo').description('the live demo workspace');
  demo.command('reset')
    .description('delete the demo workspace and seed it again with a fresh week of history')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime(loadConfigOrExit());
      try {
        const progress = createProgressReporter('Seeding the demo workspace');
        const summary = await resetDemoWorkspace(runtime, progress.update);
        progress.done();
        if (options.json === true) printJson({ ...summary, owner: demoOwner.email });
        else process.stderr.write(`Demo workspace reset: ${summary.messages} messages in ${summary.conversations} conversations. Sign in as ${demoOwner.email} / ${demoOwner.password}\n`);
      } finally {
        await runtime.close();
      }
    });
  registerDemoCrisisCommand(demo);
}
