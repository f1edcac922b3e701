import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { newId } from '../ids.js';

export interface AuditEntry {
  workspaceId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** Never put secrets here: the audit log is shown to managers. */
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry, now = Date.now()): Promise<void> {
  await db.insertInto('audit_log').values({
    id: newId(now),
    workspace_id: entry.workspaceId,
    actor_user_id: entry.actorUserId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    details: JSON.stringify(entry.details ?? {}),
    created_at: now,
  }).execute();
}

export function listAudit(db: Kysely<Database>, workspaceId: string, limit = 100) {
  return db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
