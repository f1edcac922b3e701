// `sapa demo crisis`: stages a product-complaint storm in the demo workspace — complaints about
// the serum arrive on Instagram, X and Facebook over a few minutes, through the real ingest —
// so the running server's crisis radar (checked every 30 s) can be seen catching it.
import type { Command } from 'commander';
import { generateComplaintStorm } from '../../channels/simulator/complaint-storm.js';
import { isSimulatedNetwork } from '../../channels/registry.js';
import { demoWorkspaceId } from '../../demo/seed.js';
import { ingestEvent } from '../../domain/ingest.js';
import { understandMessage } from '../../domain/understand.js';
import { openRuntime } from '../../runtime.js';
import { listChannels } from '../../store/repositories/channels.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

function count(raw: string, flag: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) fail(`${flag}: expected an integer of at least ${min}, got "${raw}"`, 2);
  return value;
}

export function registerDemoCrisisCommand(demo: Command): void {
  demo.command('crisis')
    .description('stage a product-complaint storm in the demo workspace; the crisis radar of a running server catches it')
    .option('--minutes <n>', 'spread the complaints over this many minutes (0: all at once)', '5')
    .option('--count <n>', 'number of complaints', '40')
    .option('--json', 'machine-readable output')
    .action(async (options: { minutes: string; count: string; json?: boolean }) => {
      const minutes = count(options.minutes, '--minutes', 0);
      const total = count(options.count, '--count', 1);
      const runtime = await openRuntime(loadConfigOrExit());
      try {
        const channels = (await listChannels(runtime.store.db, demoWorkspaceId)).filter((channel) => channel.simulated === 1);
        if (channels.length === 0) fail('No demo workspace: start Sapa once (or run `sapa demo reset`) first.', 1);
        const start = Date.now();
        const storm = generateComplaintStorm({ start, minutes, count: total });
        const deps = { db: runtime.store.db, events: runtime.events, understand: understandMessage };
        let stored = 0;
        for (const item of storm) {
          const channel = channels.find((candidate) => isSimulatedNetwork(candidate.network) && candidate.network === item.network) ?? channels[0];
          if (channel === undefined) continue;
          // Each complaint arrives when it is sent, as a webhook would deliver it.
          const wait = item.event.sentAt - Date.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          if ((await ingestEvent(deps, channel, item.event)).status === 'stored') stored += 1;
          if (options.json !== true) process.stderr.write(`\rComplaints delivered: ${stored}/${storm.length}`);
        }
        if (options.json === true) printJson({ workspaceId: demoWorkspaceId, complaints: stored, startedAt: new Date(start).toISOString() });
        else process.stderr.write(`\nStorm staged. The crisis radar checks every 30 s: see Insights in the demo workspace.\n`);
      } finally {
        await runtime.close();
      }
    });
}
