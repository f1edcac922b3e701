// Sends a new crisis alert to the workspace's webhook (HMAC-SHA256 over "timestamp.body", the
// way Stripe and Slack sign theirs, so a receiver can refuse replays) and Telegram chat
// (Bot API sendMessage). Each target's outcome is returned for the alert's record; a failing
// target never stops the other or the radar.
import { createHmac } from 'node:crypto';
import type { CrisisAlertRow } from '../../store/repositories/insights-alerts.js';
import type { CrisisNotificationTargets } from './alert-settings.js';

export interface DeliveryContext {
  fetch: typeof fetch;
  /** Telegram Bot API base; tests point it at a loopback fake. */
  telegramApiUrl: string;
  /** Link to the alert in the app, when the public address is known. */
  alertUrl: string | null;
  timeoutMs?: number;
}

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function alertPayload(alert: CrisisAlertRow, alertUrl: string | null): object {
  return {
    type: 'crisis.alert',
    workspaceId: alert.workspace_id,
    alert: {
      id: alert.id, scope: alert.scope, scopeKey: alert.scope_key, observed: alert.observed, windowTotal: alert.window_total,
      expectedShare: alert.expected_share, score: alert.score, detectedAt: new Date(alert.detected_at).toISOString(),
      windowStart: new Date(alert.window_start).toISOString(), messageIds: JSON.parse(alert.message_ids) as string[], url: alertUrl,
    },
  };
}

/** Both languages in one message: the chat may be read by anyone on the team. */
export function telegramText(alert: CrisisAlertRow, alertUrl: string | null): string {
  const share = Math.round((alert.observed / Math.max(1, alert.window_total)) * 100);
  const usual = Math.round(alert.expected_share * 100);
  const about = alert.scope === 'product' ? ` — ${alert.scope_key}` : alert.scope === 'listening' ? ' — Listening' : '';
  return [
    `⚠️ Radar krisis Sapa: ${alert.observed} pesan negatif/marah dalam 10 menit (${share}% dari pesan masuk, biasanya ${usual}%)${about}.`,
    `Crisis radar: ${alert.observed} negative/angry messages in 10 minutes (${share}% of inbound, usually ${usual}%)${about}.`,
    ...(alertUrl === null ? [] : [alertUrl]),
  ].join('\n');
}

async function outcome(send: () => Promise<Response>): Promise<string> {
  try {
    const response = await send();
    return response.ok ? 'sent' : `failed: HTTP ${response.status}`;
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : 'unknown error'}`;
  }
}

export async function deliverCrisisAlert(alert: CrisisAlertRow, targets: CrisisNotificationTargets, context: DeliveryContext): Promise<Record<string, string>> {
  const deliveries: Record<string, string> = {};
  const signal = () => AbortSignal.timeout(context.timeoutMs ?? 5_000);
  const { webhook, telegram } = targets;
  if (webhook !== null) {
    const body = JSON.stringify(alertPayload(alert, context.alertUrl));
    const timestamp = String(Math.floor(Date.now() / 1000));
    deliveries.webhook = await outcome(() => context.fetch(webhook.url, {
      method: 'POST', body, signal: signal(),
      headers: { 'content-type': 'application/json', 'x-sapa-timestamp': timestamp, 'x-sapa-signature': signWebhook(webhook.secret, timestamp, body) },
    }));
  }
  if (telegram !== null) {
    deliveries.telegram = await outcome(() => context.fetch(`${context.telegramApiUrl.replace(/\/$/, '')}/bot${telegram.botToken}/sendMessage`, {
      method: 'POST', signal: signal(), headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: telegram.chatId, text: telegramText(alert, context.alertUrl), disable_web_page_preview: true }),
    }));
  }
  return deliveries;
}
