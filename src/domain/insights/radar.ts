// The crisis radar's run: every workspace with recent inbound messages has each scope judged
// (src/insights/crisis-radar.ts). One alert per workspace per hour: while a storm goes on, the
// open alert grows with the new messages instead of alerting again. Returns new alerts so the
// caller can notify (after the write).
import type { Kysely } from 'kysely';
import { defaultRadarThresholds, expectedShare, judgeWindow, type RadarThresholds } from '../../insights/crisis-radar.js';
import { messageFacts } from '../../insights/message-facts.js';
import { dayMs, hourMs, hourStart } from '../../insights/time-buckets.js';
import { newId } from '../../store/ids.js';
import { extendAlert, insertAlert, latestAlertSince, radarHistory, recentInboundMessages, type CrisisAlertRow } from '../../store/repositories/insights-alerts.js';
import { idFloor, workspaceTimezones } from '../../store/repositories/insights-rollups.js';
import type { Database } from '../../store/schema.js';
import { getBrandProfile } from '../brand-profile.js';
import { listeningWindow, recentListeningByWorkspace } from '../listening/radar-window.js';
import { scopeWindows, type RadarScope, type ScopeWindow } from './radar-scopes.js';

export interface RadarOptions {
  now?: number;
  /** The sliding window judged. */
  windowMs?: number;
  thresholds?: RadarThresholds;
}

export const radarWindowMs = 10 * 60_000;
/** A new alert for the same workspace only after an hour; until then the open one is extended. */
const alertCooldownMs = hourMs;
const historyDays = 28;
const maxMessageIds = 200;
// Messages sent in the window but made (received) a little later still count.
const receiveLagMs = 5 * 60_000;
const specificity: Record<RadarScope, number> = { product: 3, channel: 2, listening: 2, workspace: 1 };

export async function runCrisisRadar(db: Kysely<Database>, options: RadarOptions = {}): Promise<CrisisAlertRow[]> {
  const now = options.now ?? Date.now();
  const windowMs = options.windowMs ?? radarWindowMs;
  const recent = await recentInboundMessages(db, idFloor(now - windowMs - receiveLagMs), now - windowMs);
  const byWorkspace = new Map<string, typeof recent>();
  for (const message of recent) {
    if (message.sent_at > now) continue;
    byWorkspace.set(message.workspace_id, [...(byWorkspace.get(message.workspace_id) ?? []), message]);
  }
  // Public posts found by saved searches are judged too, as their own scope.
  const heard = await recentListeningByWorkspace(db, idFloor(now - windowMs - receiveLagMs), now - windowMs, now);
  for (const workspaceId of heard.keys()) if (!byWorkspace.has(workspaceId)) byWorkspace.set(workspaceId, []);
  const timezones = await workspaceTimezones(db, [...byWorkspace.keys()]);
  const raised: CrisisAlertRow[] = [];
  for (const [workspaceId, messages] of byWorkspace) {
    const products = ((await getBrandProfile(db, workspaceId)).products ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [] }));
    const judged = messages.map((message) => ({ ...message, facts: messageFacts(message.text, message.analysis, products) }));
    // The baseline ends before the hour the window starts in: the window's own messages (already
    // rolled up when a storm straddles the hour) must not raise the share they are judged against.
    const baselineEnd = hourStart(now - windowMs);
    const history = await radarHistory(db, workspaceId, baselineEnd - historyDays * dayMs, baselineEnd);
    const timezone = timezones.get(workspaceId) ?? 'Asia/Jakarta';
    const listening = listeningWindow(heard.get(workspaceId) ?? [], products, history);
    const alerting = [...scopeWindows(judged, history), ...(listening === null ? [] : [listening])]
      .map((window) => ({ window, verdict: judgeWindow(window, expectedShare(window.history, now, timezone), options.thresholds ?? defaultRadarThresholds) }))
      .filter(({ verdict }) => verdict.alert)
      .sort((a, b) => specificity[b.window.scope] - specificity[a.window.scope] || b.verdict.score - a.verdict.score);
    const top = alerting[0];
    if (top === undefined) continue;
    const created = await recordAlert(db, workspaceId, top.window, top.verdict, now, windowMs);
    if (created !== null) raised.push(created);
  }
  return raised;
}

async function recordAlert(
  db: Kysely<Database>, workspaceId: string, window: ScopeWindow, verdict: ReturnType<typeof judgeWindow>, now: number, windowMs: number,
): Promise<CrisisAlertRow | null> {
  const open = await latestAlertSince(db, workspaceId, now - alertCooldownMs);
  if (open !== undefined) {
    const ids = [...new Set([...window.messageIds, ...(JSON.parse(open.message_ids) as string[])])].slice(0, maxMessageIds);
    await extendAlert(db, open.id, {
      window_end: now, observed: Math.max(open.observed, verdict.observed), window_total: Math.max(open.window_total, verdict.total),
      score: Math.max(open.score, verdict.score), message_ids: JSON.stringify(ids), updated_at: now,
    });
    return null;
  }
  const row = {
    id: newId(now), workspace_id: workspaceId, scope: window.scope, scope_key: window.key, window_start: now - windowMs, window_end: now,
    observed: verdict.observed, window_total: verdict.total, expected_share: verdict.expectedShare, score: verdict.score,
    message_ids: JSON.stringify(window.messageIds.slice(0, maxMessageIds)), status: 'open' as const, acknowledged_by: null, acknowledged_at: null,
    detected_at: now, updated_at: now,
  };
  await insertAlert(db, row);
  return { ...row, deliveries: '{}' };
}
