// Reading the audit log for managers: newest first, optionally only some actions, with the
// actor's name (users may since have been removed: then the name is null).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export function searchAudit(db: Kysely<Database>, workspaceId: string, options: { limit: number; actions?: string[] }) {
  let query = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select(['audit_log.id', 'audit_log.action', 'audit_log.target_type', 'audit_log.target_id', 'audit_log.details', 'audit_log.created_at', 'audit_log.actor_user_id', 'users.name as actor_name'])
    .where('audit_log.workspace_id', '=', workspaceId);
  if (options.actions !== undefined && options.actions.length > 0) query = query.where('audit_log.action', 'in', options.actions);
  return query.orderBy('audit_log.created_at', 'desc').orderBy('audit_log.id', 'desc').limit(options.limit).execute();
}
