import type { paths } from './generated';
import { apiRequest } from './http';
import type { ApiRequestBody, ApiResponse } from './types';
import { workspacePath } from './workspaceApi';

export interface InsightsFilter {
  from?: string | undefined;
  to?: string | undefined;
  channelId?: string | undefined;
}

// Report shapes are aliases of the types generated from the OpenAPI document (generated.ts),
// so they cannot drift from the server's schemas (src/server/routes/insights).
type InsightsPath<Name extends string> = `/api/workspaces/{workspaceId}/insights/${Name}`;
type Report<Name extends string> = InsightsPath<Name> extends keyof paths ? ApiResponse<InsightsPath<Name>, 'get'> : never;

export type ProximityReport = Report<'proximity'>;
export type InsightsRange = ProximityReport['range'];
export type Timing = ProximityReport['firstResponse']['wallClock'];
export type GroupTiming = Omit<ProximityReport['byChannel'][number], 'channelId'>;

export type BacklogReport = Report<'backlog'>;
export type BacklogFigures = Pick<BacklogReport['hours'][number], 'waiting' | 'questions'>;

export type EmotionReport = Report<'emotion'>;

export type EmotionName = 'anger' | 'fear' | 'joy' | 'love' | 'sadness';
export const emotionNames: readonly EmotionName[] = ['anger', 'sadness', 'fear', 'joy', 'love'];

export type TriggerKind = 'keyword' | 'product' | 'post' | 'intent';
type GeneratedTriggers = Report<'triggers'>;
/** The server's schema says `string` for the kind; the web names the four it translates. */
export type Trigger = Omit<GeneratedTriggers['triggers'][number], 'kind'> & { kind: TriggerKind };
export type TriggersReport = Omit<GeneratedTriggers, 'triggers'> & { triggers: Trigger[] };
export type MessageLink = Report<'triggers/messages'>['items'][number];

export type LoyaltyReport = Report<'loyalty'>;
export type LoyaltyContact = LoyaltyReport['advocates'][number];
export type LadderRules = LoyaltyReport['rules'];
type ContactLoyalty = ApiResponse<InsightsPath<'contacts/{contactId}/loyalty'>, 'get'>;

type AlertList = Report<'alerts'>;
export type CrisisAlert = AlertList['items'][number];
export type AlertDetail = ApiResponse<InsightsPath<'alerts/{alertId}'>, 'get'>;

export type CrisisNotifications = Report<'crisis-notifications'>;
export type CrisisNotificationsChange = ApiRequestBody<InsightsPath<'crisis-notifications'>, 'put'>;

export type TrustReport = Report<'trust'>;

export type EngagementReport = Report<'engagement'>;
export type Metrics = Omit<EngagementReport['daily'][number], 'date' | 'posts'>;
export type HourSlot = EngagementReport['bestHours']['slots'][number];

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
  openAlerts: (ws: string) => apiRequest<Report<'alerts/open'>>(`${base(ws)}/alerts/open`),
  proximity: (ws: string, f: InsightsFilter) => apiRequest<ProximityReport>(`${base(ws)}/proximity${query({ ...f })}`),
  backlog: (ws: string, f: InsightsFilter) => apiRequest<BacklogReport>(`${base(ws)}/backlog${query({ ...f })}`),
  emotion: (ws: string, f: InsightsFilter) => apiRequest<EmotionReport>(`${base(ws)}/emotion${query({ ...f })}`),
  triggers: (ws: string, f: InsightsFilter, emotion: EmotionName) => apiRequest<TriggersReport>(`${base(ws)}/triggers${query({ ...f, emotion })}`),
  triggerMessages: (ws: string, f: InsightsFilter, emotion: EmotionName, trigger: Trigger) =>
    apiRequest<Report<'triggers/messages'>>(`${base(ws)}/triggers/messages${query({ ...f, emotion, kind: trigger.kind, term: trigger.term })}`),
  loyalty: (ws: string, f: InsightsFilter) => apiRequest<LoyaltyReport>(`${base(ws)}/loyalty${query({ ...f })}`),
  contactLoyalty: (ws: string, contactId: string) =>
    apiRequest<ContactLoyalty>(`${base(ws)}/contacts/${encodeURIComponent(contactId)}/loyalty`),
  alerts: (ws: string, f: InsightsFilter) => apiRequest<AlertList>(`${base(ws)}/alerts${query({ ...f })}`),
  alert: (ws: string, alertId: string) => apiRequest<AlertDetail>(`${base(ws)}/alerts/${encodeURIComponent(alertId)}`),
  acknowledge: (ws: string, alertId: string) => apiRequest<ApiResponse<InsightsPath<'alerts/{alertId}/acknowledge'>, 'post'>>(`${base(ws)}/alerts/${encodeURIComponent(alertId)}/acknowledge`, { method: 'POST' }),
  notifications: (ws: string) => apiRequest<CrisisNotifications>(`${base(ws)}/crisis-notifications`),
  saveNotifications: (ws: string, change: CrisisNotificationsChange) =>
    apiRequest<CrisisNotifications>(`${base(ws)}/crisis-notifications`, { method: 'PUT', body: change }),
};
