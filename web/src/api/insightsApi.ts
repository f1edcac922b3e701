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
  messages: Array<{ id: string; conversationId: string; channelId: string; text: string; sentAt: string; authorName: string | null; authorHandle: string | null }>;
}

export interface CrisisNotifications { webhookUrl: string | null; webhookSecretSet: boolean; telegramChatId: string | null; telegramBotTokenSet: boolean }
export interface CrisisNotificationsChange { webhookUrl: string | null; webhookSecret?: string | null; telegramChatId: string | null; telegramBotToken?: string | null }

const base = (workspaceId: string) => `${workspacePath(workspaceId)}/insights`;

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export const insightsApi = {
  proximity: (ws: string, f: InsightsFilter) => apiRequest<ProximityReport>(`${base(ws)}/proximity${query({ ...f })}`),
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
