import { apiRequest } from './http';
import { workspacePath } from './workspaceApi';

export interface InsightsFilter {
  from?: string | undefined;
  to?: string | undefined;
  channelId?: string | undefined;
}

export interface InsightsRange { from: string; to: string; timezone: string; channelId: string | null }
export interface Timing { count: number; medianMs: number | null; p90Ms: number | null }
export interface GroupTiming extends Timing { breaches: number }

export interface BacklogFigures { waiting: number; questions: number }
export interface BacklogReport {
  range: InsightsRange;
  /** Hours with a snapshot, oldest first (UTC hour starts); hours without one are missing, not zero. */
  hours: Array<BacklogFigures & { at: string; byChannel: Array<BacklogFigures & { channelId: string }> }>;
  peak: { at: string; waiting: number } | null;
}

export interface ProximityReport {
  range: InsightsRange;
  firstResponse: { wallClock: Timing; businessHours: Timing; businessHoursSet: boolean };
  breaches: number;
  waitingNow: number;
  answeredShare: number | null;
  byChannel: Array<GroupTiming & { channelId: string }>;
  byOfficer: Array<GroupTiming & { userId: string | null; name: string | null }>;
  byIntent: Array<GroupTiming & { intent: string }>;
  daily: Array<{ date: string; answered: number; medianMs: number | null; breaches: number }>;
}

export interface EmotionReport {
  range: InsightsRange;
  daily: Array<{ date: string; sentiment: Record<string, number>; emotion: Record<string, number> }>;
  byChannel: Array<{ channelId: string; sentiment: Record<string, number>; emotion: Record<string, number> }>;
}

export type EmotionName = 'anger' | 'fear' | 'joy' | 'love' | 'sadness';
export const emotionNames: readonly EmotionName[] = ['anger', 'sadness', 'fear', 'joy', 'love'];
export type TriggerKind = 'keyword' | 'product' | 'post' | 'intent';

export interface Trigger { kind: TriggerKind; term: string; label: string; withEmotion: number; total: number; lift: number; liftLow: number }
export interface TriggersReport { range: InsightsRange; emotion: string; baseline: { withEmotion: number; total: number; share: number | null }; triggers: Trigger[] }
export interface MessageLink { id: string; conversationId: string; text: string; sentAt: string }

export interface LoyaltyContact {
  contactId: string; name: string; handle: string; channelId: string; stage: string; stageSince: string;
  inboundCount: number; activeDays: number; positive: number; negative: number; praise: number; lastMessageAt: string;
}
export type LadderRules = Record<string, Record<string, number>>;
export interface LoyaltyReport {
  range: InsightsRange;
  stages: Record<string, number>;
  advocates: LoyaltyContact[];
  atRisk: LoyaltyContact[];
  moves: Array<{ from: string; to: string; count: number }>;
  rules: LadderRules;
}

export interface CrisisAlert {
  id: string; scope: 'workspace' | 'channel' | 'product' | 'listening'; scopeKey: string; observed: number; windowTotal: number; expectedShare: number; score: number;
  status: 'open' | 'acknowledged'; detectedAt: string; windowStart: string; windowEnd: string; messageCount: number; deliveries: Record<string, string>;
}
export interface AlertDetail {
  alert: CrisisAlert;
  messages: Array<{ id: string; source: 'inbox' | 'listening'; conversationId: string | null; channelId: string; text: string; sentAt: string; authorName: string | null; authorHandle: string | null; url: string | null }>;
}

export interface CrisisNotifications { webhookUrl: string | null; webhookSecretSet: boolean; telegramChatId: string | null; telegramBotTokenSet: boolean }
export interface CrisisNotificationsChange { webhookUrl: string | null; webhookSecret?: string | null; telegramChatId: string | null; telegramBotToken?: string | null }

export interface TrustReport {
  range: InsightsRange;
  totals: { replies: number; posts: number; withFindings: number; overrides: number; softSellReplies: number | null; softSellPosts: number | null };
  daily: Array<{
    date: string; replies: number; posts: number; withFindings: number; overrides: number; claim: number; disclosure: number; pressure: number;
    softSellReplies: number | null; softSellPosts: number | null;
  }>;
  byRule: Array<{ rule: string; category: string; info: number; warn: number; block: number; replies: number; posts: number; total: number }>;
  overrides: Array<{
    checkId: string; kind: 'reply' | 'post'; itemId: string; channelId: string | null; conversationId: string | null; at: string;
    userId: string | null; userName: string | null; reason: string; text: string;
  }>;
}

