// `sapa bench ingest`: N synthetic events through the whole pipeline, as the server takes them —
// accepted through the group-committing intake (acceptInbound) by `concurrency` deliveries in
// flight at once, each acknowledged only once its commit holds it; then deduplicated, threaded,
// analysed (on the analysis worker thread, as the server does), stored and indexed by the
// inbound processor, in batches that run while acceptance goes on. The clock stops when every
// event is processed, and every unique event must then be exactly one message. On SQLite (a
// throwaway file) or PostgreSQL (a throwaway schema); beside it, on SQLite, the raw insert rate
// of the same rows with one row per transaction and the same connection settings
// (tuneSqliteConnection: WAL, synchronous=NORMAL, page cache).
import SQLite from 'better-sqlite3';
import { acceptInbound } from '../domain/inbound-intake.js';
import { createInboundProcessor } from '../domain/inbound-processor.js';
import { createUnderstandPool } from '../domain/understand-pool.js';
import { understandMessage } from '../domain/understand.js';
import { LocalEventBus } from '../realtime/bus.js';
import { tuneSqliteConnection } from '../store/database.js';
import { insertChannel } from '../store/repositories/channels.js';
import { countAllMessages, findOrCreateConversation, upsertContact } from '../store/repositories/ingest.js';
import { countInboundEvents } from '../store/repositories/inbound-queue.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { newId } from '../store/ids.js';
import { openBenchTarget } from './ingest-target.js';
import { syntheticEvents } from './synthetic-events.js';
import { openTempStore } from './temp-store.js';
import { mainThreadCpuMs } from './thread-cpu.js';
import { loadavg } from 'node:os';

