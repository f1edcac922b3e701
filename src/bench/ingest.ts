// `sapa bench ingest`: N synthetic events through the whole pipeline — accepted one by one
// (one durable insert each, as before a webhook is acknowledged), then deduplicated, threaded,
// analysed (on the analysis worker thread, as the server does), stored and indexed in
// processing batches that run while acceptance goes on — on SQLite, and beside it the raw insert
// rate of the same rows into the same kind of database with the same batching as acceptance
// (one row per transaction) and the same connection settings (tuneSqliteConnection: WAL,
// synchronous=NORMAL, page cache).
import SQLite from 'better-sqlite3';
import { createInboundProcessor } from '../domain/inbound-processor.js';
import { acceptEvent } from '../domain/inbound-queue.js';
import { createUnderstandPool } from '../domain/understand-pool.js';
import { understandMessage } from '../domain/understand.js';
import { LocalEventBus } from '../realtime/bus.js';
import { tuneSqliteConnection } from '../store/database.js';
import { insertChannel } from '../store/repositories/channels.js';
import { countAllMessages, findOrCreateConversation, upsertContact } from '../store/repositories/ingest.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { newId } from '../store/ids.js';
import { syntheticEvents } from './synthetic-events.js';
import { openTempStore } from './temp-store.js';

export interface IngestBenchResult {
  events: number;
  duplicates: number;
  seconds: number;
  eventsPerSecond: number;
  rawInsertsPerSecond: number;
  shareOfRaw: number;
  database: 'sqlite';
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

export async function benchIngest(count: number, onProgress: (done: number, total: number) => void = () => undefined): Promise<IngestBenchResult> {
  const start = Date.now() - count * 50;
  const unique = syntheticEvents(count, start);
  // Webhooks redeliver: 3% of events arrive a second time.
  const duplicates = unique.filter((_, index) => index % 33 === 0);
  const events = [...unique];
  for (const [offset, duplicate] of duplicates.entries()) events.splice(Math.min(events.length, (offset + 1) * 33 + 5), 0, { ...duplicate });

  const temp = await openTempStore('ingest');
  const { db } = temp.store;
  const workspace = await insertWorkspace(db, { name: 'Bench' });
  const channel = await insertChannel(db, { workspaceId: workspace.id, network: 'instagram', handle: 'bench', displayName: 'Bench' });
  const pool = createUnderstandPool(understandMessage);
  const deps = { db, events: new LocalEventBus(), understand: understandMessage, understandMany: pool.understandMany };
  understandMessage('warm up the models');
  await pool.understandMany(Array.from({ length: 8 }, () => 'warm up the worker'));
  const failures: unknown[] = [];
  const processor = createInboundProcessor(deps, { onError: (error) => failures.push(error), onFailure: (failure) => failures.push(failure.error) });

  // As the server does: each event accepted (one durable insert) before the next arrives,
  // and the processor working through what has been accepted, in batches, meanwhile.
  const started = process.hrtime.bigint();
  for (const [index, event] of events.entries()) {
    await acceptEvent(deps, channel, event);
    processor.kick();
    // Each webhook is its own I/O callback: between them the event loop runs, and with it the
    // processor's replies from the analysis worker.
    await new Promise((resolve) => setImmediate(resolve));
    if (index % 1000 === 0) onProgress(index, events.length);
  }
  await processor.idle();
  processor.stop();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  onProgress(events.length, events.length);
  const stored = await countAllMessages(db);
  await pool.close();
  await temp.dispose();
  if (failures.length > 0) throw failures[0] instanceof Error ? failures[0] : new Error('ingest failed');
  // A benchmark that lost events would measure nothing: every unique event must be a message.
  if (stored !== unique.length) throw new Error(`ingest stored ${stored} messages for ${unique.length} unique events`);

  const rawInsertsPerSecond = await rawInsertRate(events.map((event) => ({ text: event.text, sentAt: event.sentAt, networkMessageId: event.networkMessageId + Math.random() })));
  const eventsPerSecond = events.length / seconds;
  return {
    events: events.length, duplicates: duplicates.length, seconds: Math.round(seconds * 1000) / 1000,
    eventsPerSecond: Math.round(eventsPerSecond), rawInsertsPerSecond: Math.round(rawInsertsPerSecond),
    shareOfRaw: Math.round((eventsPerSecond / rawInsertsPerSecond) * 1000) / 1000, database: 'sqlite',
  };
}
