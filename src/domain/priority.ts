// Inbox priority as a transparent score: each part is named so the inbox can show why a
// conversation sits where it does. Higher is more pressing.
import { HIGH_URGENCY_REASONS } from '../analysis/rules/urgency-rules.js';
import type { MessageUnderstanding } from './understanding.js';

export interface PriorityPart {
  reason: 'awaiting_reply' | 'question' | 'complaint' | 'purchase_intent' | 'urgent' | 'negative_emotion' | 'waiting' | 'breaching' | 'vip' | 'spam';
  points: number;
  /** For `urgent`: what makes it urgent (health_risk, account_takeover, threatens_regulator…). */
  because?: string[];
}

export interface PriorityInput {
  understanding: MessageUnderstanding | null;
  /** How long the oldest unanswered message has waited, in ms. */
  waitedMs: number;
  /** Time left to the first-response target (negative once breached), in ms; null when answered. */
  msToTarget: number | null;
  vip: boolean;
  /** Why an earlier pass found the conversation urgent, when `understanding` no longer carries reasons. */
  urgentBecause?: readonly string[];
}

/**
 * More than every other part together (5 + 30 + 25 + 20 + 10 + 10 + 15 + 15 = 130): a
 * health reaction, a hacked account or a threat to go to BPOM always sits above the rest.
 */
export const URGENT_POINTS = 200;

function urgentReasons(input: PriorityInput): string[] {
  const found = (input.understanding?.reasons ?? []).filter((reason) => HIGH_URGENCY_REASONS.has(reason) || reason === 'model_high_urgency');
  return found.length > 0 ? found : [...(input.urgentBecause ?? [])];
}

const negativeEmotions = new Set(['anger', 'fear', 'sadness']);

export function priorityParts(input: PriorityInput): PriorityPart[] {
  // Anything awaiting a reply ranks above what has been answered (priority 0).
  const parts: PriorityPart[] = [{ reason: 'awaiting_reply', points: 5 }];
  const intents = input.understanding?.intents ?? [];
  if (intents.includes('spam')) return [{ reason: 'spam', points: -50 }];
  if (intents.includes('complaint')) parts.push({ reason: 'complaint', points: 30 });
  if (intents.includes('question')) parts.push({ reason: 'question', points: 25 });
  if (intents.includes('purchase_intent')) parts.push({ reason: 'purchase_intent', points: 20 });
  if (input.understanding?.urgency === 'high') parts.push({ reason: 'urgent', points: URGENT_POINTS, because: urgentReasons(input) });
  // The clock only pushes what asks for an answer (a question, complaint, purchase or urgent
  // matter): thanks, praise or a sigh waiting a day should not outrank a fresh question.
  const needsAnswer = parts.length > 1;
  if (negativeEmotions.has(input.understanding?.emotion.label ?? '') || input.understanding?.sentiment.label === 'negative') {
    parts.push({ reason: 'negative_emotion', points: 10 });
  }
  // Waiting counts up to an hour, so old conversations rise without drowning urgent ones.
  const waitedMinutes = Math.min(60, Math.max(0, input.waitedMs / 60_000));
  if (needsAnswer && waitedMinutes >= 1) parts.push({ reason: 'waiting', points: Math.round(waitedMinutes / 6) });
  if (needsAnswer && input.msToTarget !== null && input.msToTarget <= 0) parts.push({ reason: 'breaching', points: 15 });
  if (input.vip) parts.push({ reason: 'vip', points: 15 });
  return parts;
}

export function priorityScore(parts: PriorityPart[]): number {
  return parts.reduce((sum, part) => sum + part.points, 0);
}

/** The `because` of the urgent part of stored priority reasons (JSON), so a recount keeps it. */
export function urgentBecauseIn(storedParts: string): string[] {
  try {
    const parts: unknown = JSON.parse(storedParts);
    if (!Array.isArray(parts)) return [];
    const urgent = (parts as Array<Partial<PriorityPart>>).find((part) => part.reason === 'urgent');
    return Array.isArray(urgent?.because) ? urgent.because.filter((reason): reason is string => typeof reason === 'string') : [];
  } catch {
    return [];
  }
}