export interface IngestBenchOptions {
  events: number;
  /** Deliveries in flight at once (webhook connections): each waits for its acknowledgement. */
  concurrency?: number;
  /** Run on this PostgreSQL server (a throwaway schema) instead of a throwaway SQLite file. */
  postgresUrl?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestBenchResult {
  events: number;
  duplicates: number;
  concurrency: number;
  database: 'sqlite' | 'postgres';
  /** Until the last delivery was acknowledged (durably queued). */
  acceptSeconds: number;
  acceptedPerSecond: number;
  /** Until every event was processed: the whole pipeline. */
  seconds: number;
  eventsPerSecond: number;
  /** CPU time of this process (main thread and analysis worker) per 1,000 events: steadier than the rate on a busy machine. */
  cpuMsPerThousand: number;
  /** The main thread's share of it (accepting and writing; Linux only): what bounds the rate. */
  mainThreadCpuMsPerThousand: number | null;
  /** The 1-minute load average when the run ended: the wall figures mean little on a busy machine. */
  loadAverage: number;
  /** SQLite only: one-row transactions of the same rows. */
  rawInsertsPerSecond: number | null;
  shareOfRaw: number | null;
}

export async function rawInsertRate(rows: Array<{ text: string; sentAt: number; networkMessageId: string }>): Promise<number> {
  const temp = await openTempStore('raw');
  const { db } = temp.store;
  const workspace = await insertWorkspace(db, { name: 'Raw' });
  const channel = await insertChannel(db, { workspaceId: workspace.id, network: 'instagram', handle: 'raw', displayName: 'Raw' });
  // The conversation the raw inserts go to, made through the ingest repository like any other.
  const contact = await upsertContact(db, { workspaceId: workspace.id, channelId: channel.id, networkUserId: 'raw', handle: 'raw', displayName: 'Raw', seenAt: 0 });
  const { id: conversationId } = await findOrCreateConversation(db, {
    workspaceId: workspace.id, channelId: channel.id, kind: 'thread', threadKey: 'raw', rootPostNetworkId: null, rootPostText: null, contactId: contact.id, at: 0,
  });
  await temp.store.close();
  const connection = new SQLite(temp.file);
  tuneSqliteConnection(connection);
  const insert = connection.prepare(`insert into messages (id, workspace_id, conversation_id, channel_id, direction, kind, network_message_id,
    text, sent_at, received_at, analysis, delivery_state, history) values (?, ?, ?, ?, 'inbound', 'comment', ?, ?, ?, ?, '{}', 'received', '[]')`);
  const insertOne = connection.transaction((row: { text: string; sentAt: number; networkMessageId: string }) => {
    insert.run(newId(), workspace.id, conversationId, channel.id, row.networkMessageId, row.text, row.sentAt, row.sentAt);
  });
  const started = process.hrtime.bigint();
  for (const row of rows) insertOne(row);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  connection.close();
  await temp.dispose().catch(() => undefined);
  return rows.length / seconds;
}

export async function benchIngest(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const { events: count, concurrency = 8, onProgress = () => undefined } = options;
  const start = Date.now() - count * 50;
  const unique = syntheticEvents(count, start);
  // Webhooks redeliver: 3% of events arrive a second time.
  const duplicates = unique.filter((_, index) => index % 33 === 0);
  const events = [...unique];
  for (const [offset, duplicate] of duplicates.entries()) events.splice(Math.min(events.length, (offset + 1) * 33 + 5), 0, { ...duplicate });

  const target = await openBenchTarget(options.postgresUrl);
  const { db } = target.store;
  const pool = createUnderstandPool(understandMessage);
  const bus = new LocalEventBus();
  const failures: unknown[] = [];
  let stored: number;
  let waiting: number;
  let timing: { acceptSeconds: number; seconds: number; cpuMs: number; mainCpuMs: number | null };
  try {
    const workspace = await insertWorkspace(db, { name: 'Bench' });
    const channel = await insertChannel(db, { workspaceId: workspace.id, network: 'instagram', handle: 'bench', displayName: 'Bench' });
    const deps = { db, events: bus, understand: understandMessage, understandMany: pool.understandMany };
    understandMessage('warm up the models');
    await pool.understandMany(Array.from({ length: 8 }, () => 'warm up the worker'));
    // As the worker role does (inbound-processing.ts): woken by every accepted delivery.
    const processor = createInboundProcessor(deps, { onError: (error) => failures.push(error), onFailure: (failure) => failures.push(failure.error) });
    const unsubscribe = bus.onInbound(() => processor.kick());

    const cpuBefore = process.cpuUsage();
    const mainCpuBefore = mainThreadCpuMs();
    const started = process.hrtime.bigint();
    let next = 0;
    let acknowledged = 0;
    const deliver = async (): Promise<void> => {
      for (let index = next++; index < events.length; index = next++) {
        const event = events[index];
        if (event === undefined) continue;
        await acceptInbound({ store: target.store, events: bus }, channel, [event]);
        acknowledged += 1;
        if (acknowledged % 1000 === 0) onProgress(acknowledged, events.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, deliver));
    const acceptSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    await processor.idle();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const mainCpuAfter = mainThreadCpuMs();
    unsubscribe();
    processor.stop();
    onProgress(events.length, events.length);
    timing = { acceptSeconds, seconds, cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs: mainCpuBefore === null || mainCpuAfter === null ? null : mainCpuAfter - mainCpuBefore };
    stored = await countAllMessages(db);
    waiting = (await countInboundEvents(db)).waiting;
  } finally {
    await pool.close();
    await target.dispose();
  }
  if (failures.length > 0) throw failures[0] instanceof Error ? failures[0] : new Error('ingest failed');
  // A benchmark that lost or doubled events would measure nothing: every unique event must be one message.
  if (stored !== unique.length || waiting !== 0) throw new Error(`ingest stored ${stored} messages for ${unique.length} unique events (${waiting} still queued)`);

  const rawInsertsPerSecond = target.database === 'sqlite'
    ? await rawInsertRate(events.map((event) => ({ text: event.text, sentAt: event.sentAt, networkMessageId: event.networkMessageId + Math.random() })))
    : null;
  const eventsPerSecond = events.length / timing.seconds;
  return {
    events: events.length, duplicates: duplicates.length, concurrency, database: target.database,
    acceptSeconds: Math.round(timing.acceptSeconds * 1000) / 1000, acceptedPerSecond: Math.round(events.length / timing.acceptSeconds),
    seconds: Math.round(timing.seconds * 1000) / 1000, eventsPerSecond: Math.round(eventsPerSecond),
    cpuMsPerThousand: Math.round((timing.cpuMs / events.length) * 1000),
    mainThreadCpuMsPerThousand: timing.mainCpuMs === null ? null : Math.round((timing.mainCpuMs / events.length) * 1000),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    rawInsertsPerSecond: rawInsertsPerSecond === null ? null : Math.round(rawInsertsPerSecond),
    shareOfRaw: rawInsertsPerSecond === null ? null : Math.round((eventsPerSecond / rawInsertsPerSecond) * 1000) / 1000,
  };
}
