// `sapa inbound`: the queue of accepted follower events, for operators — how many wait, which
// were set aside after failing (and why), and putting them back once the cause is fixed.
import type { Command } from 'commander';
import { openStore, type Store } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { countInboundEvents, requeueInboundEvents, setAsideInboundEvents } from '../../store/repositories/inbound-queue.js';
import { loadConfigOrExit, printJson } from '../shared.js';

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(loadConfigOrExit().database);
  try {
    await migrateToLatest(store);
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerInboundCommand(program: Command): void {
  const inbound = program.command('inbound').description('the queue of accepted follower events: status, set-aside events, requeue');

  inbound.command('status')
    .description('how many events wait, and the events set aside after failing')
    .option('--limit <n>', 'set-aside events to list', '20')
    .option('--json', 'machine-readable output')
    .action(async (options: { limit: string; json?: boolean }) => {
      const limit = Number.parseInt(options.limit, 10);
      if (!Number.isInteger(limit) || limit < 0 || limit > 10_000) {
        process.stderr.write('sapa inbound status: --limit must be a whole number from 0 to 10000\n');
        process.exitCode = 2;
        return;
      }
      await withStore(async ({ db }) => {
        const counts = await countInboundEvents(db);
        const setAside = (await setAsideInboundEvents(db, limit)).map((row) => ({
          seq: row.seq, channelId: row.channel_id, networkMessageId: row.network_message_id, attempts: row.attempts,
          lastError: row.last_error, failedAt: row.failed_at === null ? null : new Date(row.failed_at).toISOString(),
        }));
        if (options.json === true) { printJson({ ...counts, setAsideEvents: setAside }); return; }
        process.stderr.write(`${counts.waiting} waiting, ${counts.setAside} set aside\n`);
        for (const event of setAside) process.stderr.write(`  #${event.seq}  ${event.failedAt ?? ''}  ${event.attempts} attempts  ${event.lastError ?? ''}\n`);
      });
    });

  inbound.command('requeue')
    .description('put set-aside events back in the queue (all, or the numbers given)')
    .argument('[seqs...]', 'event numbers from `sapa inbound status`')
    .option('--json', 'machine-readable output')
    .action(async (seqs: string[], options: { json?: boolean }) => {
      const numbers = seqs.map((seq) => Number(seq.replace(/^#/, '')));
      if (numbers.some((seq) => !Number.isSafeInteger(seq) || seq < 1)) {
        process.stderr.write('sapa inbound requeue: give event numbers as `sapa inbound status` lists them (e.g. 42)\n');
        process.exitCode = 2;
        return;
      }
      await withStore(async ({ db }) => {
        const requeued = await requeueInboundEvents(db, numbers.length === 0 ? undefined : numbers);
        if (options.json === true) printJson({ requeued });
        else process.stderr.write(`${requeued} event(s) back in the queue; a running Sapa processes them within a minute.\n`);
      });
    });
}
