// Seeds a bench database for `sapa bench insights`: N inbound messages over 90 days with stored
// analyses (sentiment, emotion, intents, keywords drawn from a skewed vocabulary), their
// conversations and contacts, a first response for most conversations, and the content guard's
// check of each first reply (one in eight with a blocking finding). Raw SQL: seeding a
// million rows through the pipeline would take longer than the benchmark measures.
import SQLite from 'better-sqlite3';
import { newId } from '../store/ids.js';

const emotions = ['none', 'none', 'none', 'joy', 'love', 'anger', 'sadness', 'fear'];
const sentiments = ['positive', 'neutral', 'neutral', 'negative'];
const intentSets = [['question'], ['complaint'], ['praise'], ['purchase_intent'], [], ['question', 'complaint']];
const products = ['serum', 'cleanser', 'sunscreen'];
const dayMs = 86_400_000;

export interface SeededBench {
  from: number;
  to: number;
  conversations: number;
}

export function seedInsightsBench(file: string, workspaceId: string, channelIds: readonly string[], messages: number, now: number, onProgress: (done: number, total: number) => void): SeededBench {
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  const from = now - 90 * dayMs;
  const contacts = Math.max(1, Math.floor(messages / 8));
  const contactIds = Array.from({ length: contacts }, (_, index) => newId(from + index));
  const insertContact = connection.prepare(`insert into contacts (id, workspace_id, channel_id, network_user_id, handle, display_name, first_seen_at, last_seen_at, message_count, vip)
    values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`);
  connection.transaction(() => {
    contactIds.forEach((id, index) => insertContact.run(id, workspaceId, channelIds[index % channelIds.length], `u${index}`, `follower${index}`, `Follower ${index}`, from, now));
  })();
  const insertConversation = connection.prepare(`insert into conversations (id, workspace_id, channel_id, kind, thread_key, root_post_network_id, root_post_text, contact_id, status,
    priority, last_message_at, unanswered, tags, last_intents, created_at, updated_at, priority_reasons, awaiting_since, first_responded_at)
    values (?, ?, ?, 'thread', ?, ?, ?, ?, 'open', 0, ?, ?, '[]', ?, ?, ?, '[]', ?, ?)`);
  const insertMessage = connection.prepare(`insert into messages (id, workspace_id, conversation_id, channel_id, direction, kind, network_message_id, author_contact_id,
    text, sent_at, received_at, analysis, delivery_state, history) values (?, ?, ?, ?, 'inbound', 'comment', ?, ?, ?, ?, ?, ?, 'received', '[]')`);
  const insertResponse = connection.prepare(`insert into reporting_events (id, workspace_id, conversation_id, channel_id, user_id, kind, duration_ms, at, intents) values (?, ?, ?, ?, null, ?, ?, ?, ?)`);
  const insertCheck = connection.prepare(`insert into guard_checks (id, workspace_id, kind, item_id, channel_id, checked_at, user_id, soft_sell_score, finding_count,
    blocking, overridden_by, override_reason) values (?, ?, 'reply', ?, ?, ?, null, ?, ?, ?, null, null)`);
  const insertFinding = connection.prepare(`insert into guard_findings (check_id, workspace_id, rule, severity, count, checked_at) values (?, ?, ?, ?, 1, ?)`);
  const rules = ['claim.absolute', 'pressure.urgency', 'disclosure.missing', 'claim.medical'];
  const conversations = Math.max(1, Math.floor(messages / 3));
  const step = (now - from) / messages;
  let written = 0;
  const batch = connection.transaction((first: number, last: number) => {
    for (let c = first; c < last; c++) {
      const at = Math.floor(from + c * 3 * step);
      const mix = Math.imul(c + 1, 2654435761) >>> 0;
      const channelId = channelIds[c % channelIds.length] ?? '';
      const intents = intentSets[mix % intentSets.length] ?? [];
      const conversationId = newId(at);
      const answered = mix % 10 !== 0;
      const responseMs = ((mix >>> 4) % 3_600) * 1_000;
      insertConversation.run(conversationId, workspaceId, channelId, `post:${c % 400}:${c}`, `post-${c % 400}`, `Brand post ${c % 400}`, contactIds[mix % contacts],
        at, answered ? 0 : 1, JSON.stringify(intents), at, at, answered ? null : at, answered ? at + responseMs : null);
      if (answered) {
        insertResponse.run(newId(at + responseMs), workspaceId, conversationId, channelId, responseMs > 1_800_000 ? 'breach' : 'first_response', responseMs, at + responseMs, JSON.stringify(intents));
        const checkId = newId(at + responseMs);
        const finding = mix % 8 === 1;
        insertCheck.run(checkId, workspaceId, newId(at + responseMs), channelId, at + responseMs, 60 + (mix % 41), finding ? 1 : 0, finding ? 1 : 0);
        if (finding) insertFinding.run(checkId, workspaceId, rules[(mix >>> 8) % rules.length], 'block', at + responseMs);
      }
      for (let m = 0; m < 3 && written < messages; m++, written++) {
        const mixed = Math.imul(written + 7, 2246822519) >>> 0;
        const sentAt = Math.floor(at + m * step);
        // A skewed vocabulary: a few words are common, most are rare, as in real comments.
        const keywords = [0, 1, 2, 3].map((k) => `kata${Math.floor(Math.pow(((mixed >>> (k * 5)) % 1000) / 1000, 3) * 2000)}`);
        const product = products[mixed % 7];
        const analysis = JSON.stringify({
          language: 'id', sentiment: { label: sentiments[(mixed >>> 3) % sentiments.length] }, emotion: { label: emotions[(mixed >>> 6) % emotions.length] },
          intents, urgency: 'normal', keywords,
        });
        insertMessage.run(newId(sentAt), workspaceId, conversationId, channelId, `n${written}`, contactIds[(mix + m) % contacts],
          `${product === undefined ? 'kak' : product} ${keywords.join(' ')}`, sentAt, sentAt, analysis);
      }
    }
  });
  for (let first = 0; first < conversations && written < messages; first += 2_000) {
    batch(first, Math.min(conversations, first + 2_000));
    onProgress(written, messages);
  }
  // The app adds each reply's check to the hourly trust sums as it records it; seeded checks are
  // summed once here, as migration 0016 does for checks made before it.
  connection.exec(`insert into guard_hourly (workspace_id, hour_at, channel_id, checks, score_sum, with_findings, overrides)
    select workspace_id, checked_at - (checked_at % 3600000), coalesce(channel_id, ''), count(*), sum(soft_sell_score),
      sum(case when finding_count > 0 then 1 else 0 end), sum(case when overridden_by is not null then 1 else 0 end)
    from guard_checks where kind = 'reply' group by 1, 2, 3`);
  connection.exec(`insert into guard_findings_hourly (workspace_id, hour_at, channel_id, rule, severity, count)
    select f.workspace_id, f.checked_at - (f.checked_at % 3600000), coalesce(c.channel_id, ''), f.rule, f.severity, sum(f.count)
    from guard_findings f inner join guard_checks c on c.id = f.check_id where c.kind = 'reply' group by 1, 2, 3, 4, 5`);
  connection.pragma('optimize');
  connection.close();
  return { from, to: now, conversations };
}
