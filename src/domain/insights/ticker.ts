// The Insights tick in the scheduler role: catch the rollups up, run the crisis radar, note the
// backlog of the hour (src/domain/insights/backlog.ts), then
// announce each new alert in the app (live event) and to the workspace's webhook and Telegram.
// Sent here rather than as a queued job: an alert is worth one attempt within seconds, and its
// record shows how each target answered.
import type { Runtime } from '../../runtime.js';
import { recordDeliveries } from '../../store/repositories/insights-alerts.js';
import { deliverCrisisAlert } from './alert-delivery.js';
import { snapshotBacklog } from './backlog.js';
import { crisisNotificationTargets } from './alert-settings.js';
import { runCrisisRadar } from './radar.js';
import { catchUpRollups } from './rollup.js';

/** Often enough that a storm is caught within two minutes of its start. */
export const insightsTickMs = 30_000;

export async function runInsightsTick(runtime: Pick<Runtime, 'store' | 'events' | 'config'>, now = Date.now(), fetchImpl: typeof fetch = fetch): Promise<{ rolledUp: number; alerts: number }> {
  const { db } = runtime.store;
  const rolled = await catchUpRollups(db, { now, maxBatches: 50 });
  const alerts = await runCrisisRadar(db, { now });
  await snapshotBacklog(db, now);
  for (const alert of alerts) {
    runtime.events.publish({ workspaceId: alert.workspace_id, name: 'crisis.alert', data: { alertId: alert.id, scope: alert.scope, scopeKey: alert.scope_key, observed: alert.observed } });
    const targets = await crisisNotificationTargets(db, runtime.config.secretKey, alert.workspace_id);
    if (targets.webhook === null && targets.telegram === null) continue;
    const alertUrl = runtime.config.publicUrl === null ? null : new URL(`w/${alert.workspace_id}/insights?alert=${alert.id}`, runtime.config.publicUrl).toString();
    const deliveries = await deliverCrisisAlert(alert, targets, { fetch: fetchImpl, telegramApiUrl: runtime.config.telegramApiUrl, alertUrl });
    await recordDeliveries(db, alert.id, deliveries);
  }
  return { rolledUp: rolled.messages, alerts: alerts.length };
}

export function startInsightsTicker(runtime: Runtime): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void runInsightsTick(runtime)
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'insights tick failed'))
      .finally(() => { running = false; });
  }, insightsTickMs);
  return { stop: () => clearInterval(timer) };
}
