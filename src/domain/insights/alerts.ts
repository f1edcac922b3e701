// Acknowledging a crisis alert: a manager or owner says it is seen and handled. The alert
// leaves the app-wide banner for everyone, and the audit log keeps who did it and when.
import type { Kysely } from 'kysely';
import { acknowledgeAlert, findAlert, type CrisisAlertRow } from '../../store/repositories/insights-alerts.js';
import { recordAudit } from '../../store/repositories/audit.js';
import type { Database } from '../../store/schema.js';
import { DomainError } from '../errors.js';
import { inTransaction } from '../../store/transaction.js';

export async function acknowledgeCrisisAlert(db: Kysely<Database>, input: { workspaceId: string; alertId: string; userId: string | null }, now = Date.now()): Promise<CrisisAlertRow> {
  const before = await findAlert(db, input.workspaceId, input.alertId);
  if (before === undefined) throw new DomainError('not_found', 'Alert not found.', 'alert.not_found');
  if (before.status === 'acknowledged') return before;
  await inTransaction(db, async (trx) => {
    await acknowledgeAlert(trx, input.workspaceId, input.alertId, input.userId, now);
    await recordAudit(trx, {
      workspaceId: input.workspaceId, actorUserId: input.userId, action: 'crisis_alert.acknowledge', targetType: 'crisis_alert', targetId: input.alertId,
      details: { scope: before.scope, scopeKey: before.scope_key, observed: before.observed },
    }, now);
  });
  const after = await findAlert(db, input.workspaceId, input.alertId);
  if (after === undefined) throw new DomainError('not_found', 'Alert not found.', 'alert.not_found');
  return after;
}