export interface Metrics { likes: number; replies: number; reposts: number; quotes: number; views: number | null; engagement: number }
export interface HourSlot { weekday: number; hour: number; posts: number; meanEngagement: number }
export interface EngagementReport {
  range: InsightsRange;
  totals: { posts: number; variants: number; engagement: number; perPost: number | null; views: number | null };
  byPost: Array<Metrics & { postId: string; text: string; publishedAt: string; channelIds: string[] }>;
  byChannel: Array<Metrics & { channelId: string; posts: number; perPost: number }>;
  daily: Array<Metrics & { date: string; posts: number }>;
  bestHours: { historyDays: number; minPosts: number; overallMean: number | null; slots: HourSlot[]; best: HourSlot[] };
}

const base = (workspaceId: string) => `${workspacePath(workspaceId)}/insights`;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** The server's CSV of one Insights table, for the same filters (a plain link: the session cookie goes along). */
export function insightsCsvUrl(workspaceId: string, table: string, filter: InsightsFilter, extra: Record<string, string | undefined> = {}): string {
  return `${base(workspaceId)}/${table}.csv${query({ ...filter, ...extra })}`;
}

export const insightsApi = {
  trust: (ws: string, f: InsightsFilter) => apiRequest<TrustReport>(`${base(ws)}/trust${query({ ...f })}`),
  engagement: (ws: string, f: InsightsFilter) => apiRequest<EngagementReport>(`${base(ws)}/engagement${query({ ...f })}`),
  openAlerts: (ws: string) => apiRequest<{ items: CrisisAlert[] }>(`${base(ws)}/alerts/open`),
  proximity: (ws: string, f: InsightsFilter) => apiRequest<ProximityReport>(`${base(ws)}/proximity${query({ ...f })}`),
  backlog: (ws: string, f: InsightsFilter) => apiRequest<BacklogReport>(`${base(ws)}/backlog${query({ ...f })}`),
  emotion: (ws: string, f: InsightsFilter) => apiRequest<EmotionReport>(`${base(ws)}/emotion${query({ ...f })}`),
  triggers: (ws: string, f: InsightsFilter, emotion: EmotionName) => apiRequest<TriggersReport>(`${base(ws)}/triggers${query({ ...f, emotion })}`),
  triggerMessages: (ws: string, f: InsightsFilter, emotion: EmotionName, trigger: Trigger) =>
    apiRequest<{ items: MessageLink[] }>(`${base(ws)}/triggers/messages${query({ ...f, emotion, kind: trigger.kind, term: trigger.term })}`),
  loyalty: (ws: string, f: InsightsFilter) => apiRequest<LoyaltyReport>(`${base(ws)}/loyalty${query({ ...f })}`),
  contactLoyalty: (ws: string, contactId: string) =>
    apiRequest<{ contact: LoyaltyContact; rules: LadderRules }>(`${base(ws)}/contacts/${encodeURIComponent(contactId)}/loyalty`),
  alerts: (ws: string, f: InsightsFilter) => apiRequest<{ range: InsightsRange; items: CrisisAlert[] }>(`${base(ws)}/alerts${query({ ...f })}`),
  alert: (ws: string, alertId: string) => apiRequest<AlertDetail>(`${base(ws)}/alerts/${encodeURIComponent(alertId)}`),
  acknowledge: (ws: string, alertId: string) => apiRequest<CrisisAlert>(`${base(ws)}/alerts/${encodeURIComponent(alertId)}/acknowledge`, { method: 'POST' }),
  notifications: (ws: string) => apiRequest<CrisisNotifications>(`${base(ws)}/crisis-notifications`),
  saveNotifications: (ws: string, change: CrisisNotificationsChange) =>
    apiRequest<CrisisNotifications>(`${base(ws)}/crisis-notifications`, { method: 'PUT', body: change }),
};
