// The inbox's filters live in the URL, so a reload, the back button and a shared link all
// show the same list. Anything the API would refuse is dropped when reading the URL.
import type { ConversationStatusFilter } from '../../../api/types';
import type { ConversationListQuery } from '../../../api/conversationsApi';

export const savedViews = ['all', 'unanswered_questions', 'complaints', 'breaching', 'mine'] as const;
export type SavedView = (typeof savedViews)[number];

export const statusOptions = ['open', 'snoozed', 'closed', 'all'] as const satisfies readonly ConversationStatusFilter[];
export const intentOptions = ['question', 'complaint', 'praise', 'purchase_intent', 'spam'] as const;
export const sentimentOptions = ['positive', 'neutral', 'negative'] as const;
export const emotionOptions = ['anger', 'fear', 'joy', 'love', 'sadness', 'none'] as const;
export const urgencyOptions = ['low', 'normal', 'high'] as const;
export const languageOptions = ['id', 'en', 'mixed', 'other'] as const;
export const targetOptions = ['breached', 'due_soon', 'ok'] as const;
export const loyaltyStageOptions = ['new', 'engaged', 'loyal', 'advocate', 'at_risk'] as const;

export interface InboxFilters {
  view: SavedView;
  status: ConversationStatusFilter;
  channelId?: string;
  intent?: (typeof intentOptions)[number];
  sentiment?: (typeof sentimentOptions)[number];
  emotion?: (typeof emotionOptions)[number];
  urgency?: (typeof urgencyOptions)[number];
  language?: (typeof languageOptions)[number];
  /** "me", "none" or a member id. */
  assignee?: string;
  tag?: string;
  target?: (typeof targetOptions)[number];
  /** The contact's rung on the loyalty ladder (Insights). */
  loyaltyStage?: (typeof loyaltyStageOptions)[number];
  /** Show the spam folder instead of the inbox. */
  spam?: boolean;
  q?: string;
}

/** The filters that narrow the list beyond the saved view and status (shown as chips). */
export const refiningFilterKeys = ['channelId', 'intent', 'sentiment', 'emotion', 'urgency', 'language', 'assignee', 'tag', 'target', 'loyaltyStage', 'spam'] as const;
export type RefiningFilterKey = (typeof refiningFilterKeys)[number];

export const defaultInboxFilters: InboxFilters = { view: 'all', status: 'open' };

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_TAG = 40;
const MAX_SEARCH = 100;

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  return value !== null && pattern.test(value) ? value : undefined;
}

function trimmedUpTo(max: number, value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {
    view: oneOf(savedViews, params.get('view')) ?? 'all',
    status: oneOf(statusOptions, params.get('status')) ?? 'open',
    channelId: matching(ID_PATTERN, params.get('channelId')),
    intent: oneOf(intentOptions, params.get('intent')),
    sentiment: oneOf(sentimentOptions, params.get('sentiment')),
    emotion: oneOf(emotionOptions, params.get('emotion')),
    urgency: oneOf(urgencyOptions, params.get('urgency')),
    language: oneOf(languageOptions, params.get('language')),
    assignee: matching(ID_PATTERN, params.get('assignee')),
    tag: trimmedUpTo(MAX_TAG, params.get('tag')),
    target: oneOf(targetOptions, params.get('target')),
    loyaltyStage: oneOf(loyaltyStageOptions, params.get('loyaltyStage')),
    spam: params.get('spam') === 'true' ? true : undefined,
    q: trimmedUpTo(MAX_SEARCH, params.get('q')),
  };
  return withoutUnset(filters);
}

function withoutUnset(filters: InboxFilters): InboxFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as unknown as InboxFilters;
}

/** Query string for the inbox URL ("" for the default inbox), defaults left out so links stay short. */
export function inboxFiltersToSearch(filters: InboxFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [keyof InboxFilters, InboxFilters[keyof InboxFilters]][]) {
    if (value === undefined || value === defaultInboxFilters[key as 'view' | 'status']) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Parameters for GET conversations: "all" is not a saved view on the server, just none. */
export function inboxFiltersToQuery(filters: InboxFilters): ConversationListQuery {
  const { view, spam, ...rest } = filters;
  const query: ConversationListQuery = { ...rest, ...(view === 'all' ? {} : { view }), ...(spam ? { spam: 'true' } : {}) };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

export function activeRefiningFilters(filters: InboxFilters): RefiningFilterKey[] {
  return refiningFilterKeys.filter((key) => filters[key] !== undefined);
}

/** Changes some filters; `undefined` removes one. */
export function withFilters(filters: InboxFilters, changes: Partial<InboxFilters>): InboxFilters {
  return withoutUnset({ ...filters, ...changes });
}
