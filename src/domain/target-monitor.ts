// Runs every half minute in the scheduler: re-ranks conversations still waiting (waiting time
// and breaching count towards priority), warns open inboxes before and at a breach of the
// first-response target, and records each breach once for Insights.
import type { Runtime } from '../runtime.js';
import { newId } from '../store/ids.js';
import { loadInboxPolicy } from './policies.js';
import { priorityParts, priorityScore, urgentBecauseIn } from './priority.js';
import { targetState } from './response-targets.js';
import type { MessageUnderstanding } from './understanding.js';

function understandingFromSummary(row: { last_intents: string; last_sentiment: string | null; last_emotion: string | null; last_urgency: string | null; language: string | null }): MessageUnderstanding {
  return {
    language: row.language ?? 'other',
    sentiment: { label: (row.last_sentiment ?? 'neutral') as MessageUnderstanding['sentiment']['label'] },
    emotion: { label: row.last_emotion ?? 'none' },
    intents: JSON.parse(row.last_intents) as string[],
    urgency: (row.last_urgency ?? 'normal') as MessageUnderstanding['urgency'],
  };
}

/** How often the scheduler runs the monitor; a warning is sent once, on the tick it becomes due soon. */
export const monitorIntervalMs = 30_000;

export async function monitorTargets(runtime: Runtime, now = Date.now()): Promise<{ reranked: number; breached: number }> {
  const { db } = runtime.store;
  const waiting = await db.selectFrom('conversations')
    .leftJoin('contacts', 'contacts.id', 'conversations.contact_id')
    .select(['conversations.id', 'conversations.workspace_id', 'conversations.channel_id', 'conversations.first_response_due_at', 'conversations.awaiting_since',
      'conversations.breach_warned_at', 'conversations.last_intents', 'conversations.last_sentiment', 'conversations.last_emotion',
      'conversations.last_urgency', 'conversations.language', 'conversations.priority', 'conversations.priority_reasons', 'contacts.vip'])
    .where('conversations.unanswered', '=', 1).where('conversations.status', '=', 'open').where('conversations.spam', '=', 0)
    .execute();
  let breached = 0;
  for (const row of waiting) {
    const policy = await loadInboxPolicy(db, row.workspace_id, now);
    const parts = priorityParts({
      understanding: understandingFromSummary(row),
      waitedMs: now - (row.awaiting_since ?? now),
      msToTarget: row.first_response_due_at === null ? null : row.first_response_due_at - now,
      vip: row.vip === 1,
      urgentBecause: urgentBecauseIn(row.priority_reasons),
    });
    const score = priorityScore(parts);
    const state = targetState(row.first_response_due_at, row.awaiting_since, now, policy.response);
    const newlyBreached = state === 'breached' && row.breach_warned_at === null;
    if (score !== row.priority || newlyBreached) {
      await db.updateTable('conversations').set({
        priority: score, priority_reasons: JSON.stringify(parts),
        ...(newlyBreached ? { breach_warned_at: now } : {}),
      }).where('id', '=', row.id).execute();
    }
    if (newlyBreached) {
      breached += 1;
      await db.insertInto('reporting_events').values({
        id: newId(now), workspace_id: row.workspace_id, conversation_id: row.id, channel_id: row.channel_id, user_id: null,
        kind: 'breach', duration_ms: now - (row.awaiting_since ?? now), at: now, intents: row.last_intents,
      }).execute();
      runtime.events.publish({ workspaceId: row.workspace_id, name: 'target.breached', data: { conversationId: row.id } });
    } else if (state === 'due_soon' && targetState(row.first_response_due_at, row.awaiting_since, now - monitorIntervalMs, policy.response) === 'ok') {
      runtime.events.publish({ workspaceId: row.workspace_id, name: 'target.due_soon', data: { conversationId: row.id, dueAt: row.first_response_due_at } });
    }
  }
  return { reranked: waiting.length, breached };
}
