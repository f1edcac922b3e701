// Query parameters and saved views → one repository filter. Saved views are named filter
// presets, combined with whatever else the officer picked.
import type { Static } from '@fastify/type-provider-typebox';
import type { ConversationListFilter } from '../../../store/repositories/conversations.js';
import type { ConversationListQuery } from './schema.js';

/** How long before the target a conversation counts as "due soon" in filters. */
export const dueSoonMs = 5 * 60_000;

export function filterFromQuery(workspaceId: string, userId: string, query: Static<typeof ConversationListQuery>, now: number): Omit<ConversationListFilter, 'limit'> {
  const view = query.view;
  const intent = query.intent ?? (view === 'unanswered_questions' ? 'question' : view === 'complaints' ? 'complaint' : undefined);
  const target = query.target ?? (view === 'breaching' ? 'breached' : undefined);
  const assignee = query.assignee ?? (view === 'mine' ? 'me' : undefined);
  return {
    workspaceId,
    status: query.status ?? 'open',
    ...(query.channelId === undefined ? {} : { channelId: query.channelId }),
    ...(query.unanswered === true || view === 'unanswered_questions' ? { unansweredOnly: true } : {}),
    ...(intent === undefined ? {} : { intent }),
    ...(query.sentiment === undefined ? {} : { sentiment: query.sentiment }),
    ...(query.emotion === undefined ? {} : { emotion: query.emotion }),
    ...(query.urgency === undefined ? {} : { urgency: query.urgency }),
    ...(query.language === undefined ? {} : { language: query.language }),
    ...(query.tag === undefined ? {} : { tag: query.tag }),
    ...(query.loyaltyStage === undefined ? {} : { loyaltyStage: query.loyaltyStage }),
    ...(assignee === undefined ? {} : { assigneeId: assignee === 'me' ? userId : assignee === 'none' ? null : assignee }),
    ...(target === undefined ? {} : { target: { state: target, now, dueSoonMs } }),
    ...(query.spam === undefined ? {} : { spam: query.spam }),
    ...(query.q === undefined ? {} : { search: query.q }),
    ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
  };
}
