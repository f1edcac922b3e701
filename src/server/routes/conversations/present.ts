import type { ConversationRow, MessageRow } from '../../../store/schema.js';
import type { ConversationListRow } from '../../../store/repositories/conversations.js';
import { targetState } from '../../../domain/response-targets.js';
import { isoOrNull } from '../../presenters.js';

function parseStringArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function parseReasons(json: string): Array<{ reason: string; points: number; because?: string[] }> {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return (value as Array<{ reason: unknown; points: unknown; because?: unknown }>).flatMap((part) => {
      if (typeof part.reason !== 'string' || typeof part.points !== 'number') return [];
      const because = Array.isArray(part.because) ? part.because.filter((reason): reason is string => typeof reason === 'string') : undefined;
      return [because === undefined ? { reason: part.reason, points: part.points } : { reason: part.reason, points: part.points, because }];
    });
  } catch {
    return [];
  }
}

function presentConversationCore(row: ConversationRow, now = Date.now()) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    unanswered: row.unanswered === 1,
    priority: row.priority,
    firstResponseDueAt: isoOrNull(row.first_response_due_at),
    intents: parseStringArray(row.last_intents),
    sentiment: row.last_sentiment,
    emotion: row.last_emotion,
    urgency: row.last_urgency,
    tags: parseStringArray(row.tags),
    assigneeId: row.assignee_id,
    updatedAt: new Date(row.updated_at).toISOString(),
    priorityReasons: parseReasons(row.priority_reasons),
    targetState: row.unanswered === 1 ? targetState(row.first_response_due_at, row.awaiting_since, now) : null,
    awaitingSince: isoOrNull(row.awaiting_since),
    firstRespondedAt: isoOrNull(row.first_responded_at),
    snoozedUntil: isoOrNull(row.snoozed_until),
    spam: row.spam === 1,
  };
}

export function presentConversationSummary(row: ConversationListRow) {
  return {
    ...presentConversationCore(row),
    channel: { id: row.channel_id, network: row.channel_network ?? '', handle: row.channel_handle ?? '' },
    contact: row.contact_id === null ? null : { id: row.contact_id, displayName: row.contact_display_name ?? '', handle: row.contact_handle ?? '' },
    lastMessage: row.last_text === null || row.last_direction === null || row.last_sent_at === null ? null
      : { text: row.last_text, direction: row.last_direction, sentAt: new Date(Number(row.last_sent_at)).toISOString() },
  };
}

interface StoredAnalysis {
  language?: string;
  sentiment?: { label?: string };
  emotion?: { label?: string };
  intents?: string[];
  urgency?: string;
}

function presentAnalysis(json: string | null) {
  if (json === null) return null;
  try {
    const analysis = JSON.parse(json) as StoredAnalysis;
    return {
      language: analysis.language ?? 'other',
      sentiment: { label: analysis.sentiment?.label ?? 'neutral' },
      emotion: { label: analysis.emotion?.label ?? 'none' },
      intents: analysis.intents ?? [],
      urgency: analysis.urgency ?? 'normal',
    };
  } catch {
    return null;
  }
}

export function presentMessage(row: MessageRow & { author_display_name: string | null; author_handle: string | null }) {
  return {
    id: row.id,
    direction: row.direction,
    kind: row.kind,
    text: row.text,
    author: row.author_display_name === null ? null : { displayName: row.author_display_name, handle: row.author_handle ?? '' },
    sentAt: new Date(row.sent_at).toISOString(),
    deliveryState: row.delivery_state,
    error: row.error,
    markedGood: row.marked_good === 1,
    editedAt: isoOrNull(row.edited_at),
    deleted: row.deleted_at !== null,
    analysis: presentAnalysis(row.analysis),
  };
}

export { presentConversationCore };
