// First-response targets: how long a follower may wait for a first answer, by intent.
// Round-the-clock targets for now; business hours per workspace come with the inbox.
import type { MessageUnderstanding } from './understanding.js';

export interface ResponseTargetPolicy {
  questionMinutes: number;
  complaintMinutes: number;
  urgentMinutes: number;
  otherMinutes: number;
}

export const defaultResponseTargets: ResponseTargetPolicy = { questionMinutes: 15, complaintMinutes: 30, urgentMinutes: 10, otherMinutes: 120 };

export function firstResponseDue(receivedAt: number, understanding: MessageUnderstanding | null, policy = defaultResponseTargets): number {
  const intents = understanding?.intents ?? [];
  let minutes = policy.otherMinutes;
  if (intents.includes('complaint')) minutes = Math.min(minutes, policy.complaintMinutes);
  if (intents.includes('question') || intents.includes('purchase_intent')) minutes = Math.min(minutes, policy.questionMinutes);
  if (understanding?.urgency === 'high') minutes = Math.min(minutes, policy.urgentMinutes);
  return receivedAt + minutes * 60_000;
}
