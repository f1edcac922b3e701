// Runs every half minute in the scheduler: re-ranks conversations still waiting (waiting time
// and breaching count towards priority), warns open inboxes before and at a breach of the
// first-response target, and records each breach once for Insights.
import type { Runtime } from '../runtime.js';
import { newId } from '../store/ids.js';
import { insertReportingEvent, listWaitingConversations, setConversationRank } from '../store/repositories/conversation-actions.js';
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
  const waiting = await listWaitingConversations(db);
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
      await setConversationRank(db, row.id, {
        priority: score, priority_reasons: JSON.stringify(parts),
        ...(newlyBreached ? { breach_warned_at: now } : {}),
      });
    }
    if (newlyBreached) {
      breached += 1;
      // Dated when the target was missed, not when the monitor noticed: a backlog found late
      // (the demo's seeded history, a monitor that was down) lands on the right day.
      const missedAt = Math.min(now, row.first_response_due_at ?? now);
      await insertReportingEvent(db, {
        id: newId(missedAt), workspace_id: row.workspace_id, conversation_id: row.id, channel_id: row.channel_id, user_id: null,
        kind: 'breach', duration_ms: missedAt - (row.awaiting_since ?? missedAt), at: missedAt, intents: row.last_intents,
      });
      runtime.events.publish({ workspaceId: row.workspace_id, name: 'target.breached', data: { conversationId: row.id } });
    } else if (state === 'due_soon' && targetState(row.first_response_due_at, row.awaiting_since, now - monitorIntervalMs, policy.response) === 'ok') {
      runtime.events.publish({ workspaceId: row.workspace_id, name: 'target.due_soon', data: { conversationId: row.id, dueAt: row.first_response_due_at } });
    }
  }
  return { reranked: waiting.length, breached };
}
