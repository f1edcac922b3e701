// Insights: proximity, emotion and its triggers, the loyalty ladder and the crisis radar's
// alerts, each for a range of workspace-local days and optionally one channel.
import { safeUrl } from '../listening/present.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readCrisisNotifications, saveCrisisNotifications } from '../../../domain/insights/alert-settings.js';
import { emotionReport, emotionTriggers, triggerMessages } from '../../../domain/insights/emotion.js';
import { backlogReport } from '../../../domain/insights/backlog.js';
import { proximityReport } from '../../../domain/insights/proximity.js';
import { resolveRange } from '../../../domain/insights/range.js';
import { ladderRules } from '../../../insights/loyalty-ladder.js';
import { acknowledgeCrisisAlert } from '../../../domain/insights/alerts.js';
import { engagementReport } from '../../../domain/insights/engagement.js';
import { trustReport } from '../../../domain/insights/trust.js';
import { alertListeningPosts, alertMessages, findAlert, listAlerts, openAlerts } from '../../../store/repositories/insights-alerts.js';
import { contactLoyalty, contactsInStage, loyaltyMoveCounts, stageCounts, type RangeFilter } from '../../../store/repositories/insights-queries.js';
import { findWorkspace } from '../../../store/repositories/workspaces.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse, sendError } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { insightsCsvRoutes } from './csv-routes.js';
import { presentAlert, presentLoyaltyContact } from './present.js';
import {
  AlertDetailResponse, AlertListResponse, AlertParams, BacklogResponse, ContactLoyaltyParams, ContactLoyaltyResponse, CrisisAlert, CrisisNotificationsBody,
  CrisisNotificationsResponse, EmotionResponse, EngagementResponse, LoyaltyResponse, OpenAlertsResponse, ProximityResponse, RangeQuery, TriggerMessagesQuery,
  TriggerMessagesResponse, TriggersQuery, TriggersResponse, TrustResponse,
} from './schema.js';

const tags = ['insights'];
const rules = ladderRules as unknown as Record<string, Record<string, number>>;

