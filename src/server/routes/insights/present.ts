// API shapes of loyalty rows and crisis alerts.
import type { CrisisAlertRow } from '../../../store/repositories/insights-alerts.js';
import type { LoyaltyContactRow } from '../../../store/repositories/insights-queries.js';

const iso = (at: number) => new Date(at).toISOString();

export function presentLoyaltyContact(row: LoyaltyContactRow) {
  return {
    contactId: row.contact_id, name: row.display_name, handle: row.handle, channelId: row.channel_id, stage: row.stage, stageSince: iso(row.stage_since),
    inboundCount: row.inbound_count, activeDays: row.active_days, positive: row.positive_count, negative: row.negative_count, praise: row.praise_count,
    lastMessageAt: iso(row.last_message_at),
  };
}

export function presentAlert(row: CrisisAlertRow) {
  return {
    id: row.id, scope: row.scope, scopeKey: row.scope_key, observed: row.observed, windowTotal: row.window_total, expectedShare: row.expected_share,
    score: Math.round(row.score * 10) / 10, status: row.status, detectedAt: iso(row.detected_at), windowStart: iso(row.window_start), windowEnd: iso(row.window_end),
    messageCount: (JSON.parse(row.message_ids) as string[]).length, deliveries: JSON.parse(row.deliveries) as Record<string, string>,
  };
}
