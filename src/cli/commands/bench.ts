import type { Command } from 'commander';
import { benchInbox } from '../../bench/inbox.js';
import { benchIngest } from '../../bench/ingest.js';
import { benchInsights } from '../../bench/insights.js';
import { benchScheduler } from '../../bench/scheduler.js';
import { benchWebhook } from '../../bench/webhook.js';
import { createProgressReporter } from '../progress.js';
import { fail, printJson } from '../shared.js';

function positiveInteger(raw: string, flag: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) fail(`${flag}: expected a positive integer, got "${raw}"`, 2);
  return value;
}

export function registerBenchCommand(program: Command): void {
  const bench = program.command('bench').description('benchmarks that print their figures (one JSON object with --json)');

  bench.command('ingest')
    .description('events/s through the whole ingest pipeline (accepted by concurrent deliveries, then processed), on SQLite or PostgreSQL')
    .option('--events <n>', 'number of events', '20000')
    .option('--concurrency <n>', 'deliveries in flight at once, each acknowledged after its commit', '8')
    .option('--postgres <url>', 'run on this PostgreSQL server (a throwaway schema) instead of a throwaway SQLite file')
    .option('--json', 'print one JSON object')
    .action(async (options: { events: string; concurrency: string; postgres?: string; json?: boolean }) => {
      const progress = createProgressReporter('Ingesting');
      const result = await benchIngest({
        events: positiveInteger(options.events, '--events'),
        concurrency: positiveInteger(options.concurrency, '--concurrency'),
        ...(options.postgres === undefined ? {} : { postgresUrl: options.postgres }),
        onProgress: progress.update,
      });
      progress.done();
      if (options.json === true) printJson(result);
      else {
        const mainThread = result.mainThreadCpuMsPerThousand === null ? '' : ` (${result.mainThreadCpuMsPerThousand} on the main thread)`;
        const raw = result.rawInsertsPerSecond === null ? '' : `; raw inserts ${result.rawInsertsPerSecond}/s (${Math.round((result.shareOfRaw ?? 0) * 100)}% of raw)`;
        process.stdout.write(`${result.events} events on ${result.database}, ${result.concurrency} in flight: accepted in ${result.acceptSeconds} s (${result.acceptedPerSecond}/s), `
          + `all processed in ${result.seconds} s: ${result.eventsPerSecond} events/s through the pipeline, ${result.cpuMsPerThousand} ms CPU per 1,000 events${mainThread}${raw}; load average ${result.loadAverage}\n`);
      }
    });

  bench.command('inbox')
    .description('latency of the inbox list query over N stored messages on SQLite')
    .option('--messages <n>', 'number of stored messages', '100000')
    .option('--json', 'print one JSON object')
    .action(async (options: { messages: string; json?: boolean }) => {
      const progress = createProgressReporter('Storing messages');
      const result = await benchInbox(positiveInteger(options.messages, '--messages'), progress.update);
      progress.done();
      if (options.json === true) printJson(result);
      else process.stdout.write(`${result.messages} messages, ${result.conversations} conversations: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms\n`);
    });

  bench.command('insights')
    .description('p50/p95 of every Insights dashboard query over N stored messages on SQLite, after the rollup job caught up')
    .option('--messages <n>', 'number of stored messages', '100000')
    .option('--json', 'print one JSON object')
    .action(async (options: { messages: string; json?: boolean }) => {
      const progress = createProgressReporter('Storing messages');
      const result = await benchInsights(positiveInteger(options.messages, '--messages'), progress.update);
      progress.done();
      if (options.json === true) printJson(result);
      else {
        process.stdout.write(`${result.messages} messages; rollup ${result.rollup.messagesPerSecond} messages/s\n`);
        for (const [name, timing] of Object.entries(result.queries)) process.stdout.write(`${name}: p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms\n`);
      }
    });

  bench.command('webhook')
    .description('signed Meta webhook deliveries from a second process into a running Sapa on SQLite: events/s, ack p50/p99, then lost and duplicated in the inbox')
    .option('--events <n>', 'number of deliveries (5% of them redeliveries)', '20000')
    .option('--connections <n>', 'concurrent keep-alive connections of the sender', '8')
    .option('--json', 'print one JSON object')
    .action(async (options: { events: string; connections: string; json?: boolean }) => {
      const progress = createProgressReporter('Delivering');
      const result = await benchWebhook(positiveInteger(options.events, '--events'), { connections: positiveInteger(options.connections, '--connections') }, progress.update);
      progress.done();
      if (options.json === true) printJson(result);
      else process.stdout.write(`${result.events} deliveries over ${result.connections} connections: ${result.eventsPerSecond} events/s acknowledged, ack p50 ${result.ackP50Ms} ms, p99 ${result.ackP99Ms} ms; inbox: ${result.lost} lost, ${result.duplicated} duplicated; processed ${result.processedPerSecond} events/s; raw inserts ${result.rawInsertsPerSecond}/s (${Math.round(result.shareOfRaw * 100)}% of raw)\n`);
    });

  bench.command('scheduler')
    .description('N posts due within one minute, published by the worker to a simulated network (rate limits off): lateness p50/p95, duplicates, missed')
    .option('--posts <n>', 'number of posts', '10000')
    .option('--postgres <url>', 'run on this PostgreSQL server (a throwaway schema) instead of a throwaway SQLite file')
    .option('--redis <url>', 'run the jobs on BullMQ on this Redis server (a throwaway key prefix) instead of the database queue')
    .option('--workers <n>', 'worker processes (1 runs the worker in this process)', '1')
    .option('--json', 'print one JSON object')
    .action(async (options: { posts: string; postgres?: string; redis?: string; workers: string; json?: boolean }) => {
      const progress = createProgressReporter('Scheduling');
      const result = await benchScheduler({
        posts: positiveInteger(options.posts, '--posts'),
        workers: positiveInteger(options.workers, '--workers'),
        ...(options.postgres === undefined ? {} : { postgresUrl: options.postgres }),
        ...(options.redis === undefined ? {} : { redisUrl: options.redis }),
        onProgress: progress.update,
      });
      progress.done();
      if (options.json === true) printJson(result);
      else process.stdout.write(`${result.posts} posts due within ${result.spreadMs / 1000} s on ${result.database} with the ${result.queue} queue and ${result.workers} worker process(es): lateness p50 ${result.latenessP50Ms} ms, p95 ${result.latenessP95Ms} ms, max ${result.latenessMaxMs} ms; ${result.duplicates} duplicates, ${result.missed} missed\n`);
    });
}