export const insightsRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;

  async function scope(workspaceId: string, query: { from?: string | undefined; to?: string | undefined; channelId?: string | undefined }) {
    const timezone = (await findWorkspace(db, workspaceId))?.timezone ?? 'Asia/Jakarta';
    const range = resolveRange(timezone, query);
    const filter: RangeFilter = { workspaceId, from: range.from, to: range.to, channelId: query.channelId ?? null };
    return { filter, timezone, range: { from: range.fromDate, to: range.toDate, timezone, channelId: filter.channelId } };
  }

  app.get('/api/workspaces/:workspaceId/insights/proximity', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'First-response times, breaches and backlog', params: WorkspaceParams, querystring: RangeQuery, response: { 200: ProximityResponse, 400: ErrorResponse } },
  }, async (request) => {
    const { filter, range } = await scope(request.params.workspaceId, request.query);
    return { range, ...(await proximityReport(db, filter)) };
  });

  app.get('/api/workspaces/:workspaceId/insights/backlog', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags, summary: 'The backlog over time: conversations waiting for an answer (and questions among them) per hour and channel',
      params: WorkspaceParams, querystring: RangeQuery, response: { 200: BacklogResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const { filter, range } = await scope(request.params.workspaceId, request.query);
    return { range, ...(await backlogReport(db, filter)) };
  });

  app.get('/api/workspaces/:workspaceId/insights/emotion', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'Sentiment and emotions per day and channel', params: WorkspaceParams, querystring: RangeQuery, response: { 200: EmotionResponse, 400: ErrorResponse } },
  }, async (request) => {
    const { filter, timezone, range } = await scope(request.params.workspaceId, request.query);
    return { range, ...(await emotionReport(db, filter, timezone)) };
  });

  app.get('/api/workspaces/:workspaceId/insights/triggers', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'What drives an emotion: terms ranked by guarded lift', params: WorkspaceParams, querystring: TriggersQuery, response: { 200: TriggersResponse, 400: ErrorResponse } },
  }, async (request) => {
    const { filter, range } = await scope(request.params.workspaceId, request.query);
    return { range, ...(await emotionTriggers(db, filter, request.query.emotion)) };
  });

  app.get('/api/workspaces/:workspaceId/insights/triggers/messages', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'The messages behind one trigger (newest 50)', params: WorkspaceParams, querystring: TriggerMessagesQuery, response: { 200: TriggerMessagesResponse, 400: ErrorResponse } },
  }, async (request) => {
    const { filter } = await scope(request.params.workspaceId, request.query);
    return { items: await triggerMessages(db, filter, request.query.emotion, request.query.kind, request.query.term) };
  });

  app.get('/api/workspaces/:workspaceId/insights/loyalty', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'The loyalty ladder: stages, advocates, contacts at risk, moves', params: WorkspaceParams, querystring: RangeQuery, response: { 200: LoyaltyResponse, 400: ErrorResponse } },
  }, async (request) => {
    const { filter, range } = await scope(request.params.workspaceId, request.query);
    const { workspaceId } = request.params;
    return {
      range,
      stages: await stageCounts(db, workspaceId, filter.channelId),
      advocates: (await contactsInStage(db, workspaceId, 'advocate', filter.channelId, 10)).map(presentLoyaltyContact),
      atRisk: (await contactsInStage(db, workspaceId, 'at_risk', filter.channelId, 10)).map(presentLoyaltyContact),
      moves: (await loyaltyMoveCounts(db, filter)).map((move) => ({ from: move.from_stage, to: move.to_stage, count: move.n })),
      rules,
    };
  });

  app.get('/api/workspaces/:workspaceId/insights/contacts/:contactId/loyalty', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags, summary: "A contact's loyalty stage and the figures behind it (404 until the contact's messages are counted)",
      params: ContactLoyaltyParams, response: { 200: ContactLoyaltyResponse, 404: ErrorResponse },
    },
  }, async (request, reply) => {
    const row = await contactLoyalty(db, request.params.workspaceId, request.params.contactId);
    return row === undefined ? sendError(reply, 404, 'No loyalty stage for this contact.', 'loyalty.not_found') : { contact: presentLoyaltyContact(row), rules };
  });

  app.get('/api/workspaces/:workspaceId/insights/alerts', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'Crisis radar alerts in the range, newest first', params: WorkspaceParams, querystring: RangeQuery, response: { 200: AlertListResponse, 400: ErrorResponse } },
  }, async (request) => {
    const { filter, range } = await scope(request.params.workspaceId, request.query);
    return { range, items: (await listAlerts(db, filter.workspaceId, filter.from, filter.to)).map(presentAlert) };
  });

  app.get('/api/workspaces/:workspaceId/insights/alerts/:alertId', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'One alert with the messages that caused it', params: AlertParams, response: { 200: AlertDetailResponse, 404: ErrorResponse } },
  }, async (request, reply) => {
    const alert = await findAlert(db, request.params.workspaceId, request.params.alertId);
    if (alert === undefined) return sendError(reply, 404, 'Alert not found.', 'alert.not_found');
    const ids = JSON.parse(alert.message_ids) as string[];
    if (alert.scope === 'listening') {
      const posts = await alertListeningPosts(db, request.params.workspaceId, ids);
      return {
        alert: presentAlert(alert),
        messages: posts.map((p) => ({
          id: p.id, source: 'listening' as const, conversationId: p.conversation_id, channelId: p.channel_id, text: p.text,
          sentAt: new Date(p.sent_at).toISOString(), authorName: p.author_name, authorHandle: p.author_handle, url: safeUrl(p.url),
        })),
      };
    }
    const messages = await alertMessages(db, request.params.workspaceId, ids);
    return {
      alert: presentAlert(alert),
      messages: messages.map((m) => ({
        id: m.id, source: 'inbox' as const, conversationId: m.conversation_id, channelId: m.channel_id, text: m.text,
        sentAt: new Date(m.sent_at).toISOString(), authorName: m.author_name, authorHandle: m.author_handle, url: null,
      })),
    };
  });

  app.get('/api/workspaces/:workspaceId/insights/alerts/open', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags, summary: 'Crisis alerts nobody has acknowledged yet, newest first (the app-wide banner)', params: WorkspaceParams, response: { 200: OpenAlertsResponse } },
  }, async (request) => ({ items: (await openAlerts(db, request.params.workspaceId)).map(presentAlert) }));

  app.post('/api/workspaces/:workspaceId/insights/alerts/:alertId/acknowledge', {
    config: { access: workspaceAccess('manager') },
    schema: { tags, summary: 'Mark an alert as seen and handled (managers and owners; audited)', params: AlertParams, response: { 200: CrisisAlert, 404: ErrorResponse } },
  }, async (request) => {
    const { workspaceId, alertId } = request.params;
    return presentAlert(await acknowledgeCrisisAlert(db, { workspaceId, alertId, userId: request.auth?.userId ?? null }));
  });

  app.get('/api/workspaces/:workspaceId/insights/trust', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags, summary: 'Replies and posts the content guard checked, findings by rule and day, overrides and who made them, the soft-sell trend',
      params: WorkspaceParams, querystring: RangeQuery, response: { 200: TrustResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const { filter, timezone, range } = await scope(request.params.workspaceId, request.query);
    return { range, ...(await trustReport(db, filter, timezone)) };
  });

  app.get('/api/workspaces/:workspaceId/insights/engagement', {
    config: { access: workspaceAccess('viewer') },
    schema: {
      tags, summary: "Published posts' metrics per post, channel and day, and the best hours to post from the last 90 days",
      params: WorkspaceParams, querystring: RangeQuery, response: { 200: EngagementResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const { filter, timezone, range } = await scope(request.params.workspaceId, request.query);
    return { range, ...(await engagementReport(db, filter, timezone)) };
  });

  await app.register(insightsCsvRoutes, { context, scope });

  app.get('/api/workspaces/:workspaceId/insights/crisis-notifications', {
    config: { access: workspaceAccess('manager') },
    schema: { tags, summary: 'Where crisis alerts are sent (secrets are never returned)', params: WorkspaceParams, response: { 200: CrisisNotificationsResponse } },
  }, async (request) => readCrisisNotifications(db, request.params.workspaceId));

  app.put('/api/workspaces/:workspaceId/insights/crisis-notifications', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags, summary: 'Set the webhook (HMAC-SHA256 signed) and Telegram chat for crisis alerts; omit a secret to keep it, null clears it',
      params: WorkspaceParams, body: CrisisNotificationsBody, response: { 200: CrisisNotificationsResponse, 400: ErrorResponse },
    },
  }, async (request) => saveCrisisNotifications(db, context.config.secretKey, request.params.workspaceId, request.body, request.auth?.userId ?? null));
};

