// `sapa bench inbox`: latency of the inbox list query (the default view and two filtered
// views, as the API runs them, presenter included) over N stored messages on SQLite.
import SQLite from 'better-sqlite3';
import { filterFromQuery } from '../server/routes/conversations/filters.js';
import { presentConversationSummary } from '../server/routes/conversations/present.js';
import { insertChannel } from '../store/repositories/channels.js';
import { listConversations } from '../store/repositories/conversations.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { newId } from '../store/ids.js';
import { openTempStore, percentile } from './temp-store.js';

export interface InboxBenchResult {
  messages: number;
  conversations: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  views: Record<string, { p50Ms: number; p95Ms: number }>;
  database: 'sqlite';
}

const intents = ['["question"]', '["complaint"]', '["praise"]', '["purchase_intent"]', '[]', '["question","complaint"]'];
const sentiments = ['positive', 'neutral', 'negative'];

function seedRows(file: string, workspaceId: string, channelIds: string[], messages: number, onProgress: (done: number, total: number) => void): number {
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  const conversations = Math.max(1, Math.floor(messages / 5));
  const contacts = Math.max(1, Math.floor(conversations / 2));
  const now = Date.now();
  const insertContact = connection.prepare(`insert into contacts (id, workspace_id, channel_id, network_user_id, handle, display_name, first_seen_at, last_seen_at, message_count, vip)
    values (?, ?, ?, ?, ?, ?, ?, ?, 5, 0)`);
  const insertConversation = connection.prepare(`insert into conversations (id, workspace_id, channel_id, kind, thread_key, contact_id, status, priority,
    first_response_due_at, awaiting_since, last_message_at, unanswered, tags, last_intents, last_sentiment, last_emotion, last_urgency, language, created_at, updated_at, priority_reasons)
    values (?, ?, ?, 'thread', ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, 'none', 'normal', 'id', ?, ?, '[]')`);
  const insertMessage = connection.prepare(`insert into messages (id, workspace_id, conversation_id, channel_id, direction, kind, network_message_id,
    text, sent_at, received_at, delivery_state, history) values (?, ?, ?, ?, ?, 'comment', ?, ?, ?, ?, 'received', '[]')`);
  const contactIds: string[] = [];
  connection.transaction(() => {
    for (let index = 0; index < contacts; index++) {
      const id = newId(now - index);
      contactIds.push(id);
      insertContact.run(id, workspaceId, channelIds[index % channelIds.length], `u${index}`, `follower${index}`, `Follower ${index}`, now - 86_400_000, now);
    }
  })();
  let written = 0;
  const batch = connection.transaction((from: number, to: number) => {
    for (let c = from; c < to; c++) {
      const conversationId = newId(now - c);
      const channelId = channelIds[c % channelIds.length] ?? '';
      const unanswered = c % 3 === 0 ? 1 : 0;
      // Labels from a hash of the index, so they do not line up with the unanswered pattern.
      const mix = Math.imul(c + 1, 2654435761) >>> 0;
      const lastAt = now - c * 1_000;
      insertConversation.run(conversationId, workspaceId, channelId, `post:${c}`, contactIds[c % contactIds.length], c % 10 === 0 ? 'closed' : 'open',
        unanswered === 1 ? (c % 7) * 10 + 5 : 0, unanswered === 1 ? lastAt + 15 * 60_000 : null, unanswered === 1 ? lastAt : null, lastAt, unanswered,
        intents[mix % intents.length], sentiments[(mix >>> 8) % sentiments.length], lastAt, lastAt);
      for (let m = 0; m < 5 && written < messages; m++) {
        insertMessage.run(newId(lastAt - m), workspaceId, conversationId, channelId, m === 4 && unanswered === 0 ? 'outbound' : 'inbound', `n${c}-${m}`,
          'Kak, harganya berapa ya? Masih ready stok?', lastAt - (4 - m) * 60_000, lastAt);
        written++;
      }
    }
  });
  for (let from = 0; from < conversations; from += 1000) {
    batch(from, Math.min(conversations, from + 1000));
    onProgress(written, messages);
  }
  connection.pragma('optimize');
  connection.close();
  return conversations;
}

export async function benchInbox(messages: number, onProgress: (done: number, total: number) => void = () => undefined): Promise<InboxBenchResult> {
  const temp = await openTempStore('inbox');
  const { db } = temp.store;
  const workspace = await insertWorkspace(db, { name: 'Bench' });
  const channels = await Promise.all(['instagram', 'facebook', 'x', 'bluesky'].map((network) => insertChannel(db, { workspaceId: workspace.id, network, handle: network, displayName: network })));
  const conversations = seedRows(temp.file, workspace.id, channels.map((channel) => channel.id), messages, onProgress);

  const views = {
    default: {},
    unansweredQuestions: { view: 'unanswered_questions' as const },
    negativeOnInstagram: { sentiment: 'negative' as const, channelId: channels[0]?.id ?? '' },
  };
  const result: InboxBenchResult['views'] = {};
  const all: number[] = [];
  for (const [name, query] of Object.entries(views)) {
    const timings: number[] = [];
    for (let run = 0; run < 220; run++) {
      const started = process.hrtime.bigint();
      const filter = filterFromQuery(workspace.id, 'user', query, Date.now());
      const rows = await listConversations(db, { ...filter, limit: 51 });
      rows.slice(0, 50).map((row) => presentConversationSummary(row));
      // The first runs warm the page cache, as a running server's would be.
      if (run >= 20) timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    timings.sort((a, b) => a - b);
    all.push(...timings);
    result[name] = { p50Ms: percentile(timings, 50), p95Ms: percentile(timings, 95) };
  }
  all.sort((a, b) => a - b);
  await temp.dispose();
  return { messages, conversations, queries: all.length, p50Ms: percentile(all, 50), p95Ms: percentile(all, 95), views: result, database: 'sqlite' };
}
